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

/* person or other, from the name's shape and the CJK it glosses. */
enum gloss_type name_type(const uint8_t *name, size_t n, const uint8_t *cjk,
			  size_t cn);

#endif
