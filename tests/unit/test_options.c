/* test_options.c — the option values (SPEC §4): FORMAT and KINDS words in
 * any case and plural, --glosses modes, --max-story sizes with suffixes
 * and fractions, and the values refused. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>

#include "options.h"

static void format_words_in_any_case_and_plural(void **state)
{
	enum format f = F_TEXT;

	(void)state;
	assert_true(options_format("json", &f));
	assert_int_equal(f, F_JSON);
	assert_true(options_format("Text", &f));
	assert_int_equal(f, F_TEXT);
	assert_true(options_format("JSON", &f));
	assert_int_equal(f, F_JSON);
	assert_true(options_format("texts", &f));
	assert_int_equal(f, F_TEXT);
	assert_true(options_format("xml", &f));
	assert_int_equal(f, F_XML);
	assert_true(options_format("XML", &f));
	assert_int_equal(f, F_XML);
}

static void format_refuses_other_words(void **state)
{
	enum format f = F_JSON;

	(void)state;
	assert_false(options_format("yaml", &f));
	assert_false(options_format("", &f));
	assert_false(options_format("jso", &f));
	assert_false(options_format("jsonss", &f));
	assert_false(options_format("json ", &f));
	assert_false(options_format("xm", &f));
	assert_false(options_format("html", &f));
	assert_int_equal(f, F_JSON);    /* left alone */
}

static void keep_lists(void **state)
{
	bool a, b;

	(void)state;
	assert_true(options_keep("article", &a, &b));
	assert_true(a);
	assert_false(b);
	assert_true(options_keep("Blurbs", &a, &b));
	assert_false(a);
	assert_true(b);
	assert_true(options_keep("ARTICLES,blurb", &a, &b));
	assert_true(a && b);
	assert_true(options_keep("both", &a, &b));
	assert_true(a && b);
}

static void keep_refuses(void **state)
{
	bool a = true, b = false;

	(void)state;
	assert_false(options_keep("teasers", &a, &b));
	assert_false(options_keep("", &a, &b));
	assert_false(options_keep("article,", &a, &b));
	assert_false(options_keep(",blurb", &a, &b));
	assert_false(options_keep("article,,blurb", &a, &b));
	assert_true(a);
	assert_false(b);
}

static void glosses_modes(void **state)
{
	bool strip = false;

	(void)state;
	assert_true(options_glosses("STRIP", &strip));
	assert_true(strip);
	assert_true(options_glosses("keep", &strip));
	assert_false(strip);
	assert_false(options_glosses("hide", &strip));
	assert_false(options_glosses("strips", &strip));
}

static size_t size(const char *arg)
{
	size_t n = 0;

	return options_size(arg, &n) ? n : 0;
}

static void sizes_with_suffixes(void **state)
{
	(void)state;
	assert_int_equal(size("100"), 100);
	assert_int_equal(size("64M"), (size_t)64 << 20);
	assert_int_equal(size("1k"), 1024);
	assert_int_equal(size("1KB"), 1024);
	assert_int_equal(size("1KiB"), 1024);
	assert_int_equal(size("2G"), (size_t)2 << 30);
	assert_int_equal(size("100B"), 100);
	assert_int_equal(size("1.5M"), (size_t)3 << 19);
	assert_int_equal(size("0.5K"), 512);
	assert_int_equal(size("16"), 16);
}

static void sizes_refused(void **state)
{
	(void)state;
	assert_int_equal(size("lots"), 0);
	assert_int_equal(size(""), 0);
	assert_int_equal(size("15"), 0);           /* under 16 bytes */
	assert_int_equal(size("-1M"), 0);
	assert_int_equal(size("1X"), 0);
	assert_int_equal(size("1MM"), 0);
	assert_int_equal(size("1.M"), 0);
	assert_int_equal(size(".5M"), 0);
	assert_int_equal(size("1 M"), 0);
	assert_int_equal(size("99999999999999999999"), 0);
	assert_int_equal(size("999999999999G"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(format_words_in_any_case_and_plural),
		cmocka_unit_test(format_refuses_other_words),
		cmocka_unit_test(keep_lists),
		cmocka_unit_test(keep_refuses),
		cmocka_unit_test(glosses_modes),
		cmocka_unit_test(sizes_with_suffixes),
		cmocka_unit_test(sizes_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
