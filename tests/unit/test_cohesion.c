/* test_cohesion.c — the story vocabulary and the shape of a lede, the two
 * halves of the topic-shift rule (SPEC §2.1 rule 7). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "cohesion.h"

static struct vocab v, seen;

static int setup(void **state)
{
	(void)state;
	memset(&v, 0, sizeof v);
	memset(&seen, 0, sizeof seen);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	vocab_free(&v);
	vocab_free(&seen);
	return 0;
}

static void add(const char *s)
{
	vocab_add(&v, (const uint8_t *)s, strlen(s));
}

static struct overlap compare(const char *s)
{
	const uint8_t *t = (const uint8_t *)s;
	size_t n = strlen(s);

	return vocab_compare(&v, &seen, &t, &n, 1);
}

static bool lede(const char *s)
{
	unsigned words = 0;
	bool in = false;

	for (const char *p = s; *p; p++) {
		if (*p != ' ' && !in)
			words++;
		in = *p != ' ';
	}
	return lede_shape((const uint8_t *)s, strlen(s), words);
}

/* Stems join inflected forms; case does not matter. */
static void stems_join_forms(void **state)
{
	struct overlap o;

	(void)state;
	add("The electric minibuses will run on hill routes.");
	o = compare("Minibus drivers liked the route");
	assert_int_equal(o.distinct, 4);    /* minib drive liked route */
	assert_int_equal(o.shared, 2);      /* minib route */
	assert_int_equal(o.recurring, 0);
	add("Another minibus broke down.");
	o = compare("Minibus drivers liked the route");
	assert_int_equal(o.recurring, 1);
}

/* Function words, news words (`said`, `year`) and words of one or two
 * letters carry no topic; nor do CJK or digits. */
static void stop_words_are_ignored(void **state)
{
	struct overlap o;

	(void)state;
	add("The city said on Monday that it would act this year.");
	o = compare("It said the year was over, and he said so too.");
	assert_int_equal(o.distinct, 0);
	o = compare("黃循財 2025 US$3 TV at");
	assert_int_equal(o.distinct, 0);
}

/* Distinct stems are counted once however often they occur. */
static void distinct_stems_counted_once(void **state)
{
	struct overlap o;

	(void)state;
	add("ferry ferry ferry");
	o = compare("ferry ferry Ferry harbour harbour");
	assert_int_equal(o.distinct, 2);
	assert_int_equal(o.shared, 1);
	assert_int_equal(o.recurring, 1);
}

/* Clearing forgets every word, also after the table has grown. */
static void clear_forgets_after_growth(void **state)
{
	char word[16];
	struct overlap o;

	(void)state;
	for (int i = 0; i < 2000; i++) {
		/* Distinct five-letter stems: letters from the number. */
		snprintf(word, sizeof word, "w%c%c%cx", 'a' + i % 26,
			 'a' + i / 26 % 26, 'a' + i / 676 % 26);
		add(word);
	}
	o = compare("wabax wzzax wxbcx");
	assert_int_equal(o.shared, 3);
	vocab_clear(&v);
	o = compare("wabax wzzax wxbcx");
	assert_int_equal(o.distinct, 3);
	assert_int_equal(o.shared, 0);
	add("wabax");
	o = compare("wabax wzzax");
	assert_int_equal(o.shared, 1);
}

/* A hostile story cannot grow the vocabulary without bound: past 65 536
 * distinct stems new ones are left out, old ones still count. */
static void vocabulary_is_bounded(void **state)
{
	char word[16];
	struct overlap o;

	(void)state;
	add("harbour");
	for (int i = 0; i < 70000; i++) {
		snprintf(word, sizeof word, "q%c%c%c%c", 'a' + i % 26,
			 'a' + i / 26 % 26, 'a' + i / 676 % 26,
			 'a' + i / 17576 % 26);
		add(word);
	}
	assert_int_equal(v.used, 1 << 16);
	o = compare("harbour qzzzd");
	assert_int_equal(o.distinct, 2);
	assert_int_equal(o.shared, 1);
}

/* Several texts are one stretch: a stem in both counts once. */
static void texts_compared_together(void **state)
{
	const uint8_t *t[2] = { (const uint8_t *)"lantern festival",
				(const uint8_t *)"festival crowds" };
	size_t n[2] = { 16, 15 };
	struct overlap o;

	(void)state;
	add("crowds");
	o = vocab_compare(&v, &seen, t, n, 2);
	assert_int_equal(o.distinct, 3);
	assert_int_equal(o.shared, 1);
}

/* A lede: long, a time expression in its first sentence. */
static void lede_has_time_in_first_sentence(void **state)
{
	(void)state;
	assert_true(lede("The county will open a cycling path along the river "
			 "next month, linking three townships with the coast, "
			 "the county government announced."));
	assert_true(lede("Fishermen in the northern harbour began hauling "
			 "their boats ashore on Tuesday as a storm approached "
			 "the coast, bringing winds of up to 90km per hour."));
	assert_true(lede("Bakeries across the island will raise the price of "
			 "a loaf over the next six months as the cost of flour "
			 "keeps climbing, an industry group estimated."));
	assert_true(lede("A new night bus will link the airport and the "
			 "railway station by the end of the summer, cutting "
			 "the trip for late arrivals to forty minutes."));
}

static void not_a_lede(void **state)
{
	(void)state;
	/* Short. */
	assert_false(lede("The path will open next month."));
	/* Reported speech: a story going on, not starting. */
	assert_false(lede("The county government said that the cycling path "
			  "would open next month, linking three townships "
			  "with the coast and the old harbour."));
	/* The time expression only in the second sentence. */
	assert_false(lede("The cycling path links three townships with the "
			  "coast and the old harbour. It will open next month "
			  "after two years of work by the county."));
	/* No time expression at all. */
	assert_false(lede("The cycling path links three townships with the "
			  "coast and the old harbour, passing rice fields, "
			  "two temples and a lighthouse on the way."));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(stems_join_forms, setup,
						teardown),
		cmocka_unit_test_setup_teardown(stop_words_are_ignored, setup,
						teardown),
		cmocka_unit_test_setup_teardown(distinct_stems_counted_once,
						setup, teardown),
		cmocka_unit_test_setup_teardown(clear_forgets_after_growth,
						setup, teardown),
		cmocka_unit_test_setup_teardown(vocabulary_is_bounded, setup,
						teardown),
		cmocka_unit_test_setup_teardown(texts_compared_together, setup,
						teardown),
		cmocka_unit_test(lede_has_time_in_first_sentence),
		cmocka_unit_test(not_a_lede),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
