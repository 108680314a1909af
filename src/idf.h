/* idf.h — how informative a word is: a compiled inverse document
 * frequency table.
 *
 * src/mkidf.sh builds the table (idf_table.c, committed) from the
 * project's own text, a paragraph a document; `make idf-table`
 * rebuilds it.  A word is looked up by the key the cohesion test makes of
 * it (tiling.h): its first five bytes, lower case, packed little-endian.
 * A function word weighs about nothing, a word the table has not seen
 * (most names) weighs idf_unseen, the most.  The table is constant; the
 * index over it is built once, so any number of threads may ask. */
#ifndef STORYSIFT_IDF_H
#define STORYSIFT_IDF_H

#include <stdint.h>

struct idf_entry {
	const char *key;        /* one to five bytes */
	unsigned char weight;   /* 16 ln((N + 1) / (df + 1)), rounded */
};

extern const struct idf_entry idf_entries[];
extern const unsigned idf_count;
extern const unsigned char idf_unseen;

/* The weight of a key, or idf_unseen. */
unsigned idf_weight(uint64_t key);
/* The same, for a caller that called idf_ready first: a loop over many
 * words asks once whether the index is built. */
void idf_ready(void);
unsigned idf_lookup(uint64_t key);

/* A key as the table writes it: the bytes of s[0, n), n <= 5, lower
 * case, packed little-endian. */
uint64_t idf_key(const char *s, unsigned n);

#endif
