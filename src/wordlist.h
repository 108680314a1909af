/* wordlist.h — exact lookup in a list of words sorted in strcmp order.
 *
 * The word tables of name.c, blurb.c and roman.c are arrays of C
 * strings, sorted and checked by the unit tests; a key is (pointer,
 * length) and may hold any byte, a NUL included (it then matches no
 * entry).  wordlist_has searches a plain list; a struct wordtable adds an
 * index by first byte, for lists asked about many times per line. */
#ifndef STORYSIFT_WORDLIST_H
#define STORYSIFT_WORDLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Is k[0, n) one of word[0, count)?  Binary search: the list must be in
 * strcmp order (as unsigned bytes). */
bool wordlist_has(const char *const *word, size_t count,
		  const uint8_t *k, size_t n);

/* A sorted list and, from its first lookup on, where the words of each
 * first byte begin and which lengths they have: most keys share first
 * byte and length with no word and are turned away at once.  The index
 * is built in place, so a table serves one thread. */
struct wordtable {
	const char *const *word;
	size_t count;
	bool indexed;
	uint16_t from[257];     /* first byte b: words [from[b], from[b + 1]) */
	uint32_t lengths[256];  /* bit k: one of them has k bytes (31: more) */
};

#define WORDTABLE(a) { (a), sizeof(a) / sizeof((a)[0]), false, { 0 }, { 0 } }

/* Build t's index now.  A table asked about from two threads must be
 * indexed before the second thread asks (wordtable_has would build it on
 * first use, writing the table). */
void wordtable_index(struct wordtable *t);

/* Is k[0, n) one of the words of t (exact, case kept)? */
bool wordtable_has(struct wordtable *t, const uint8_t *k, size_t n);

/* Is t in strcmp order, without duplicates or an empty word, and short
 * enough for its index? */
bool wordtable_ok(const struct wordtable *t);

#endif
