/* test_scan.c — the scans (words, quote bytes, JSON and XML escapes)
 * against answers worked out one decoded character at a time.  Built
 * twice: as the library has it (sixteen bytes at a time on x86-64) and
 * with SCAN_PORTABLE (a byte at a time), so both paths are held to the
 * same answers. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "reference.h"
#include "scan.h"
#include "text.h"

static size_t reference_quote_byte(const uint8_t *s, size_t n, size_t i)
{
	for (; i < n; i++)
		if (strchr("\"()", s[i]) != NULL && s[i] != 0)
			return i;
		else if (s[i] == 0xE2 || s[i] == 0xEF)
			return i;
	return n;
}

/* White space one decoded character at a time, as text.h classes it. */
static size_t reference_space(const uint8_t *s, size_t n, size_t i)
{
	while (i < n) {
		ucs4_t uc;
		size_t len = text_next(s + i, n - i, &uc);
		if (text_is_space(uc))
			return i;
		i += len;
	}
	return n;
}

static size_t reference_nul_or_high(const uint8_t *s, size_t n, size_t i)
{
	for (; i < n; i++)
		if (s[i] == 0 || s[i] >= 0x80)
			return i;
	return n;
}

static size_t reference_json_escape(const uint8_t *s, size_t n, size_t i)
{
	for (; i < n; i++)
		if (s[i] < 0x20 || s[i] == '"' || s[i] == '\\')
			return i;
	return n;
}

static size_t reference_json_or_high(const uint8_t *s, size_t n, size_t i)
{
	for (; i < n; i++)
		if (s[i] < 0x20 || s[i] == '"' || s[i] == '\\' || s[i] >= 0x80)
			return i;
	return n;
}

static size_t reference_xml_escape(const uint8_t *s, size_t n, size_t i)
{
	for (; i < n; i++)
		if (s[i] < 0x20 || s[i] == '&' || s[i] == '<' || s[i] == '>' ||
		    s[i] == 0xEF)
			return i;
	return n;
}

static size_t reference_xml_or_high(const uint8_t *s, size_t n, size_t i)
{
	size_t e = reference_xml_escape(s, n, i);

	for (; i < e; i++)
		if (s[i] >= 0x80)
			return i;
	return e;
}

static size_t reference_lead_bytes(const uint8_t *s, size_t n)
{
	size_t count = 0;

	for (size_t i = 0; i < n; i++)
		count += s[i] < 0x80 || s[i] >= 0xC0;
	return count;
}

/* Every piece a line may hold near a block edge: ASCII and wide spaces
 * (and bytes that start like them), quotes, brackets, CJK, broken bytes. */
static const char *const pieces[] = {
	" ", "\t", "a", "Zq", "\xC2\xA0", "\xE3\x80\x80", "\xE2\x80\x83",
	"\xE2\x80\x8A", "\xE2\x80\xAF", "\xE2\x80\x8B", "\xE1\x9A\x80",
	"\xE2\x81\x9F", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
	"\xE2\x80\x99", "(", ")", "\"", "\xEF\xBC\x88", "\xEF\xBC\x89",
	"\xC3\xA9", "\xE9\xBB\x83", "\xFF", "\xE2\x80", "\xE2", "\xC2",
	"\xE3\x80", "\xE1\x9A", "\x80", "7", ".", "\0",
	"\\", "\n", "\x1F", "\x7F", "\xC0", "\xA2", "\xDC",
	"&", "<", ">", "=", "\r", "\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xEF",
};

static size_t random_line(uint8_t *line, size_t cap, uint32_t *seed)
{
	return random_pieces(line, cap, seed, pieces,
			     sizeof pieces / sizeof *pieces, 60);
}

static void words_match_reference_on_random_lines(void **state)
{
	uint8_t line[400];
	uint32_t seed = 2026;

	(void)state;
	for (int round = 0; round < 50000; round++) {
		size_t n = random_line(line, sizeof line, &seed);
		unsigned cap = round % 3 == 0 ? 5 : 64;
		assert_int_equal(scan_words(line, n, cap),
				 reference_words(line, n, cap));
	}
}

typedef size_t (*first_fn)(const uint8_t *s, size_t n, size_t i);

/* A scan for the first byte of a kind and its reference agree from every
 * start of 50 000 random lines. */
static void first_agrees_on_random_lines(first_fn scan, first_fn reference,
					 uint32_t seed)
{
	uint8_t line[400];

	for (int round = 0; round < 50000; round++) {
		size_t n = random_line(line, sizeof line, &seed);
		for (size_t i = 0; i <= n; i++)
			assert_int_equal(scan(line, n, i), reference(line, n, i));
	}
}

static void quote_bytes_match_reference_on_random_lines(void **state)
{
	(void)state;
	first_agrees_on_random_lines(scan_quote_byte, reference_quote_byte,
				     1130);
}

static void space_matches_reference_on_random_lines(void **state)
{
	(void)state;
	first_agrees_on_random_lines(scan_space, reference_space, 1206);
}

static void nul_or_high_matches_reference_on_random_lines(void **state)
{
	(void)state;
	first_agrees_on_random_lines(scan_nul_or_high, reference_nul_or_high,
				     1204);
}

static void json_escapes_match_reference_on_random_lines(void **state)
{
	(void)state;
	first_agrees_on_random_lines(scan_json_escape, reference_json_escape,
				     1201);
}

static void json_or_high_matches_reference_on_random_lines(void **state)
{
	(void)state;
	first_agrees_on_random_lines(scan_json_or_high, reference_json_or_high,
				     1207);
}

static void xml_escapes_match_reference_on_random_lines(void **state)
{
	(void)state;
	first_agrees_on_random_lines(scan_xml_escape, reference_xml_escape,
				     1801);
}

static void xml_or_high_matches_reference_on_random_lines(void **state)
{
	(void)state;
	first_agrees_on_random_lines(scan_xml_or_high, reference_xml_or_high,
				     1802);
}

static void lead_bytes_match_reference_on_random_lines(void **state)
{
	uint8_t line[400];
	uint32_t seed = 1202;

	(void)state;
	for (int round = 0; round < 50000; round++) {
		size_t n = random_line(line, sizeof line, &seed);
		for (size_t i = 0; i <= n; i += 7)
			assert_int_equal(scan_lead_bytes(line + i, n - i),
					 reference_lead_bytes(line + i, n - i));
	}
}

/* Valid UTF-8: the lead bytes are the code points. */
static void lead_bytes_count_code_points(void **state)
{
	static const char line[] = "Lawrence Wong (\xE9\xBB\x83\xE5\xBE\xAA"
				   "\xE8\xB2\xA1) said \xE2\x80\x9Cyes\xE2\x80\x9D "
				   "\xF0\x9F\x9A\xA2 caf\xC3\xA9";

	(void)state;
	assert_int_equal(scan_lead_bytes((const uint8_t *)line,
					 sizeof line - 1), 37);
}

/* Past 255 blocks of sixteen bytes, where a byte counter would wrap. */
static void lead_bytes_of_a_long_line(void **state)
{
	static uint8_t line[3 * 4000 + 5];

	(void)state;
	for (size_t i = 0; i < 4000; i++)
		memcpy(line + 3 * i, "\xE9\xBB\x83", 3);   /* 黃 */
	memcpy(line + 3 * 4000, "abcde", 5);
	assert_int_equal(scan_lead_bytes(line, sizeof line), 4005);
	assert_int_equal(scan_lead_bytes(line + 1, sizeof line - 1), 4004);
}

/* The line feed map, from every start of random lines (with line feeds
 * among their pieces): a bit for each \n, none past the end. */
static void lf_map_matches_reference_on_random_lines(void **state)
{
	uint8_t line[400 + 64];
	uint64_t map[(400 + 63) / 64 + 1];
	uint32_t seed = 1205;

	(void)state;
	for (int round = 0; round < 20000; round++) {
		size_t n = random_line(line, 400, &seed);
		memset(line + n, '\n', sizeof line - n);   /* not to be mapped */
		for (size_t i = 0; i <= n; i += 5) {
			size_t len = n - i, words = (len + 63) / 64;
			memset(map, 0xAA, sizeof map);
			scan_lf_map(line + i, len, map);
			for (size_t k = 0; k < words * 64; k++)
				assert_int_equal(map[k / 64] >> (k % 64) & 1,
						 k < len && line[i + k] == '\n');
			assert_int_equal(map[words], 0xAAAAAAAAAAAAAAAAu);
		}
	}
}

/* A wide space at every offset of a 16-byte block and across its edge. */
static void wide_space_at_every_offset_separates_words(void **state)
{
	static const char *const spaces[] = {
		"\xC2\xA0", "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x8A",
		"\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80",
	};
	uint8_t line[64];

	(void)state;
	for (size_t k = 0; k < sizeof spaces / sizeof *spaces; k++)
		for (size_t at = 1; at < 40; at++) {
			size_t len = strlen(spaces[k]);
			memset(line, 'x', sizeof line);
			memcpy(line + at, spaces[k], len);
			assert_int_equal(scan_words(line, sizeof line, 64), 2);
			assert_int_equal(scan_words(line, at + len, 64), 1);
			/* Every length of line it fits in: the last bytes of a
			 * line are read apart from the blocks before. */
			for (size_t n = at + len; n <= sizeof line; n++)
				assert_int_equal(scan_words(line, n, 64),
						 n > at + len ? 2 : 1);
			/* Cut off by the end of the line: text, one word. */
			for (size_t n = at + 1; n < at + len; n++)
				assert_int_equal(scan_words(line, n, 64), 1);
		}
}

static void near_misses_of_wide_spaces_are_text(void **state)
{
	/* ZWSP (Cf), U+208B, a curly quote, an ASCII byte after E2 80. */
	static const char line[] = "aaaaaaaaaaaaaa\xE2\x80\x8B" "bbbbbbbbbbbbbb"
				   "\xE2\x82\x8B" "cc\xE2\x80\x9C" "dd\xE2\x80(ee";

	(void)state;
	assert_int_equal(scan_words((const uint8_t *)line, sizeof line - 1, 64),
			 1);
}

static void words_stop_at_the_cap(void **state)
{
	uint8_t line[4000];

	(void)state;
	for (size_t i = 0; i < sizeof line; i++)
		line[i] = i % 2 ? ' ' : 'w';
	assert_int_equal(scan_words(line, sizeof line, 64), 64);
	assert_int_equal(scan_words(line, 7, 64), 4);
	assert_int_equal(scan_words(line, 0, 64), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words_match_reference_on_random_lines),
		cmocka_unit_test(quote_bytes_match_reference_on_random_lines),
		cmocka_unit_test(space_matches_reference_on_random_lines),
		cmocka_unit_test(nul_or_high_matches_reference_on_random_lines),
		cmocka_unit_test(json_escapes_match_reference_on_random_lines),
		cmocka_unit_test(json_or_high_matches_reference_on_random_lines),
		cmocka_unit_test(xml_escapes_match_reference_on_random_lines),
		cmocka_unit_test(xml_or_high_matches_reference_on_random_lines),
		cmocka_unit_test(lead_bytes_match_reference_on_random_lines),
		cmocka_unit_test(lead_bytes_count_code_points),
		cmocka_unit_test(lead_bytes_of_a_long_line),
		cmocka_unit_test(lf_map_matches_reference_on_random_lines),
		cmocka_unit_test(wide_space_at_every_offset_separates_words),
		cmocka_unit_test(near_misses_of_wide_spaces_are_text),
		cmocka_unit_test(words_stop_at_the_cap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
