#include "text.h"

#include <pthread.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "scan.h"

/* An invalid sequence becomes one U+FFFD per maximal subpart (Unicode
 * §3.9, as Python and browsers decode): the lead byte and the continuation
 * bytes that could still have made a character, which is the longest
 * prefix u8_mbtoucr calls incomplete (-2).  u8_mbtouc would take
 * `E0 80 AF` as one U+FFFD and put json offsets out of step with every
 * standard decoder. */
size_t text_next_slow(const uint8_t *s, size_t n, ucs4_t *uc)
{
	int len = u8_mbtoucr(uc, s, n);

	if (len > 0)
		return (size_t)len;
	*uc = 0xFFFD;
	size_t k = 1;
	ucs4_t ignored;
	while (k < n && k < 3 && u8_mbtoucr(&ignored, s, k + 1) == -2)
		k++;
	/* s[0, k) is a valid beginning; what follows it breaks it off (or
	 * the text ends).  A lone bad byte gives k = 1. */
	if (u8_mbtoucr(&ignored, s, k) != -2)
		k = 1;
	return k;
}

size_t text_prev_slow(const uint8_t *s, size_t i)
{
	/* Step back over at most three continuation bytes; if that does not
	 * land on a character that ends exactly at i, the byte is invalid and
	 * stands for itself, as in text_next. */
	for (size_t k = 1; k <= 4 && k <= i; k++) {
		uint8_t b = s[i - k];
		if ((b & 0xC0) != 0x80) {
			ucs4_t uc;
			if (text_next(s + i - k, k, &uc) == k)
				return i - k;
			break;
		}
	}
	return i - 1;
}

size_t text_count(const uint8_t *s, size_t n)
{
	size_t count = 0, i = 0;

	while (i < n) {
		/* A run of ASCII is a code point a byte; the scan stops at
		 * a NUL too, which text_next reads as one. */
		size_t run = scan_nul_or_high(s, n, i);
		count += run - i;
		i = run;
		if (i < n) {
			ucs4_t uc;
			i += text_next(s + i, n - i, &uc);
			count++;
		}
	}
	return count;
}

bool text_is_space_slow(ucs4_t uc)
{
	return uc_is_general_category(uc, UC_CATEGORY_Zs);
}

bool text_is_upper_slow(ucs4_t uc)
{
	return uc_is_general_category(uc, UC_CATEGORY_Lu) ||
	       uc_is_general_category(uc, UC_CATEGORY_Lt);
}

bool text_is_lower_slow(ucs4_t uc)
{
	return uc_is_general_category(uc, UC_CATEGORY_Ll);
}

bool text_is_letter_slow(ucs4_t uc)
{
	return uc_is_general_category(uc, UC_CATEGORY_L);
}

bool text_is_digit_slow(ucs4_t uc)
{
	return uc_is_general_category(uc, UC_CATEGORY_Nd);
}

/* The CJK scripts, looked up once for every thread (lines are measured
 * on one thread, decided on another and analysed on a third). */
static const uc_script_t *cjk_scripts[5];
static pthread_once_t cjk_found = PTHREAD_ONCE_INIT;

static void find_cjk_scripts(void)
{
	/* uc_script_byname wants the mixed-case names (NOTES-unicode). */
	cjk_scripts[0] = uc_script_byname("Han");
	cjk_scripts[1] = uc_script_byname("Hiragana");
	cjk_scripts[2] = uc_script_byname("Katakana");
	cjk_scripts[3] = uc_script_byname("Hangul");
	cjk_scripts[4] = uc_script_byname("Bopomofo");
}

bool text_is_cjk_slow(ucs4_t uc)
{
	const uc_script_t *const *scripts = cjk_scripts;

	pthread_once(&cjk_found, find_cjk_scripts);
	for (size_t i = 0; i < 5; i++)
		if (scripts[i] != NULL && uc_is_script(uc, scripts[i]))
			return true;
	return false;
}

bool text_is_cjk_extender(ucs4_t uc)
{
	return uc >= 0x3000 && uc_is_property_extender(uc);
}

bool text_is_name_dot(ucs4_t uc)
{
	return uc == 0x00B7 || uc == 0x2027 || uc == 0x30FB;
}

bool text_is_open_quote(ucs4_t uc)
{
	return uc == '\'' || uc == '"' || uc == 0x2018 || uc == 0x201C;
}

bool text_is_close_quote(ucs4_t uc)
{
	return uc == '\'' || uc == '"' || uc == 0x2019 || uc == 0x201D;
}

size_t text_skip_space(const uint8_t *s, size_t n, size_t i)
{
	while (i < n) {
		ucs4_t uc;
		size_t len = text_next(s + i, n - i, &uc);
		if (!text_is_space(uc))
			break;
		i += len;
	}
	return i;
}

size_t text_trim_end(const uint8_t *s, size_t n)
{
	while (n > 0) {
		ucs4_t uc;
		size_t p = text_char_before(s, n, &uc);
		if (!text_is_space(uc) && uc != '\r')
			break;
		n = p;
	}
	return n;
}

bool text_suffix_ci(const uint8_t *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);

	return k <= n && text_prefix_ci(s + n - k, k, lit);
}

size_t text_valid_len(const uint8_t *s, size_t n)
{
	ucs4_t uc;
	size_t len = text_next(s, n, &uc);

	/* U+FFFD stands for invalid bytes unless it was written. */
	if (uc == 0xFFFD && (len != 3 || memcmp(s, "\xEF\xBF\xBD", 3) != 0))
		return 0;
	return len;
}

void text_check(const uint8_t *s, size_t n, bool *invalid, bool *nul)
{
	size_t i = 0;

	*invalid = *nul = false;
	while (i < n) {
		/* ASCII runs are the common case: one scan steps over them. */
		i = scan_nul_or_high(s, n, i);
		if (i == n)
			break;
		if (s[i] == 0) {
			*nul = true;
			i++;
			continue;
		}
		size_t len = text_valid_len(s + i, n - i);
		if (len == 0) {
			ucs4_t uc;
			*invalid = true;
			len = text_next(s + i, n - i, &uc);
		}
		i += len;
	}
}
