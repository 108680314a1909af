/* words.h — is this token a complete English word?
 *
 * The segmenter asks it of the last word of a line, to tell a line the
 * page dump cut mid-word ("more than 400 checkpo") from a complete one.
 * The list is Debian's wamerican (/usr/share/dict/american-english, or
 * configure's WORDLIST), compiled in: src/mkwords.sh turns it into the
 * generated words_table.c at build time.  It holds the list's common
 * words, those written in lower-case ASCII letters (inflections included;
 * possessives and accented words not), and "a" and "i"; and, apart, its
 * proper nouns.
 * Everything is constant data, so any number of threads may ask at once. */
#ifndef STORYSIFT_WORDS_H
#define STORYSIFT_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Is w[0, n), folded to lower case, a word of the list?  Only ASCII
 * letters can match: the caller strips punctuation first, and a token
 * with a hyphen, an apostrophe, a digit or any non-ASCII byte is never a
 * word ("well-known", "don't", "café"), nor is the empty token. */
bool words_known(const uint8_t *w, size_t n);

/* Is w[0, n), folded to lower case, a proper noun of the list
 * (`Taipei`, `Seoul`, `George`)?  The list holds the names English
 * writes often, not most of East Asia's (`Kumamoto`, `Alam`): a word
 * neither here nor among the common words is a name the list does not
 * know.  Two letters at least, ASCII letters only. */
bool words_proper(const uint8_t *w, size_t n);

/* Is w[0, n) no word of the list but the start of one ("checkpo", "dela",
 * "wo"): a word the page dump cut short?  Two letters at least. */
bool words_cut(const uint8_t *w, size_t n);

/* The list as mkwords.sh writes it, for words.c and its unit test.
 * Word k is text[offset[k], offset[k + 1]); the words are lower case, in
 * strcmp order, without duplicates.  The words of first letter f
 * (a = 0, ..., z = 25) and second letter s (a = 1, ..., z = 26, or 0 for
 * none) are [from[b], from[b + 1]) for bucket b = 27 * f + s: strcmp
 * order puts a one-letter word just before those it begins. */
#define WORDS_BUCKETS (26 * 27)

struct words_table {
	const char *text;
	const uint32_t *offset;     /* count + 1 entries */
	uint32_t count;
	uint32_t from[WORDS_BUCKETS + 1];
};

extern const struct words_table words_table;  /* the common words */
extern const struct words_table names_table;  /* the proper nouns */

#endif
