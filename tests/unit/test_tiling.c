/* test_tiling.c — the word weights (idf.h), the weighted bags that
 * compare blocks of text (tiling.h) and the valley before a paragraph
 * (topic.h): function words weigh little and names much, the cosine is
 * a cosine, bags merge and come apart again exactly, and a paragraph on
 * another topic lies deeper than one that goes on with the story. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "idf.h"
#include "para.h"
#include "shape.h"
#include "tiling.h"
#include "topic.h"

static void add(struct bag *b, const char *s)
{
	bag_add(b, (const uint8_t *)s, strlen(s));
}

static double cosine(const char *a, const char *b)
{
	struct bag x = { 0 }, y = { 0 };

	add(&x, a);
	add(&y, b);
	double c = bag_cosine(&x, &y);
	bag_free(&x);
	bag_free(&y);
	return c;
}

/* The table keeps its promises: keys of one to five bytes, in byte
 * order, each once; and the index finds every one of them. */
static void table_is_sorted_and_indexed(void **state)
{
	(void)state;
	assert_true(idf_count > 1000);
	for (unsigned e = 0; e < idf_count; e++) {
		const char *k = idf_entries[e].key;
		size_t n = strlen(k);
		assert_true(n >= 1 && n <= 5);
		if (e > 0)
			assert_true(strcmp(idf_entries[e - 1].key, k) < 0);
		assert_int_equal(idf_weight(idf_key(k, (unsigned)n)),
				 idf_entries[e].weight);
		assert_true(idf_entries[e].weight <= idf_unseen);
	}
}

static unsigned weight(const char *w)
{
	return idf_weight(idf_key(w, (unsigned)strlen(w)));
}

static void function_words_weigh_least(void **state)
{
	(void)state;
	assert_true(weight("the") < weight("said"));
	assert_true(weight("said") < weight("ferry"));
	assert_true(weight("and") * 4 < idf_unseen);
	/* A word the table has not seen weighs the most. */
	assert_int_equal(weight("xqzvw"), idf_unseen);
	/* Five bytes make the key: `government` is `gover`. */
	assert_int_equal(weight("gover"), weight("gover"));
	assert_int_equal(idf_key("Gover", 5), idf_key("government", 5));
}

static void cosine_is_a_cosine(void **state)
{
	static const char *const text =
		"Yilan County will open a cycling path along the Lanyang River.";

	(void)state;
	assert_true(fabs(cosine(text, text) - 1.0) < 1e-9);
	assert_true(cosine(text, "Bakeries in Kaohsiung raise bread prices.") < 0.01);
	assert_true(cosine("", text) == 0.0);
	/* Stems: `cyclists` and `cycling` share `cycli`. */
	assert_true(cosine("cycling cycling", "cyclists") > 0.99);
	/* Symmetric. */
	double ab = cosine(text, "The cycling path follows the river.");
	double ba = cosine("The cycling path follows the river.", text);
	assert_true(fabs(ab - ba) < 1e-12);
}

/* Sharing a name ties two texts more than sharing a function word does,
 * and a number as well: `1,600` and `1600` are one. */
static void names_and_numbers_tie_more(void **state)
{
	(void)state;
	assert_true(cosine("He met Wong on the road.", "They saw Wong in the town.") >
		    cosine("He met them on the road.", "They saw them in the town."));
	assert_true(cosine("About 1,600 people took part.", "Some 1600 came.") > 0.5);
	/* A single digit is no number worth a key. */
	assert_true(cosine("It has 7 rooms.", "It has 7 doors.") <
		    cosine("It has 712 rooms.", "It has 712 doors."));
}

/* A two-letter surname inside a sentence is a name the blocks share
 * (`Ho said`); a title (`Mr`), a word that opens a sentence (`He`, `It`)
 * and a two-letter word in lower case are not. */
static void two_letter_names_count(void **state)
{
	(void)state;
	assert_true(cosine("The council said Ho would decide.",
			   "Farmers hope that Ho will listen.") > 0.1);
	assert_true(cosine("The council said Mr Lim would decide.",
			   "Farmers hope that Mr Tan will listen.") <
		    cosine("The council said Ho would decide.",
			   "Farmers hope that Ho will listen."));
	assert_true(cosine("He said the council would decide.",
			   "He hopes the farmers will listen.") <
		    cosine("The council said Ho would decide.",
			   "Farmers hope that Ho will listen."));
	struct bag b = { 0 };
	add(&b, "Mr Lim said it is up to us. He agreed.");
	assert_int_equal(bag_size(&b), 3);      /* `Lim`, `said`, `agreed` */
	bag_free(&b);
}

/* A merged bag holds both bags' words: its dot product with a third is
 * the sum of theirs, and clearing it empties it. */
static void merge_adds_and_clear_empties(void **state)
{
	struct bag a = { 0 }, b = { 0 }, c = { 0 };

	(void)state;
	add(&a, "The ferry terminal will open in the spring, officials said.");
	add(&b, "Bakeries will raise the price of bread by 15 percent.");
	add(&c, "The terminal can berth four ships at once.");
	double norm = bag_norm2(&a);
	/* The dot product of a merge is the sum of the dot products. */
	double sum = bag_dot(&b, &c) + bag_dot(&a, &c);
	bag_merge(&a, &b);
	assert_true(bag_norm2(&a) > norm);
	assert_true(fabs(bag_dot(&a, &c) - sum) < 1e-9);
	bag_clear(&a);
	assert_int_equal(bag_size(&a), 0);
	assert_true(bag_cosine(&a, &c) == 0.0);
	bag_free(&a);
	bag_free(&b);
	bag_free(&c);
}

/* --- the valley ----------------------------------------------------------- */

static struct story st;
static struct line lines[16];
static struct wline window[16];     /* the same lines, as the segmenter's
                                       window holds them */
static struct wline *wp[16];
static uint8_t bytes[4096];

/* A story of body lines (the first n_body of them told), the rest prose
 * lines ahead. */
static void make_story(const char *const *text, size_t n)
{
	size_t at = 0;

	memset(&st, 0, sizeof st);
	memset(lines, 0, sizeof lines);
	memset(window, 0, sizeof window);
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(text[i]);
		memcpy(bytes + at, text[i], len);
		lines[i].raw = at;
		line_set_len(&lines[i], len);
		lines[i].eol = 0;
		lines[i].shape = SH_PROSE;
		lines[i].role = R_BODY;
		window[i].idx = i;
		para_analyze(bytes + at, len, &window[i].para);
		window[i].shape.shape = SH_PROSE;
		window[i].role = R_BODY;
		wp[i] = &window[i];
		at += len;
	}
	st.bytes.data = bytes;
	st.bytes.len = at;
	st.lines = lines;
	st.nlines = n;
}

/* The valley before line i, the lines after it in the window. */
static double valley(struct topic *t, size_t i)
{
	return topic_valley(t, &st, &window[i], wp + i + 1, st.nlines - i - 1);
}

static const char *const ferry[] = {
	"Harbour officials said the new ferry terminal on reclaimed land at Kai Tak will open in the spring after two years of delays.",
	"The ferry terminal can berth four ships at once, and the harbour department expects it to handle 3,000 passengers a day.",
};

static double valley_at_third(const char *third, const char *fourth)
{
	const char *text[4] = { ferry[0], ferry[1], third, fourth };
	struct topic t = { 0 };

	make_story(text, 4);
	topic_file(&t);
	topic_reset(&t);
	double v = valley(&t, 2);
	topic_free(&t);
	return v;
}

static void another_topic_lies_deeper(void **state)
{
	(void)state;
	double shift = valley_at_third(
		"Kaohsiung bakeries will raise the price of bread by up to 15 percent, a bakers' association estimated.",
		"A loaf of white bread costs about NT$55 at most neighbourhood bakeries, the association said.");
	double same = valley_at_third(
		"Ferry operators said the terminal's four berths at Kai Tak would let them add routes to Macau.",
		"The harbour department said passengers would reach the ferry terminal by a new bus route.");
	assert_true(shift > same + 2.0);
}

/* The valley before a line is the same whether or not the lines above
 * it were measured first: the lines ahead slide along, and a word that
 * one of them used as a name inside a sentence (`the Kaohsiung Bakers
 * Association`, weighing more) and the next opens a sentence with
 * (`Bakers said`) weighs as a fresh bag of the lines ahead says. */
static void valley_whatever_was_measured_before(void **state)
{
	const char *text[8] = { ferry[0], ferry[1],
		"The harbour department said the ferry terminal would also serve cruise ships calling at Kai Tak.",
		"Bread prices set by the Kaohsiung Bakers Association will rise by 15 percent next month.",
		"Bakers said the price of imported flour had doubled since 2021, and butter had risen by half.",
		"A loaf of white bread costs about NT$55 at most neighbourhood bakeries in the city.",
		"The association represents about 400 bakeries, most of them family businesses.",
		"Bakers in Tainan and Taichung are expected to follow within weeks, the association said.",
	};
	struct topic slid = { 0 }, fresh = { 0 };

	(void)state;
	make_story(text, 8);
	topic_file(&slid);
	topic_reset(&slid);
	(void)valley(&slid, 2);
	double after = valley(&slid, 3);
	topic_file(&fresh);
	topic_reset(&fresh);
	double alone = valley(&fresh, 3);
	assert_false(isnan(alone));
	assert_true(fabs(after - alone) < 1e-9);
	topic_free(&slid);
	topic_free(&fresh);
}

/* With no prose line ahead there is no second block: no valley. */
static void nothing_ahead_no_valley(void **state)
{
	const char *text[3] = { ferry[0], ferry[1],
		"Kaohsiung bakeries will raise the price of bread by up to 15 percent." };
	struct topic t = { 0 };

	(void)state;
	make_story(text, 3);
	topic_file(&t);
	topic_reset(&t);
	assert_true(isnan(valley(&t, 2)));
	topic_free(&t);
}

/* The tie of two lines: 1 with itself, more for the ferry's second
 * paragraph than for a paragraph on bread, and the same whichever line
 * is read first, even when the cache has to make room. */
static void tie_of_two_lines(void **state)
{
	const char *text[4] = { ferry[0], ferry[1],
		"Kaohsiung bakeries will raise the price of bread by up to 15 percent, a bakers' association estimated.",
		ferry[0] };
	struct topic t = { 0 };

	(void)state;
	make_story(text, 4);
	topic_file(&t);
	topic_reset(&t);
	assert_true(fabs(topic_tie(&t, &st, 0, 3) - 1.0) < 1e-9);
	double same = topic_tie(&t, &st, 0, 1);
	double other = topic_tie(&t, &st, 0, 2);
	assert_true(same > 0.1);
	assert_true(other < 0.05);
	for (unsigned k = 0; k < TOPIC_CACHE; k++)
		topic_tie(&t, &st, k % 2, 2 + k % 2);
	assert_true(fabs(topic_tie(&t, &st, 1, 0) - same) < 1e-9);
	topic_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table_is_sorted_and_indexed),
		cmocka_unit_test(function_words_weigh_least),
		cmocka_unit_test(cosine_is_a_cosine),
		cmocka_unit_test(names_and_numbers_tie_more),
		cmocka_unit_test(two_letter_names_count),
		cmocka_unit_test(merge_adds_and_clear_empties),
		cmocka_unit_test(another_topic_lies_deeper),
		cmocka_unit_test(valley_whatever_was_measured_before),
		cmocka_unit_test(nothing_ahead_no_valley),
		cmocka_unit_test(tie_of_two_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
