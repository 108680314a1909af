/* reference.h — for the unit tests: slow answers, one decoded character
 * at a time, that the fast code is held to. */
#ifndef STORYSIFT_TEST_REFERENCE_H
#define STORYSIFT_TEST_REFERENCE_H

#include <stddef.h>
#include <stdint.h>

/* Words in s[0, n) — runs of characters that are not white space — up
 * to cap, as scan_words and para_analyze count them. */
unsigned reference_words(const uint8_t *s, size_t n, unsigned cap);

/* A random line of at most max_count of the npieces pieces (a piece ""
 * stands for one NUL byte), at most cap bytes, from the generator seed;
 * returns its length.  The same seed gives the same line anywhere. */
size_t random_pieces(uint8_t *line, size_t cap, uint32_t *seed,
		     const char *const *pieces, size_t npieces,
		     size_t max_count);

#endif
