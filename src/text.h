/* text.h — the Unicode questions storysift asks, answered by libunistring.
 *
 * Text is (const uint8_t *s, size_t n) and need not be valid UTF-8:
 * text_next decodes one character and turns every invalid sequence into
 * U+FFFD, the same way for every caller, so code-point offsets agree
 * between analysis and the writers.  ASCII is answered before decoding. */
#ifndef STORYSIFT_TEXT_H
#define STORYSIFT_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <unitypes.h>

size_t text_next_slow(const uint8_t *s, size_t n, ucs4_t *uc);

/* Decode the character at s (n > 0); store it in *uc, return its length.
 * ASCII and well-formed three- and two-byte characters (CJK, curly
 * quotes, Latin) are decoded here; the rest by text_next_slow. */
static inline size_t text_next(const uint8_t *s, size_t n, ucs4_t *uc)
{
	uint8_t b = s[0];

	if (b < 0x80) {
		*uc = b;
		return 1;
	}
	if ((b & 0xF0) == 0xE0 && n >= 3 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80) {
		ucs4_t c = (ucs4_t)(b & 0x0F) << 12 |
			   (ucs4_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
			*uc = c;
			return 3;
		}
	}
	if (b >= 0xC2 && b <= 0xDF && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*uc = (ucs4_t)(b & 0x1F) << 6 | (s[1] & 0x3F);
		return 2;
	}
	return text_next_slow(s, n, uc);
}

size_t text_prev_slow(const uint8_t *s, size_t i);

/* Start of the character that ends just before s + i (i > 0). */
static inline size_t text_prev(const uint8_t *s, size_t i)
{
	return s[i - 1] < 0x80 ? i - 1 : text_prev_slow(s, i);
}

/* The character that ends just before s + i (i > 0) into *uc; returns
 * where it starts. */
static inline size_t text_char_before(const uint8_t *s, size_t i, ucs4_t *uc)
{
	size_t p = text_prev(s, i);

	text_next(s + p, i - p, uc);
	return p;
}

/* Number of code points in s, invalid bytes counted as text_next does. */
size_t text_count(const uint8_t *s, size_t n);

/* Character classes.  ASCII is answered inline, the rest by
 * libunistring's tables (the *_slow functions). */
bool text_is_space_slow(ucs4_t uc);
bool text_is_upper_slow(ucs4_t uc);
bool text_is_lower_slow(ucs4_t uc);
bool text_is_letter_slow(ucs4_t uc);
bool text_is_digit_slow(ucs4_t uc);

/* category Zs, or tab */
static inline bool text_is_space(ucs4_t uc)
{
	return uc < 0x80 ? uc == ' ' || uc == '\t' : text_is_space_slow(uc);
}

/* category Lu or Lt */
static inline bool text_is_upper(ucs4_t uc)
{
	return uc < 0x80 ? uc - 'A' < 26 : text_is_upper_slow(uc);
}

/* category Ll */
static inline bool text_is_lower(ucs4_t uc)
{
	return uc < 0x80 ? uc - 'a' < 26 : text_is_lower_slow(uc);
}

/* category L* */
static inline bool text_is_letter(ucs4_t uc)
{
	return uc < 0x80 ? (uc | 0x20) - 'a' < 26 : text_is_letter_slow(uc);
}

/* category Nd */
static inline bool text_is_digit(ucs4_t uc)
{
	return uc < 0x80 ? uc - '0' < 10 : text_is_digit_slow(uc);
}

bool text_is_cjk_slow(ucs4_t uc);

/* Script Han, Hiragana, Katakana, Hangul or Bopomofo, from U+1100 on
 * (below it only Bopomofo's tone marks U+02EA and U+02EB are, and they
 * are not taken for CJK).  Latin, punctuation, U+FFFD (for bad bytes)
 * and the blocks that make up most glosses are answered by range instead
 * of five script look-ups; the ranges hold only characters assigned
 * since Unicode 3 or earlier, whose script does not change (test_text
 * compares the whole BMP). */
static inline bool text_is_cjk(ucs4_t uc)
{
	if (uc < 0x1100 || (uc >= 0x2000 && uc <= 0x206F) || uc == 0xFFFD)
		return false;
	if ((uc >= 0x4E00 && uc <= 0x9FA5) || (uc >= 0xAC00 && uc <= 0xD7A3) ||
	    (uc >= 0x3041 && uc <= 0x3094) || (uc >= 0x30A1 && uc <= 0x30F6))
		return true;    /* Han, Hangul syllables, kana */
	return text_is_cjk_slow(uc);
}

bool text_is_cjk_extender(ucs4_t uc);  /* `ー` `ゝ` `〻`: property Extender,
                                          CJK block, not a script of its own */
bool text_is_name_dot(ucs4_t uc);      /* · ‧ ・ inside transliterations */
bool text_is_open_quote(ucs4_t uc);    /* ‘ “ ' " */
bool text_is_close_quote(ucs4_t uc);   /* ’ ” ' " */

/* Offsets of s without leading / trailing white space. */
size_t text_skip_space(const uint8_t *s, size_t n, size_t i);
size_t text_trim_end(const uint8_t *s, size_t n);

/* Does s begin with the ASCII string lit, ignoring ASCII case?  Inline:
 * most calls pass a literal and fail on its first byte, and the tables
 * of prefixes are tried on every line.  No strlen, for the same reason. */
static inline bool text_prefix_ci(const uint8_t *s, size_t n, const char *lit)
{
	for (size_t i = 0; lit[i] != '\0'; i++) {
		if (i == n)
			return false;
		uint8_t a = s[i], b = (uint8_t)lit[i];
		if (a >= 'A' && a <= 'Z')
			a |= 0x20;
		if (b >= 'A' && b <= 'Z')
			b |= 0x20;
		if (a != b)
			return false;
	}
	return true;
}
/* Does s end with lit, ignoring ASCII case? */
bool text_suffix_ci(const uint8_t *s, size_t n, const char *lit);

/* The length of the character at s (n > 0) when it is valid UTF-8, a
 * written U+FFFD included; 0 when text_next reads bad bytes there. */
size_t text_valid_len(const uint8_t *s, size_t n);

/* Is s valid UTF-8 without NUL bytes?  Sets *nul / *invalid. */
void text_check(const uint8_t *s, size_t n, bool *invalid, bool *nul);

#endif
