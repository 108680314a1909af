/* person.h — is the name a gloss explains a person's (SPEC §2.5)?
 *
 * A person's romanised name has one syllable per character and starts
 * with a surname (Chinese, Korean), or is two Hepburn words (Japanese),
 * or has Western given names before the surname; the CJK it glosses must
 * fit.  Anything else — a place, a party, a law, a term — is other.
 * Answers are remembered per (name, CJK) pair in a table of the module's
 * own, so the module serves one thread. */
#ifndef STORYSIFT_PERSON_H
#define STORYSIFT_PERSON_H

#include <stddef.h>
#include <stdint.h>

#include "story.h"

/* person or other, from the name's shape and the CJK it glosses. */
enum gloss_type person_type(const uint8_t *name, size_t n,
			    const uint8_t *cjk, size_t cn);

/* person_type for the name at s[*off, *off + *len); when only its last
 * words are a person's name, the name shrinks to them (an office title
 * the title table did not know stays out). */
enum gloss_type person_fit(const uint8_t *s, size_t *off, size_t *len,
			   const uint8_t *cjk, size_t cn);

#endif
