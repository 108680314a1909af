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

/* The name that ends just before s[at] (spaces, a possessive `’s` and a
 * closing quote are skipped; *quoted tells whether there was a quote).
 * False when there is none. */
bool name_before(const uint8_t *s, size_t at, size_t *off, size_t *len,
		 bool *quoted);

/* Is w[0, n) a word that makes a name a place, an organisation, a law
 * or a thing (`Bridge`, `Party`, `Act`)?  Exact, case kept. */
bool name_is_other_word(const uint8_t *w, size_t n);

/* Are the word tables (titles, openers, ...) in strcmp order without
 * duplicates?  The lookups binary-search them; the unit test checks it so
 * that an entry added out of order fails `make check`. */
bool name_tables_ok(void);

#endif
