/* name.h — the expression a gloss explains (SPEC §2.5): the run of
 * capitalised words before a bracket, without titles, openers, nationality
 * words and possessive qualifiers, and whether it is a person's name. */
#ifndef STORYSIFT_NAME_H
#define STORYSIFT_NAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "story.h"

/* The name that ends just before s[at] (spaces, a possessive `’s` and a
 * closing quote are skipped; *quoted tells whether there was a quote).
 * False when there is none. */
bool name_before(const uint8_t *s, size_t at, size_t *off, size_t *len,
		 bool *quoted);

/* person or other, from the name's shape and the CJK it glosses: a
 * person's romanised name has one syllable per character and starts with
 * a surname (Chinese, Korean), or is two Hepburn words (Japanese), or has
 * Western given names before the surname. */
enum gloss_type name_type(const uint8_t *name, size_t n, const uint8_t *cjk,
			  size_t cn);

/* name_type for the name at s[*off, *off + *len); when only its last
 * words are a person's name, the name shrinks to them (an office title
 * the title table did not know stays out). */
enum gloss_type name_fit(const uint8_t *s, size_t *off, size_t *len,
			 const uint8_t *cjk, size_t cn);

/* Are the word tables (titles, openers, ...) in strcmp order without
 * duplicates?  The lookups binary-search them; the unit test checks it so
 * that an entry added out of order fails `make check`. */
bool name_tables_ok(void);

#endif
