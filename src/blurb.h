/* blurb.h — how a story opens (SPEC §2.3): its kicker, and the deck that
 * runs from the kicker to the first capitalised word of the lede.  Reads
 * the lines and their roles; sets st->kicker, st->deck and, for a kicker
 * on a headline line, leaves the rest of the line as the headline. */
#ifndef STORYSIFT_BLURB_H
#define STORYSIFT_BLURB_H

#include <stdbool.h>

#include "story.h"

void blurb_analyze(struct story *st);

/* The length of the deck at the start of s (the text after the kicker),
 * or 0 when no lede starts within s. */
size_t blurb_deck(const uint8_t *s, size_t n);

/* Are the word lists (deck links, lede openers, ...) in strcmp order
 * without duplicates?  They are searched that way; the unit test checks
 * it, so that an entry added out of order fails `make check`. */
bool blurb_tables_ok(void);

#endif
