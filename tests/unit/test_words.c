/* test_words.c — the compiled-in English word list: whole words and their
 * inflections are known in any case, the fragments a page dump leaves at
 * a cut are not (they begin a word instead), nor are proper nouns or a
 * token with anything but ASCII letters; and the
 * generated table keeps the promises words.h makes of it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "words.h"

static bool known(const char *w)
{
	return words_known((const uint8_t *)w, strlen(w));
}

static void common_words_and_inflections_are_known(void **state)
{
	static const char *const words[] = {
		"the", "of", "before", "end", "month", "months", "receive",
		"received", "receives", "checkpoint", "checkpoints", "council",
		"vote", "delay", "delayed", "county", "government", "restore",
	};

	(void)state;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		assert_true(known(words[i]));
}

/* The lines of the issue: "more than 400 checkpo", "Council vote dela",
 * "the county gover". */
static void cut_fragments_are_not(void **state)
{
	static const char *const cut[] = {
		"checkpo", "resto", "gover", "recei", "dela", "governm", "wou",
		"unde",
	};

	(void)state;
	for (size_t i = 0; i < sizeof cut / sizeof cut[0]; i++)
		assert_false(known(cut[i]));
}

/* A surname or a place in lower case is a fragment, not a word: the cut
 * in `… never carr` must show. */
static void proper_nouns_are_not_words(void **state)
{
	(void)state;
	assert_false(known("carr"));
	assert_false(known("taipei"));
	assert_false(known("George"));
	assert_true(known("carry"));
}

static bool cut(const char *w)
{
	return words_cut((const uint8_t *)w, strlen(w));
}

/* A word cut short begins a word of the list; a whole word, or a word
 * the list lacks (`pangolin`, `dengue`), does not. */
static void words_cut_short_begin_a_word(void **state)
{
	static const char *const fragments[] = {
		"checkpo", "dela", "gover", "wo", "carr", "Recei",
	};
	static const char *const whole[] = {
		"the", "delay", "pangolin", "dengue", "kakis", "x", "", "wo'",
		"co2",
	};

	(void)state;
	for (size_t i = 0; i < sizeof fragments / sizeof fragments[0]; i++)
		assert_true(cut(fragments[i]));
	for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++)
		assert_false(cut(whole[i]));
	/* the last word of the list begins none */
	const struct words_table *t = &words_table;
	uint32_t last = t->count - 1;
	assert_false(words_cut((const uint8_t *)t->text + t->offset[last],
			       t->offset[last + 1] - t->offset[last]));
}

static void only_a_and_i_stand_alone(void **state)
{
	(void)state;
	assert_true(known("a"));
	assert_true(known("i"));
	assert_true(known("I"));
	assert_false(known("b"));
	assert_false(known("x"));
}

static void case_is_folded(void **state)
{
	(void)state;
	assert_true(known("Month"));
	assert_true(known("MONTH"));
	assert_true(known("mOnTh"));
	assert_true(known("A"));
	assert_false(known("Checkpo"));
}

static void only_ascii_letters_can_match(void **state)
{
	(void)state;
	assert_false(known("month."));
	assert_false(known("don't"));
	assert_false(known("well-known"));
	assert_false(known("1990"));
	assert_false(known("co2"));
	assert_false(known("caf\xc3\xa9"));           /* café */
	assert_false(known("\xe2\x80\x9cthe"));        /* “the */
	assert_false(known("@the"));                  /* bytes next to letters */
	assert_false(known("the["));
	assert_false(known("the{"));
	assert_false(words_known((const uint8_t *)"the\0", 4));
	assert_false(known(""));
}

static void a_key_is_read_only_to_its_length(void **state)
{
	(void)state;
	assert_true(words_known((const uint8_t *)"months ahead", 6));
	assert_true(words_known((const uint8_t *)"months ahead", 5));
	assert_false(words_known((const uint8_t *)"months ahead", 7));
}

static void a_long_run_of_letters_is_not(void **state)
{
	uint8_t w[1000];

	(void)state;
	memset(w, 'a', sizeof w);
	assert_false(words_known(w, sizeof w));
}

/* News writes British spellings; the list is American. */
static void british_spellings_are_known(void **state)
{
	(void)state;
	assert_true(known("Neighbouring"));
	assert_true(known("centre"));
	assert_true(known("organisation"));
	assert_true(known("travelled"));
	assert_true(known("programme"));
	assert_true(known("defence"));
	assert_false(known("alam"));
	assert_false(known("tsour"));
}

/* The proper nouns are a list of their own (issue 15): known to
 * words_proper in any case, never to words_known. */
static void proper_nouns_have_their_own_list(void **state)
{
	(void)state;
	assert_true(words_proper((const uint8_t *)"Taipei", 6));
	assert_true(words_proper((const uint8_t *)"SEOUL", 5));
	assert_true(words_proper((const uint8_t *)"george", 6));
	assert_false(words_proper((const uint8_t *)"Kumamoto", 8));
	assert_false(words_proper((const uint8_t *)"Alam", 4));
	assert_false(words_proper((const uint8_t *)"carry", 5));
	assert_false(words_proper((const uint8_t *)"Tai-pei", 7));
	assert_false(words_proper((const uint8_t *)"T", 1));
	assert_false(known("Seoul"));
}

/* What mkwords.sh promises of table t: lower-case letters, min_len to 24
 * of them, in strcmp order without duplicates, and buckets that tile
 * the list. */
static void check_table(const struct words_table *t, uint32_t min_count,
			size_t min_len)
{
	assert_true(t->count > min_count);
	assert_int_equal(t->offset[0], 0);
	for (uint32_t k = 0; k < t->count; k++) {
		const char *w = t->text + t->offset[k];
		size_t n = t->offset[k + 1] - t->offset[k];
		assert_true(n >= min_len && n <= 24);
		for (size_t i = 0; i < n; i++)
			assert_true(w[i] >= 'a' && w[i] <= 'z');
		if (k > 0) {
			const char *p = t->text + t->offset[k - 1];
			size_t pn = t->offset[k] - t->offset[k - 1];
			int c = memcmp(p, w, pn < n ? pn : n);
			assert_true(c < 0 || (c == 0 && pn < n));
		}
	}
	assert_int_equal(t->from[0], 0);
	for (size_t b = 0; b < WORDS_BUCKETS; b++)
		assert_true(t->from[b] <= t->from[b + 1]);
	assert_int_equal(t->from[WORDS_BUCKETS], t->count);
}

static void the_tables_are_sorted_and_indexed(void **state)
{
	(void)state;
	check_table(&words_table, 50000, 1);
	check_table(&names_table, 5000, 2);
}

/* Every word of table t is found through its bucket by known, in lower
 * and upper case. */
static void check_all_found(const struct words_table *t,
			    bool (*known_fn)(const uint8_t *, size_t))
{
	uint8_t upper[24];

	for (uint32_t k = 0; k < t->count; k++) {
		const uint8_t *w = (const uint8_t *)t->text + t->offset[k];
		size_t n = t->offset[k + 1] - t->offset[k];
		assert_true(known_fn(w, n));
		assert_true(n <= sizeof upper);
		for (size_t i = 0; i < n; i++)
			upper[i] = (uint8_t)(w[i] - 'a' + 'A');
		assert_true(known_fn(upper, n));
	}
}

static void every_word_of_the_tables_is_known(void **state)
{
	(void)state;
	check_all_found(&words_table, words_known);
	check_all_found(&names_table, words_proper);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(common_words_and_inflections_are_known),
		cmocka_unit_test(cut_fragments_are_not),
		cmocka_unit_test(proper_nouns_are_not_words),
		cmocka_unit_test(words_cut_short_begin_a_word),
		cmocka_unit_test(only_a_and_i_stand_alone),
		cmocka_unit_test(case_is_folded),
		cmocka_unit_test(only_ascii_letters_can_match),
		cmocka_unit_test(a_key_is_read_only_to_its_length),
		cmocka_unit_test(a_long_run_of_letters_is_not),
		cmocka_unit_test(british_spellings_are_known),
		cmocka_unit_test(proper_nouns_have_their_own_list),
		cmocka_unit_test(the_tables_are_sorted_and_indexed),
		cmocka_unit_test(every_word_of_the_tables_is_known),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
