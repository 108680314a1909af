/* name.h — the expression a gloss explains (SPEC §2.5): the run of
 * capitalised words before a bracket, without titles, openers, nationality
 * words and possessive qualifiers.  Whether it is a person's is person.h's
 * question. */
#ifndef STORYSIFT_NAME_H
#define STORYSIFT_NAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { NAME_MAX_WORDS = 14 };    /* words in a name, at most */

/* The name that ends just before s[at] (spaces and a possessive `’s`
 * are skipped).  A quoted expression is the name whole, without its
 * quotes (`the “lying flat” (躺平)` → `lying flat`); with no capitalised
 * run, a lower-case term is (`sar hor fun (沙河粉)`, `the crane (鶴)` →
 * `crane`).  *term tells that it was one of those: a term, never a
 * person's name.  False when there is none. */
bool name_before(const uint8_t *s, size_t at, size_t *off, size_t *len,
		 bool *term);

enum { QUOTE_MAX = 100, TERM_MAX_WORDS = 8, TERM_MAX_LOWER = 4 };

/* Is w[0, n) a word that makes a name a place, an organisation, a law
 * or a thing (`Bridge`, `Party`, `Act`)?  Exact, case kept. */
bool name_is_other_word(const uint8_t *w, size_t n);

/* Is w[0, n) a lower-case word that joins a name's parts (`of`, `and`,
 * `in`: `Institute of Taiwan History`)?  Exact. */
bool name_is_joiner(const uint8_t *w, size_t n);

/* Does the word at s[off] open its sentence: the line's start, or after
 * a sentence's end, a colon, or an opening quote or bracket? */
bool name_opens_sentence(const uint8_t *s, size_t off);

/* Are the word tables (titles, openers, ...) in strcmp order without
 * duplicates?  The lookups binary-search them; the unit test checks it so
 * that an entry added out of order fails `make check`. */
bool name_tables_ok(void);

#endif
