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
	return lede_shape((const uint8_t *)s, strlen(s));
}

static enum lede kind(const char *s)
{
	return lede_kind((const uint8_t *)s, strlen(s));
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

/* The shape is the first sentence's, whatever its length: how much a
 * short paragraph tells of its topic is the topic-shift test's to weigh
 * (topic.c), not a count of words here. */
static void short_lede_has_the_shape(void **state)
{
	(void)state;
	assert_true(lede("The path will open next month."));
}

static void not_a_lede(void **state)
{
	(void)state;
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

/* A time in quotation marks names a hashtag, a title or a slogan, not
 * when the news happened. */
static void quoted_time_is_no_lede_time(void **state)
{
	(void)state;
	assert_false(lede("A second hashtag, \u201cHow hot is it in your city "
			  "today\u201d, turned into a contest of thermometer "
			  "photos from balconies across the country."));
	assert_false(lede("Readers of the paper voted \"Back next year\" the "
			  "best shop sign in the district, ahead of two "
			  "noodle stalls and a tailor."));
	/* Out of the marks again, a time counts. */
	assert_true(lede("The hashtag \u201cToo hot to move\u201d was viewed "
			 "more than 300 million times yesterday as the heat "
			 "wave reached the north."));
}

/* A wire lede tells the news, then who told it, in its first sentence:
 * `said` with at most three words after it before a comma or the
 * sentence's end.  Reported speech that goes on after `said`, a comma
 * inside a number, or `said` in quotation marks is not that. */
static void lede_attributed_at_its_end(void **state)
{
	(void)state;
	assert_int_equal(kind("Taipei Dome will host 42 concerts next year, "
			      "nearly double the number this year, the city "
			      "government said yesterday."), LEDE_ATTRIBUTED);
	assert_int_equal(kind("South Korea will buy 200,000 tonnes of rice "
			      "this year, the farm ministry said on Monday, as "
			      "a bumper crop pushed prices down."),
			 LEDE_ATTRIBUTED);
	assert_int_equal(kind("A branch from a rain tree snapped during a "
			      "thunderstorm yesterday and fell onto two cars, "
			      "but no one was hurt, officials said."),
			 LEDE_ATTRIBUTED);
	/* the time, no attribution */
	assert_int_equal(kind("More than 200 dragon boat teams raced in "
			      "Stanley yesterday as the city celebrated the "
			      "festival with its biggest turnout."), LEDE_PLAIN);
	/* said, then what was said */
	assert_int_equal(kind("The Ministry of Education, which organizes the "
			      "contest, said 1,600 people took part this year, "
			      "the highest number since 2003."), LEDE_PLAIN);
	assert_int_equal(kind("The head of the Hakka affairs council and two "
			      "mayors said the festival would draw more "
			      "visitors next year than ever before."),
			 LEDE_PLAIN);
	/* said in a quotation */
	assert_int_equal(kind("Forty cinemas across the island began to show "
			      "\"What Mother Said\" on Friday, the distributor "
			      "announced."), LEDE_PLAIN);
	/* said early: reported speech, no lede at all */
	assert_int_equal(kind("The county government said that the path "
			      "would open next month, the mayor said."),
			 LEDE_NONE);
	/* an attribution, but no time */
	assert_int_equal(kind("The path links three townships with the coast, "
			      "the county government said."), LEDE_NONE);
}

/* The stop-word set is a hash table: every word must be found whatever
 * its case, the first and last of the list and the longest too.  A key
 * holds eight letters and a mark for more, so a longer word with the
 * same eight (`Wednesdays`, `accordingly`) counts as the stop word, and
 * a word of exactly eight (`although`) only as itself. */
static void stop_words_found_in_any_case(void **state)
{
	static const char *const stops[] = {
		"a", "about", "your", "you", "according", "wednesday",
		"yesterday", "although", "thursday", "tomorrow", "percent",
		"people", "whether", "its", "ten", "who",
	};
	char up[32];
	struct overlap o;

	(void)state;
	for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) {
		size_t n = strlen(stops[i]);
		for (size_t k = 0; k <= n; k++)
			up[k] = (char)(stops[i][k] >= 'a' ?
				       stops[i][k] - 32 : stops[i][k]);
		o = compare(stops[i]);
		assert_int_equal(o.distinct, 0);
		o = compare(up);
		assert_int_equal(o.distinct, 0);
	}
	o = compare("Wednesdays accordingly Yesterdays");
	assert_int_equal(o.distinct, 0);
	o = compare("althoughs yours accord abouts");
	assert_int_equal(o.distinct, 4);
}

/* A word's key is read eight bytes at a time where the text allows and
 * byte by byte near its end: the same word must give the same stem. */
static void word_at_end_of_text_is_the_same_word(void **state)
{
	struct overlap o;

	(void)state;
	add("harbour ferry-pier mayor's");
	o = compare("Harbour");
	assert_int_equal(o.shared, 1);
	o = compare("the HARBOUR of");
	assert_int_equal(o.shared, 1);
	o = compare("ferry-pier");
	assert_int_equal(o.shared, 1);
	o = compare("ferry-pier, the old harbour and the mayor's office");
	assert_int_equal(o.distinct, 5);    /* ferry old harbo mayor offic */
	assert_int_equal(o.shared, 3);
	o = compare("mayor");               /* `mayor's` has stem `mayor` */
	assert_int_equal(o.shared, 1);
}

/* Only ASCII letters start a word; `'` and `-` continue one but never
 * start it; any other byte, UTF-8 included, ends it. */
static void joiners_continue_words_but_never_start_them(void **state)
{
	struct overlap o;

	(void)state;
	o = compare("--ab 'xy -'q");        /* all under three letters */
	assert_int_equal(o.distinct, 0);
	o = compare("ab'c x-yz caf\xc3\xa9s");  /* ab'c x-yz caf */
	assert_int_equal(o.distinct, 3);
	add("caf");
	o = compare("caf\xc3\xa9");
	assert_int_equal(o.shared, 1);
}

/* vocab_compare_until_recurring stops at the first recurring stem and
 * otherwise counts as vocab_compare does. */
static void compare_until_recurring_stops_there(void **state)
{
	const uint8_t *t = (const uint8_t *)"ferry pier ferry harbour lantern";
	size_t n = strlen((const char *)t);
	struct overlap o;

	(void)state;
	add("harbour harbour lantern");
	o = vocab_compare_until_recurring(&v, &seen, &t, &n, 1);
	assert_int_equal(o.recurring, 1);
	assert_int_equal(o.distinct, 3);    /* ferry pier harbo */
	o = vocab_compare(&v, &seen, &t, &n, 1);
	assert_int_equal(o.distinct, 4);
	assert_int_equal(o.shared, 2);
	assert_int_equal(o.recurring, 1);
	t = (const uint8_t *)"ferry pier lantern";
	n = strlen((const char *)t);
	o = vocab_compare_until_recurring(&v, &seen, &t, &n, 1);
	assert_int_equal(o.distinct, 3);
	assert_int_equal(o.shared, 1);
	assert_int_equal(o.recurring, 0);
}

/* --- the old, plain definition, to compare the fast one with ------------ */

/* Words as the first version found them: byte by byte.  The random texts
 * below use letters no stop word has, so stop words do not come in. */
static bool ref_letter(uint8_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t ref_stems(const uint8_t *s, size_t n, uint64_t *out)
{
	size_t i = 0, count = 0;

	while (i < n) {
		if (!ref_letter(s[i])) {
			i++;
			continue;
		}
		size_t w = i;
		while (i < n && (ref_letter(s[i]) || s[i] == '\'' ||
				 s[i] == '-'))
			i++;
		if (i - w < 3)
			continue;
		uint64_t key = 0;
		for (size_t k = 0; k < i - w && k < 5; k++) {
			uint8_t c = s[w + k];
			if (ref_letter(c))
				c |= 0x20;
			key |= (uint64_t)c << (8 * k);
		}
		out[count++] = key;
	}
	return count;
}

static size_t ref_count(const uint64_t *stems, size_t n, uint64_t stem)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += stems[i] == stem;
	return k;
}

static struct overlap ref_compare(const uint8_t *a, size_t na,
				  const uint8_t *b, size_t nb)
{
	uint64_t va[128], vb[128];
	size_t ca = ref_stems(a, na, va), cb = ref_stems(b, nb, vb);
	struct overlap o = { 0, 0, 0 };

	for (size_t i = 0; i < cb; i++) {
		if (ref_count(vb, i, vb[i]) > 0)
			continue;
		size_t k = ref_count(va, ca, vb[i]);
		o.distinct++;
		o.shared += k >= 1;
		o.recurring += k >= 2;
	}
	return o;
}

/* A small generator of our own, so every platform tests the same texts. */
static uint32_t next_random(uint32_t *seed)
{
	*seed ^= *seed << 13;
	*seed ^= *seed >> 17;
	*seed ^= *seed << 5;
	return *seed;
}

static size_t random_text(uint8_t *buf, size_t max, uint32_t *seed)
{
	static const char pool[] = "qxzkQXZKqxzk'-  .,\t9\xc3\xa9";
	size_t n = next_random(seed) % max;

	for (size_t i = 0; i < n; i++)
		buf[i] = (uint8_t)pool[next_random(seed) % (sizeof pool - 1)];
	return n;
}

/* Random texts of every length around the eight-byte reads and up to
 * 200 bytes, word ends at every offset: the fast scanner counts what the
 * plain one counts. */
static void fast_words_match_plain_words(void **state)
{
	uint32_t seed = 12345;

	(void)state;
	for (int round = 0; round < 20000; round++) {
		uint8_t a[200], b[200];
		size_t na = random_text(a, sizeof a, &seed);
		size_t nb = random_text(b, sizeof b, &seed);
		const uint8_t *t = b;
		struct overlap want = ref_compare(a, na, b, nb), got;

		vocab_clear(&v);
		vocab_add(&v, a, na);
		got = vocab_compare(&v, &seen, &t, &nb, 1);
		assert_int_equal(got.distinct, want.distinct);
		assert_int_equal(got.shared, want.shared);
		assert_int_equal(got.recurring, want.recurring);
		got = vocab_compare_until_recurring(&v, &seen, &t, &nb, 1);
		if (want.recurring > 0) {
			assert_int_equal(got.recurring, 1);
		} else {
			assert_int_equal(got.distinct, want.distinct);
			assert_int_equal(got.shared, want.shared);
		}
	}
}

/* lede_shape may stop once eight words are read and a time expression
 * found; before that, `said` still says no. */
static void lede_said_counts_only_in_first_eight_words(void **state)
{
	(void)state;
	/* `said` as word 8, after the time expression: not a lede. */
	assert_false(lede("Yesterday the county government of the island said "
			  "that the cycling path along the river would open "
			  "soon to riders."));
	/* `said` as word 9: a lede. */
	assert_true(lede("Yesterday the county government of the big island "
			 "said that the cycling path along the river would "
			 "open soon to riders."));
	/* The time expression as the last word of a long first sentence. */
	assert_true(lede("The county government of the island opened a new "
			 "cycling path along the river for riders and walkers "
			 "last week. It links towns."));
	/* `Wednesdays` is read as `Wednesday` (eight letters and more). */
	assert_true(lede("Farmers in the valley will sell their vegetables at "
			 "a new market in the town square on Wednesdays from "
			 "the start of spring."));
	/* A sentence ends only at . ! or ? before white space. */
	assert_true(lede("The county's 3.5km cycling path along the river "
			 "opened to riders, walkers and runners from across "
			 "the region on Monday."));
	assert_false(lede("The county opened a cycling path! It will link "
			  "three townships with the coast and the harbour "
			  "from next month."));
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
		cmocka_unit_test_setup_teardown(stop_words_found_in_any_case,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			word_at_end_of_text_is_the_same_word, setup, teardown),
		cmocka_unit_test_setup_teardown(
			joiners_continue_words_but_never_start_them, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			compare_until_recurring_stops_there, setup, teardown),
		cmocka_unit_test_setup_teardown(fast_words_match_plain_words,
						setup, teardown),
		cmocka_unit_test(lede_has_time_in_first_sentence),
		cmocka_unit_test(lede_said_counts_only_in_first_eight_words),
		cmocka_unit_test(quoted_time_is_no_lede_time),
		cmocka_unit_test(lede_attributed_at_its_end),
		cmocka_unit_test(short_lede_has_the_shape),
		cmocka_unit_test(not_a_lede),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
