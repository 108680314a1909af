/* wordscan.h — the word scanner the cohesion tests share (cohesion.c,
 * tiling.c): which bytes make words, and a word's key.  Inline, because
 * these loops see every byte of the text they compare. */
#ifndef STORYSIFT_WORDSCAN_H
#define STORYSIFT_WORDSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum { STEM = 5, KEY_CHARS = 8 };

/* What a byte is to the word scanners: ASCII letters make words, and an
 * apostrophe or hyphen inside one continues it (`it's`, `bus-lane`);
 * digits make numbers (tiling.c). */
enum { LETTER = 1, JOINER = 2, DIGIT = 4 };
#define LETTER_PAIR(c) [c] = LETTER | JOINER, [(c) + 32] = LETTER | JOINER
static const uint8_t byte_class[256] = {
	LETTER_PAIR('A'), LETTER_PAIR('B'), LETTER_PAIR('C'), LETTER_PAIR('D'),
	LETTER_PAIR('E'), LETTER_PAIR('F'), LETTER_PAIR('G'), LETTER_PAIR('H'),
	LETTER_PAIR('I'), LETTER_PAIR('J'), LETTER_PAIR('K'), LETTER_PAIR('L'),
	LETTER_PAIR('M'), LETTER_PAIR('N'), LETTER_PAIR('O'), LETTER_PAIR('P'),
	LETTER_PAIR('Q'), LETTER_PAIR('R'), LETTER_PAIR('S'), LETTER_PAIR('T'),
	LETTER_PAIR('U'), LETTER_PAIR('V'), LETTER_PAIR('W'), LETTER_PAIR('X'),
	LETTER_PAIR('Y'), LETTER_PAIR('Z'), ['\''] = JOINER, ['-'] = JOINER,
	['0'] = DIGIT, ['1'] = DIGIT, ['2'] = DIGIT, ['3'] = DIGIT, ['4'] = DIGIT,
	['5'] = DIGIT, ['6'] = DIGIT, ['7'] = DIGIT, ['8'] = DIGIT, ['9'] = DIGIT,
};

static inline bool in_class(uint8_t c, uint8_t cls)
{
	return (byte_class[c] & cls) != 0;
}

/* The first byte at or after j that is (want) or is not (!want) of class
 * cls, or n.  These loops see every byte of a story, so they go four
 * bytes a round while four remain and check the bound once for them. */
static inline size_t scan(const uint8_t *s, size_t n, size_t j,
			  uint8_t cls, bool want)
{
	for (; j + 4 <= n; j += 4) {
		if (in_class(s[j], cls) == want)
			return j;
		if (in_class(s[j + 1], cls) == want)
			return j + 1;
		if (in_class(s[j + 2], cls) == want)
			return j + 2;
		if (in_class(s[j + 3], cls) == want)
			return j + 3;
	}
	while (j < n && in_class(s[j], cls) != want)
		j++;
	return j;
}

/* Eight bytes as a little-endian number: byte k of the text is byte k
 * of the number on any machine. */
static inline uint64_t load_le64(const uint8_t *p)
{
	uint64_t x;

	memcpy(&x, p, sizeof x);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

/* A word's first KEY_CHARS bytes, lower case, packed little-endian; the
 * top bit marks a longer word.  The low STEM bytes are its stem.  Word
 * bytes are letters, `'` and `-`: setting bit 5 lowers a letter and
 * leaves the other two as they are.  With avail >= KEY_CHARS bytes
 * readable at w, one load does what the loop does. */
static inline uint64_t word_key(const uint8_t *w, size_t n, size_t avail)
{
	const uint64_t lower = UINT64_C(0x2020202020202020);
	uint64_t key = 0;

	if (avail >= KEY_CHARS) {
		key = load_le64(w) | lower;
		if (n < KEY_CHARS)
			key &= (UINT64_C(1) << (8 * n)) - 1;
	} else {
		for (size_t i = 0; i < n; i++)
			key |= (uint64_t)(w[i] | 0x20) << (8 * i);
	}
	if (n > KEY_CHARS)
		key |= UINT64_C(1) << 63;
	return key;
}

static inline uint64_t stem_of(uint64_t key)
{
	return key & ((UINT64_C(1) << (8 * STEM)) - 1);
}

#endif
