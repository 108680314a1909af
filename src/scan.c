#include "scan.h"

#include <stdbool.h>
#include <string.h>

#if defined(__SSE2__) && !defined(SCAN_PORTABLE)
#include <emmintrin.h>
#define SCAN_SSE2 1
#endif

/* A lead byte always starts a character for text_next, valid or not,
 * so matching the bytes of the Zs characters agrees with it. */
size_t scan_wide_space(const uint8_t *s, size_t n, size_t i)
{
	size_t left = n - i;

	switch (s[i]) {
	case 0xC2:
		return left >= 2 && s[i + 1] == 0xA0 ? 2 : 0;
	case 0xE1:
		return left >= 3 && s[i + 1] == 0x9A && s[i + 2] == 0x80 ? 3 : 0;
	case 0xE2:
		if (left < 3)
			return 0;
		if (s[i + 1] == 0x80)
			return (s[i + 2] >= 0x80 && s[i + 2] <= 0x8A) ||
			       s[i + 2] == 0xAF ? 3 : 0;
		return s[i + 1] == 0x81 && s[i + 2] == 0x9F ? 3 : 0;
	case 0xE3:
		return left >= 3 && s[i + 1] == 0x80 && s[i + 2] == 0x80 ? 3 : 0;
	}
	return 0;
}

/* Take the character (or stray byte) at s[i] into the count; return the
 * index after it.  Continuation and invalid bytes are text. */
static size_t word_step(const uint8_t *s, size_t n, size_t i, bool *in,
			unsigned *words)
{
	size_t k = 1;
	bool space;

	if (s[i] < 0x80) {
		space = s[i] == ' ' || s[i] == '\t';
	} else {
		k = scan_wide_space(s, n, i);
		space = k > 0;
		if (!space)
			k = 1;
	}
	if (!space && !*in)
		(*words)++;
	*in = !space;
	return i + k;
}

/* The bits set in the low sixteen of x. */
static unsigned bits16(unsigned x)
{
	x = x - ((x >> 1) & 0x5555);
	x = (x & 0x3333) + ((x >> 2) & 0x3333);
	x = (x + (x >> 4)) & 0x0F0F;
	return (x + (x >> 8)) & 0x1F;
}

#ifdef SCAN_SSE2
#define LOAD(p) _mm_loadu_si128((const __m128i *)(const void *)(p))
#define EQ(v, c) _mm_cmpeq_epi8((v), _mm_set1_epi8((char)(c)))
#define AND(a, b) _mm_and_si128((a), (b))
#define OR(a, b) _mm_or_si128((a), (b))

/* The words of a line so far, counted sixteen bytes at a time: a byte
 * lane of starts counts the words that began in its place (at most one
 * per block, so a lane cannot overflow before words_total empties it),
 * text holds the last block's text bytes (0xFF), and spill the bytes of
 * a wide space that run on into the next block, at their places there. */
struct word_count {
	__m128i starts, text, spill;
	unsigned words;
};

/* Count the words that start in the sixteen bytes at p (p[0, 18) must be
 * readable: a three-byte wide space may start at the last of them). */
static inline void words_in_block(const uint8_t *p, struct word_count *wc)
{
	__m128i v = LOAD(p);
	__m128i space = OR(OR(EQ(v, ' '), EQ(v, '\t')), wc->spill);
	/* C2, E1, E2 and E3 lead the wide spaces (E0 comes along). */
	__m128i lead = OR(EQ(v, 0xC2), EQ(AND(v, _mm_set1_epi8((char)0xFC)), 0xE0));

	wc->spill = _mm_setzero_si128();
	if (_mm_movemask_epi8(lead) != 0) {
		__m128i v1 = LOAD(p + 1), v2 = LOAD(p + 2);
		__m128i third = _mm_sub_epi8(v2, _mm_set1_epi8((char)0x80));
		/* third byte in 80..8A: (byte - 0x80) <= 0x0A, unsigned */
		__m128i low = _mm_cmpeq_epi8(_mm_min_epu8(third, _mm_set1_epi8(0x0A)),
					     third);
		__m128i two = AND(EQ(v, 0xC2), EQ(v1, 0xA0));
		__m128i ogham = AND(AND(EQ(v, 0xE1), EQ(v1, 0x9A)), EQ(v2, 0x80));
		__m128i e280 = AND(AND(EQ(v, 0xE2), EQ(v1, 0x80)), OR(low, EQ(v2, 0xAF)));
		__m128i e281 = AND(AND(EQ(v, 0xE2), EQ(v1, 0x81)), EQ(v2, 0x9F));
		__m128i ideo = AND(AND(EQ(v, 0xE3), EQ(v1, 0x80)), EQ(v2, 0x80));
		__m128i three = OR(OR(ogham, ideo), OR(e280, e281));
		__m128i start = OR(two, three);
		space = OR(OR(space, start),
			   OR(_mm_slli_si128(start, 1), _mm_slli_si128(three, 2)));
		wc->spill = OR(_mm_srli_si128(start, 15), _mm_srli_si128(three, 14));
	}
	__m128i text = _mm_andnot_si128(space, _mm_set1_epi8(-1));
	/* A word starts at a text byte whose byte before is not text. */
	__m128i before = OR(_mm_slli_si128(text, 1), _mm_srli_si128(wc->text, 15));
	wc->starts = _mm_sub_epi8(wc->starts, _mm_andnot_si128(before, text));
	wc->text = text;
}

/* The words counted so far (the lanes of starts are emptied into it). */
static inline unsigned words_total(struct word_count *wc)
{
	__m128i sum = _mm_sad_epu8(wc->starts, _mm_setzero_si128());

	wc->words += (unsigned)_mm_cvtsi128_si32(sum) +
		     (unsigned)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
	wc->starts = _mm_setzero_si128();
	return wc->words;
}

/* A bit for each of the sixteen bytes at s that is a quote byte. */
static unsigned quote_bytes_in_block(const uint8_t *s)
{
	__m128i v = LOAD(s);
	__m128i hit = OR(OR(EQ(v, '"'), EQ(OR(v, _mm_set1_epi8(1)), ')')),
			 OR(EQ(v, 0xE2), EQ(v, 0xEF)));
	return (unsigned)_mm_movemask_epi8(hit);
}

/* A bit for each of the sixteen bytes at s that is NUL or >= 0x80 (the
 * top bit of each byte is its own answer). */
static unsigned nul_or_high_in_block(const uint8_t *s)
{
	__m128i v = LOAD(s);
	return (unsigned)_mm_movemask_epi8(OR(v, EQ(v, 0)));
}

/* A bit for each of the sixteen bytes at s that JSON escapes.  A control
 * is a byte whose top three bits are clear. */
static unsigned json_escapes_in_block(const uint8_t *s)
{
	__m128i v = LOAD(s);
	__m128i ctl = EQ(AND(v, _mm_set1_epi8((char)0xE0)), 0);
	return (unsigned)_mm_movemask_epi8(OR(ctl, OR(EQ(v, '"'), EQ(v, '\\'))));
}

/* json_escapes_in_block, and the bytes >= 0x80 (their own top bit). */
static unsigned json_or_high_in_block(const uint8_t *s)
{
	__m128i v = LOAD(s);
	__m128i ctl = EQ(AND(v, _mm_set1_epi8((char)0xE0)), 0);
	return (unsigned)_mm_movemask_epi8(OR(OR(v, ctl),
					      OR(EQ(v, '"'), EQ(v, '\\'))));
}

/* A bit for each of the sixteen bytes at s that XML character data of
 * valid UTF-8 cannot copy as it is: a control (tab and LF pass too, to
 * keep one test), `&`, `<`, `>`, or 0xEF, which leads U+FFFE and U+FFFF. */
static unsigned xml_escapes_in_block(const uint8_t *s)
{
	__m128i v = LOAD(s);
	__m128i ctl = EQ(AND(v, _mm_set1_epi8((char)0xE0)), 0);
	/* '&' and '<' '>' differ from '<' only in bit 1 and bit 2: 0x26,
	 * 0x3C, 0x3E. */
	__m128i markup = OR(EQ(v, '&'), EQ(OR(v, _mm_set1_epi8(2)), '>'));
	return (unsigned)_mm_movemask_epi8(OR(OR(ctl, markup), EQ(v, 0xEF)));
}

/* xml_escapes_in_block, and every byte >= 0x80 (their own top bit). */
static unsigned xml_or_high_in_block(const uint8_t *s)
{
	__m128i v = LOAD(s);
	__m128i ctl = EQ(AND(v, _mm_set1_epi8((char)0xE0)), 0);
	__m128i markup = OR(EQ(v, '&'), EQ(OR(v, _mm_set1_epi8(2)), '>'));
	return (unsigned)_mm_movemask_epi8(OR(OR(v, ctl), markup));
}

/* How many of the sixteen bytes at s are not continuation bytes: those
 * are, as signed bytes, -128..-65. */
static unsigned continuations_in_block(const uint8_t *s)
{
	__m128i cont = _mm_cmplt_epi8(LOAD(s), _mm_set1_epi8((char)0xC0));
	return (unsigned)_mm_movemask_epi8(cont);
}

/* A bit for each of the sixteen bytes at s that is a space or a tab, or
 * may lead a wide space (C2, E1, E2, E3; E0 comes along). */
static unsigned space_or_lead_in_block(const uint8_t *s)
{
	__m128i v = LOAD(s);
	__m128i lead = OR(EQ(v, 0xC2), EQ(AND(v, _mm_set1_epi8((char)0xFC)), 0xE0));
	return (unsigned)_mm_movemask_epi8(OR(lead, OR(EQ(v, ' '), EQ(v, '\t'))));
}

/* A bit for each of the sixteen bytes at s that is a line feed. */
static unsigned lf_in_block(const uint8_t *s)
{
	return (unsigned)_mm_movemask_epi8(EQ(LOAD(s), '\n'));
}
#else
/* The same questions of sixteen bytes, a byte at a time. */
static bool is_quote_byte(uint8_t b)
{
	return b == '"' || b == '(' || b == ')' || b == 0xE2 || b == 0xEF;
}

static bool is_space_or_lead(uint8_t b)
{
	return b == ' ' || b == '\t' || b == 0xC2 || (b & 0xFC) == 0xE0;
}

static bool is_nul_or_high(uint8_t b)
{
	return b == 0 || b >= 0x80;
}

static bool is_json_escape(uint8_t b)
{
	return b < 0x20 || b == '"' || b == '\\';
}

static bool is_json_or_high(uint8_t b)
{
	return is_json_escape(b) || b >= 0x80;
}

static bool is_xml_escape(uint8_t b)
{
	return b < 0x20 || b == '&' || b == '<' || b == '>' || b == 0xEF;
}

static bool is_xml_or_high(uint8_t b)
{
	return is_xml_escape(b) || b >= 0x80;
}

static bool is_continuation(uint8_t b)
{
	return (b & 0xC0) == 0x80;
}

static bool is_lf(uint8_t b)
{
	return b == '\n';
}

static unsigned mask_of(const uint8_t *s, bool (*is)(uint8_t))
{
	unsigned mask = 0;

	for (unsigned k = 0; k < 16; k++)
		mask |= (unsigned)is(s[k]) << k;
	return mask;
}

/* A block question from its byte question. */
#define BLOCK_OF(block, is) \
	static unsigned block(const uint8_t *s) { return mask_of(s, is); }

BLOCK_OF(quote_bytes_in_block, is_quote_byte)
BLOCK_OF(space_or_lead_in_block, is_space_or_lead)
BLOCK_OF(nul_or_high_in_block, is_nul_or_high)
BLOCK_OF(json_escapes_in_block, is_json_escape)
BLOCK_OF(json_or_high_in_block, is_json_or_high)
BLOCK_OF(xml_escapes_in_block, is_xml_escape)
BLOCK_OF(xml_or_high_in_block, is_xml_or_high)
BLOCK_OF(continuations_in_block, is_continuation)
BLOCK_OF(lf_in_block, is_lf)
#endif

/* The first i' >= i whose bit block() sets, block by block from i; n if
 * none.  The bytes after the last whole block are read in the block that
 * ends at n, its bits for the bytes before i shifted out: no copy, and
 * no read outside s.  A line shorter than a block is copied after pad
 * (a byte block() never marks). */
static inline size_t first_in_blocks(const uint8_t *s, size_t n, size_t i,
				     unsigned (*block)(const uint8_t *),
				     uint8_t pad)
{
	for (; i + 16 <= n; i += 16) {
		unsigned mask = block(s + i);
		if (mask != 0)
			return i + (size_t)__builtin_ctz(mask);
	}
	if (i == n)
		return n;
	unsigned mask;
	if (n >= 16) {
		mask = block(s + n - 16) >> (16 - (n - i));
	} else {
		uint8_t tail[16];
		memset(tail, pad, sizeof tail);
		memcpy(tail, s + i, n - i);
		mask = block(tail);
	}
	return mask != 0 ? i + (size_t)__builtin_ctz(mask) : n;
}

unsigned scan_words(const uint8_t *s, size_t n, unsigned cap)
{
	unsigned words = 0;
	bool in = false;
	size_t i = 0;

#ifdef SCAN_SSE2
	struct word_count wc = { _mm_setzero_si128(), _mm_setzero_si128(),
				 _mm_setzero_si128(), 0 };

	/* Four blocks a round (a word needs two bytes, so a round adds at
	 * most 32), then a look at the cap. */
	while (i + 18 <= n) {
		for (size_t stop = i + 64; i + 18 <= n && i < stop; i += 16)
			words_in_block(s + i, &wc);
		if (words_total(&wc) >= cap)
			return cap;
	}
	/* The last bytes, fewer than 18, go a character at a time (copying
	 * them into a block would stall the load on the copy's stores),
	 * after the bytes of a wide space that ran on into them, if any. */
	unsigned spilled = (unsigned)_mm_movemask_epi8(wc.spill) & 3;
	in = _mm_movemask_epi8(wc.text) >> 15;
	words = words_total(&wc);
	if (spilled != 0) {
		i += spilled == 1 ? 1 : 2;
		in = false;
	}
#endif
	while (i < n && words < cap)
		i = word_step(s, n, i, &in, &words);
	return words < cap ? words : cap;
}

size_t scan_quote_byte(const uint8_t *s, size_t n, size_t i)
{
	return first_in_blocks(s, n, i, quote_bytes_in_block, ' ');
}

size_t scan_space(const uint8_t *s, size_t n, size_t i)
{
	for (;; i++) {
		i = first_in_blocks(s, n, i, space_or_lead_in_block, 'x');
		if (i == n || s[i] == ' ' || s[i] == '\t' ||
		    scan_wide_space(s, n, i) > 0)
			return i;
	}
}

size_t scan_nul_or_high(const uint8_t *s, size_t n, size_t i)
{
	return first_in_blocks(s, n, i, nul_or_high_in_block, ' ');
}

size_t scan_json_escape(const uint8_t *s, size_t n, size_t i)
{
	return first_in_blocks(s, n, i, json_escapes_in_block, ' ');
}

size_t scan_json_or_high(const uint8_t *s, size_t n, size_t i)
{
	return first_in_blocks(s, n, i, json_or_high_in_block, ' ');
}

size_t scan_xml_escape(const uint8_t *s, size_t n, size_t i)
{
	return first_in_blocks(s, n, i, xml_escapes_in_block, ' ');
}

size_t scan_xml_or_high(const uint8_t *s, size_t n, size_t i)
{
	return first_in_blocks(s, n, i, xml_or_high_in_block, ' ');
}

size_t scan_lead_bytes(const uint8_t *s, size_t n)
{
	size_t count = 0, i = 0;

	if (n >= 16) {
		for (; i + 16 <= n; i += 16)
			count += 16 - bits16(continuations_in_block(s + i));
		/* The last bytes: in the block that ends at n, without the
		 * bytes counted already. */
		unsigned left = (unsigned)(n - i);
		unsigned cont = continuations_in_block(s + n - 16) >> (16 - left);
		return count + left - bits16(cont);
	}
	for (; i < n; i++)
		count += (s[i] & 0xC0) != 0x80;
	return count;
}

void scan_lf_map(const uint8_t *s, size_t n, uint64_t *map)
{
	for (size_t i = 0; i < n; i += 64) {
		uint64_t bits = 0;
		for (int k = 3; k >= 0; k--)
			bits = bits << 16 | lf_in_block(s + i + 16 * k);
		if (n - i < 64)
			bits &= (UINT64_C(1) << (n - i)) - 1;
		map[i / 64] = bits;
	}
}
