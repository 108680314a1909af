/* test_text.c — the Unicode questions of text.h: decoding (invalid bytes
 * become U+FFFD), counting, character classes, trimming, validation. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>
#include <unictype.h>

#include "text.h"

#define U(lit) ((const uint8_t *)(lit))

static size_t next_of(const char *s, size_t n, ucs4_t *uc)
{
	return text_next(U(s), n, uc);
}

/* text_next_slow is the decoder without fast paths, straight from
 * libunistring: what text_next must keep answering. */
static void fast_paths_decode_like_libunistring(void **state)
{
	/* Every lead byte with every second byte, and with the second and
	 * third bytes drawn from the edges of each byte class. */
	static const uint8_t edges[] = {
		0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
		0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
	};
	(void)state;
	for (unsigned a = 0x80; a <= 0xFF; a++)
		for (unsigned b = 0; b <= 0xFF; b++)
			for (size_t c = 0; c < sizeof edges; c++) {
				uint8_t s[4] = { (uint8_t)a, (uint8_t)b, edges[c], 0x80 };
				for (size_t n = 1; n <= 4; n++) {
					ucs4_t got, want;
					assert_int_equal(text_next(s, n, &got),
							 text_next_slow(s, n, &want));
					assert_int_equal(got, want);
				}
			}
}

static void ascii_decodes_as_one_byte(void **state)
{
	ucs4_t uc = 0;

	(void)state;
	assert_int_equal(next_of("Harbour", 7, &uc), 1);
	assert_int_equal(uc, 'H');
	assert_int_equal(next_of("\t", 1, &uc), 1);
	assert_int_equal(uc, '\t');
}

static void multibyte_characters_decode_with_their_length(void **state)
{
	ucs4_t uc = 0;

	(void)state;
	assert_int_equal(next_of("\xC3\xA9t\xC3\xA9", 5, &uc), 2);   /* é */
	assert_int_equal(uc, 0x00E9);
	assert_int_equal(next_of("\xE6\xB8\xAF", 3, &uc), 3);        /* 港 */
	assert_int_equal(uc, 0x6E2F);
	assert_int_equal(next_of("\xF0\x9F\x9A\xA2!", 5, &uc), 4);   /* 🚢 */
	assert_int_equal(uc, 0x1F6A2);
}

static void invalid_lead_byte_is_one_replacement_char(void **state)
{
	ucs4_t uc = 0;

	(void)state;
	assert_int_equal(next_of("\xFFz", 2, &uc), 1);
	assert_int_equal(uc, 0xFFFD);
	assert_int_equal(next_of("\x80z", 2, &uc), 1);   /* stray continuation */
	assert_int_equal(uc, 0xFFFD);
	assert_int_equal(next_of("\xC0\xAFz", 3, &uc), 1);   /* overlong '/' */
	assert_int_equal(uc, 0xFFFD);
}

static void truncated_sequence_does_not_swallow_next_char(void **state)
{
	ucs4_t uc = 0;
	size_t len;

	(void)state;
	/* 港 without its last byte, then an ASCII letter. */
	len = next_of("\xE6\xB8z", 3, &uc);
	assert_int_equal(uc, 0xFFFD);
	assert_int_equal(len, 2);       /* one maximal subpart */
	/* The same sequence cut by the end of the buffer. */
	len = next_of("\xE6\xB8", 2, &uc);
	assert_int_equal(uc, 0xFFFD);
	assert_int_equal(len, 2);
}

static void surrogate_is_replacement_char(void **state)
{
	ucs4_t uc = 0;
	size_t len;

	(void)state;
	len = next_of("\xED\xA0\x80", 3, &uc);
	assert_int_equal(uc, 0xFFFD);
	assert_int_equal(len, 1);       /* A0 cannot follow ED */
}

/* Unicode §3.9 (as Python and browsers): one U+FFFD per maximal
 * subpart, so `E0 80 AF` is three, not one as u8_mbtouc has it. */
static void invalid_sequences_give_one_fffd_per_maximal_subpart(void **state)
{
	static const struct {
		const char *s;
		size_t n, fffd;
	} cases[] = {
		{ "\xE0\x80\xAF", 3, 3 },     /* overlong */
		{ "\xF4\x90\x80\x80", 4, 4 }, /* above U+10FFFF */
		{ "\xE0\x80z", 3, 2 },
		{ "\xF0\x9F\x98", 3, 1 },     /* 😀 cut short: one subpart */
		{ "\xF0\x9F\x98z", 4, 1 },
		{ "\xC0\xAF", 2, 2 },
		{ "\xF5\x80", 2, 2 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const uint8_t *s = (const uint8_t *)cases[i].s;
		size_t n = cases[i].n, at = 0, fffd = 0;
		while (at < n) {
			ucs4_t uc;
			at += text_next(s + at, n - at, &uc);
			fffd += uc == 0xFFFD;
		}
		if (fffd != cases[i].fffd)
			fail_msg("case %zu: %zu U+FFFD, want %zu", i, fffd,
				 cases[i].fffd);
	}
}

static void count_is_code_points(void **state)
{
	(void)state;
	assert_int_equal(text_count(U(""), 0), 0);
	assert_int_equal(text_count(U("ferry"), 5), 5);
	/* "Wong (黃循財)": 6 ASCII + 3 Han + ')' */
	assert_int_equal(text_count(U("Wong (\xE9\xBB\x83\xE5\xBE\xAA\xE8\xB2\xA1)"), 16), 10);
	assert_int_equal(text_count(U("a\xF0\x9F\x9A\xA2" "b"), 6), 3);
}

static void count_agrees_with_next_on_invalid_bytes(void **state)
{
	static const char s[] = "a\xFF\xFE" "b\xE6\xB8z\x80\xC3\xA9\xE6";
	size_t n = sizeof s - 1, steps = 0;

	(void)state;
	for (size_t i = 0; i < n; steps++) {
		ucs4_t uc;
		i += text_next(U(s) + i, n - i, &uc);
	}
	assert_int_equal(text_count(U(s), n), steps);
	/* Each of the two lone bytes 0xFF 0xFE is one character. */
	assert_int_equal(text_count(U("\xFF\xFE"), 2), 2);
}

static void prev_steps_back_over_one_character(void **state)
{
	static const char s[] = "a\xE6\xB8\xAF" "b";   /* a港b */

	(void)state;
	assert_int_equal(text_prev(U(s), 5), 4);
	assert_int_equal(text_prev(U(s), 4), 1);
	assert_int_equal(text_prev(U(s), 1), 0);
	/* A stray continuation byte stands for itself. */
	assert_int_equal(text_prev(U("ab\x80"), 3), 2);
}

static void han_hangul_kana_bopomofo_are_cjk(void **state)
{
	(void)state;
	assert_true(text_is_cjk(0x6E2F));    /* 港 Han */
	assert_true(text_is_cjk(0x3400));    /* 㐀 Han extension A */
	assert_true(text_is_cjk(0x20000));   /* 𠀀 Han extension B */
	assert_true(text_is_cjk(0xD55C));    /* 한 Hangul syllable */
	assert_true(text_is_cjk(0x30AB));    /* カ Katakana */
	assert_true(text_is_cjk(0x3042));    /* あ Hiragana */
	assert_true(text_is_cjk(0x3105));    /* ㄅ Bopomofo */
}

static void hangul_jamo_is_cjk(void **state)
{
	(void)state;
	assert_true(text_is_cjk(0x1100));    /* ᄀ choseong kiyeok */
	assert_true(text_is_cjk(0x1161));    /* ᅡ jungseong a */
}

static void latin_brackets_and_dots_are_not_cjk(void **state)
{
	(void)state;
	assert_false(text_is_cjk('A'));
	assert_false(text_is_cjk(0x00E9));   /* é */
	assert_false(text_is_cjk(0xFF08));   /* （ fullwidth bracket */
	assert_false(text_is_cjk(0xFF09));   /* ） */
	assert_false(text_is_cjk(0x30FB));   /* ・ katakana middle dot */
	assert_false(text_is_cjk(0x00B7));   /* · middle dot */
	assert_false(text_is_cjk(0x3001));   /* 、 ideographic comma */
	assert_false(text_is_cjk(0xFF21));   /* Ａ fullwidth Latin */
	assert_false(text_is_cjk(0xFFFD));
}

static void nbsp_tab_and_ideographic_space_are_space(void **state)
{
	(void)state;
	assert_true(text_is_space(' '));
	assert_true(text_is_space('\t'));
	assert_true(text_is_space(0x00A0));  /* no-break space (Zs) */
	assert_true(text_is_space(0x3000));  /* ideographic space */
	assert_true(text_is_space(0x2009));  /* thin space */
}

static void newline_and_zero_width_space_are_not_space(void **state)
{
	(void)state;
	assert_false(text_is_space('\n'));
	assert_false(text_is_space('\r'));
	assert_false(text_is_space('\f'));
	assert_false(text_is_space(0x200B)); /* zero width space is Cf */
	assert_false(text_is_space('x'));
}

static void letter_classes_follow_unicode(void **state)
{
	(void)state;
	assert_true(text_is_upper('Q'));
	assert_true(text_is_upper(0x00C9));  /* É */
	assert_false(text_is_upper('q'));
	assert_true(text_is_lower(0x00E9));
	assert_false(text_is_lower('Q'));
	assert_true(text_is_letter(0x6E2F));
	assert_false(text_is_letter('@'));
	assert_false(text_is_letter('['));   /* 0x5B | 0x20 is '{', not a letter */
	assert_true(text_is_digit('7'));
	assert_true(text_is_digit(0xFF17));  /* ７ fullwidth digit */
	assert_false(text_is_digit('x'));
}

static void trim_end_drops_unicode_space_and_cr(void **state)
{
	(void)state;
	assert_int_equal(text_trim_end(U("pier"), 4), 4);
	assert_int_equal(text_trim_end(U("pier \t"), 6), 4);
	assert_int_equal(text_trim_end(U("pier\xC2\xA0"), 6), 4);
	assert_int_equal(text_trim_end(U("pier\xE3\x80\x80 "), 8), 4);
	assert_int_equal(text_trim_end(U("pier\r"), 5), 4);
	assert_int_equal(text_trim_end(U("  \t "), 4), 0);
	assert_int_equal(text_trim_end(U(""), 0), 0);
}

static void trim_end_keeps_leading_space_and_invalid_bytes(void **state)
{
	(void)state;
	assert_int_equal(text_trim_end(U("  pier  "), 8), 6);
	assert_int_equal(text_trim_end(U("pier\xFF"), 5), 5);
	assert_int_equal(text_trim_end(U("pier\xA0"), 5), 5);   /* not NBSP */
}

static void skip_space_skips_nbsp_and_tab(void **state)
{
	(void)state;
	assert_int_equal(text_skip_space(U("\xC2\xA0\t dock"), 8, 0), 4);
	assert_int_equal(text_skip_space(U("dock"), 4, 0), 0);
	assert_int_equal(text_skip_space(U("a  b"), 4, 1), 3);
	assert_int_equal(text_skip_space(U("   "), 3, 0), 3);
}

static void prefix_and_suffix_ignore_ascii_case(void **state)
{
	(void)state;
	assert_true(text_prefix_ci(U("PHOTO: AFP"), 10, "Photo:"));
	assert_true(text_prefix_ci(U("photo courtesy"), 14, "Photo"));
	assert_false(text_prefix_ci(U("Phot"), 4, "Photo"));
	assert_true(text_suffix_ci(U("(CNA Photo"), 10, "photo"));
	assert_false(text_suffix_ci(U("hoto"), 4, "photo"));
	assert_true(text_prefix_ci(U("x"), 1, ""));
}

static void check_accepts_valid_utf8(void **state)
{
	bool invalid = true, nul = true;

	(void)state;
	text_check(U("Ko (\xE6\xB8\xAF) \xF0\x9F\x9A\xA2"), 13, &invalid, &nul);
	assert_false(invalid);
	assert_false(nul);
	text_check(U(""), 0, &invalid, &nul);
	assert_false(invalid);
	assert_false(nul);
}

/* text_check skips ASCII sixteen bytes at a time: a NUL or a bad byte
 * at any place of a block, and in the bytes past the last whole block,
 * is still seen. */
static void check_sees_every_position(void **state)
{
	uint8_t buf[40];
	bool invalid, nul;

	(void)state;
	for (size_t at = 0; at < sizeof buf; at++) {
		memset(buf, 'a', sizeof buf);
		buf[at] = 0;
		text_check(buf, sizeof buf, &invalid, &nul);
		assert_true(nul);
		assert_false(invalid);
		buf[at] = 0xFF;
		text_check(buf, sizeof buf, &invalid, &nul);
		assert_true(invalid);
		assert_false(nul);
	}
	memset(buf, 'a', sizeof buf);
	text_check(buf, sizeof buf, &invalid, &nul);
	assert_false(invalid || nul);
}

static void check_flags_invalid_bytes(void **state)
{
	bool invalid, nul;

	(void)state;
	text_check(U("ok\xFFok"), 5, &invalid, &nul);
	assert_true(invalid);
	assert_false(nul);
	text_check(U("\xC0\xAF"), 2, &invalid, &nul);          /* overlong */
	assert_true(invalid);
	text_check(U("\xED\xA0\x80"), 3, &invalid, &nul);      /* surrogate */
	assert_true(invalid);
	text_check(U("end \xE6\xB8"), 6, &invalid, &nul);      /* cut at end */
	assert_true(invalid);
	text_check(U("\xF4\x90\x80\x80"), 4, &invalid, &nul);  /* > U+10FFFF */
	assert_true(invalid);
	text_check(U("cut \xEF\xBF"), 6, &invalid, &nul);      /* U+FFFD cut */
	assert_true(invalid);
	text_check(U("\xEF\xBF\xBD written"), 11, &invalid, &nul);
	assert_false(invalid);                   /* a U+FFFD in the text */
}

static void check_flags_nul_bytes(void **state)
{
	bool invalid, nul;

	(void)state;
	text_check(U("a\0b"), 3, &invalid, &nul);
	assert_true(nul);
	assert_false(invalid);
	text_check(U("\0"), 1, &invalid, &nul);
	assert_true(nul);
	text_check(U("\xFF\0"), 2, &invalid, &nul);
	assert_true(nul);
	assert_true(invalid);
}

/* text_is_cjk answers most characters by range: over the BMP from
 * U+1100 it says what the five script look-ups say; below, nothing is
 * CJK (which leaves out Bopomofo's two tone marks U+02EA and U+02EB, as
 * it always has). */
static void cjk_ranges_agree_with_scripts(void **state)
{
	static const char *const names[] = {
		"Han", "Hiragana", "Katakana", "Hangul", "Bopomofo",
	};
	const uc_script_t *scripts[5];

	(void)state;
	for (size_t i = 0; i < 5; i++)
		scripts[i] = uc_script_byname(names[i]);
	for (ucs4_t uc = 0; uc <= 0xFFFF; uc++) {
		bool want = false;
		for (size_t i = 0; i < 5 && uc >= 0x1100; i++)
			want = want || uc_is_script(uc, scripts[i]);
		assert_int_equal(text_is_cjk(uc), want);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ascii_decodes_as_one_byte),
		cmocka_unit_test(fast_paths_decode_like_libunistring),
		cmocka_unit_test(multibyte_characters_decode_with_their_length),
		cmocka_unit_test(invalid_lead_byte_is_one_replacement_char),
		cmocka_unit_test(truncated_sequence_does_not_swallow_next_char),
		cmocka_unit_test(surrogate_is_replacement_char),
		cmocka_unit_test(invalid_sequences_give_one_fffd_per_maximal_subpart),
		cmocka_unit_test(count_is_code_points),
		cmocka_unit_test(count_agrees_with_next_on_invalid_bytes),
		cmocka_unit_test(prev_steps_back_over_one_character),
		cmocka_unit_test(han_hangul_kana_bopomofo_are_cjk),
		cmocka_unit_test(hangul_jamo_is_cjk),
		cmocka_unit_test(latin_brackets_and_dots_are_not_cjk),
		cmocka_unit_test(nbsp_tab_and_ideographic_space_are_space),
		cmocka_unit_test(newline_and_zero_width_space_are_not_space),
		cmocka_unit_test(letter_classes_follow_unicode),
		cmocka_unit_test(trim_end_drops_unicode_space_and_cr),
		cmocka_unit_test(trim_end_keeps_leading_space_and_invalid_bytes),
		cmocka_unit_test(skip_space_skips_nbsp_and_tab),
		cmocka_unit_test(prefix_and_suffix_ignore_ascii_case),
		cmocka_unit_test(check_accepts_valid_utf8),
		cmocka_unit_test(check_flags_invalid_bytes),
		cmocka_unit_test(check_sees_every_position),
		cmocka_unit_test(check_flags_nul_bytes),
		cmocka_unit_test(cjk_ranges_agree_with_scripts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
