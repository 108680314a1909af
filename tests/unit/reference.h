/* reference.h — for the unit tests: slow answers, one decoded character
 * at a time, that the fast code is held to. */
#ifndef STORYSIFT_TEST_REFERENCE_H
#define STORYSIFT_TEST_REFERENCE_H

#include <stddef.h>
#include <stdint.h>

/* Words in s[0, n) — runs of characters that are not white space — up
 * to cap, as scan_words and para_analyze count them. */
unsigned reference_words(const uint8_t *s, size_t n, unsigned cap);

#endif
