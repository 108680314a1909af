/* test_fingerprint.c — story ids and the hashes that tie stories
 * together (SPEC §8).  The ids below were computed by a separate Python
 * implementation of fingerprint.h's definition (str.casefold, Unicode
 * categories, FNV-1a), so that they hold across versions and machines. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blurb.h"
#include "feed.h"
#include "fingerprint.h"
#include "kind.h"

enum { MAXSTORIES = 8 };

static struct {
	struct fingerprint fp[MAXSTORIES], light[MAXSTORIES];
	enum kind kind[MAXSTORIES];
	size_t count;
} got;

static void on_story(struct story *st, void *ctx)
{
	(void)ctx;
	kind_analyze(st);
	blurb_analyze(st);
	assert_true(got.count < MAXSTORIES);
	got.kind[got.count] = st->kind;
	fingerprint_story(st, false, &got.light[got.count]);
	fingerprint_story(st, true, &got.fp[got.count++]);
}

/* The fingerprint of input, which must be one story. */
static struct fingerprint one(const char *input)
{
	memset(&got, 0, sizeof got);
	feed_string(input, on_story, NULL);
	assert_int_equal(got.count, 1);
	/* The light fingerprint agrees on what it computes. */
	assert_true(got.light[0].opening == got.fp[0].opening);
	assert_true(got.light[0].headline == got.fp[0].headline);
	assert_true(got.light[0].id == 0 && got.light[0].lead == 0);
	return got.fp[0];
}

static void assert_id(const char *input, uint64_t id)
{
	struct fingerprint f = one(input);

	if (f.id != id)
		fail_msg("id %016llx, want %016llx: %s",
			 (unsigned long long)f.id, (unsigned long long)id,
			 input);
}

static void test_reference_ids(void **state)
{
	(void)state;
	assert_id("Hello world, this is a test of the story id.\n",
		  UINT64_C(0x1d9c92087380654c));
	/* Full case folding (ß is ss), accents and Greek kept. */
	assert_id("Die Straße in MÜNCHEN ist gesperrt, sagen Ärzte und die "
		  "Ministerin Ελένη heute.\n", UINT64_C(0x8b856321a13d8c8f));
	/* Each CJK character is a word; the gloss's brackets dropped. */
	assert_id("Prime Minister Lawrence Wong (黃循財) said yesterday that "
		  "新加坡 would act soon.\n", UINT64_C(0xcafc000b4f22b828));
	/* Punctuation alone is no word; inside one it is dropped. */
	assert_id("— — Hello , world ; again ! and don't stop\n",
		  UINT64_C(0x0805030170a4258f));
	/* Under 3 words: no id. */
	assert_id("Hello world.\n", 0);
}

/* Case, punctuation and spacing aside, the words decide. */
static void test_words_decide(void **state)
{
	(void)state;
	struct fingerprint a = one("The council voted on Tuesday to raise "
				   "bus fares by ten percent next year.\n");
	struct fingerprint b = one("the COUNCIL voted,  on Tuesday -- to "
				   "raise bus fares by ten percent next year\n");
	assert_true(a.id == b.id);
	assert_true(a.opening == b.opening);
}

static const char article[] =
	"The Taipei City Government said yesterday that the Zhongxiao Bridge "
	"will close two of its lanes for repairs from next Monday, in a "
	"project expected to last three months.\n"
	"\n"
	"Commuters are advised to take the MRT or buses during rush hours, "
	"the Department of Transportation said, adding that extra services "
	"would run on the Bannan Line.\n"
	"\n"
	"The bridge, built in 1981, carries more than 100,000 vehicles a day "
	"across the Tamsui River, according to city figures.\n"
	"\n"
	"A city official said the work had been planned for two years and "
	"would be paid for by the central government.\n";

/* An article that grew by a paragraph keeps its lead: the same. */
static void test_appended_paragraph(void **state)
{
	char grown[4096];

	(void)state;
	snprintf(grown, sizeof grown, "%s\nThe work will be followed by a "
		 "second phase on the bridge's western ramps, which the city "
		 "expects to start in the autumn after a public hearing.\n",
		 article);
	struct fingerprint a = one(article), b = one(grown);
	assert_true(a.lead != 0 && a.lead == b.lead);
	assert_true(fingerprint_same(&a, &b));
}

/* Another article is not the same, by id or by lead. */
static void test_other_article(void **state)
{
	(void)state;
	struct fingerprint a = one(article);
	struct fingerprint b = one(
		"The Kaohsiung City Government will plant 20,000 street trees "
		"over the next three years to cool the city's streets, the "
		"mayor said yesterday.\n"
		"\n"
		"The trees will be planted along 40 roads in the city's "
		"most crowded districts, starting with Lingya and Sanmin.\n"
		"\n"
		"Residents may suggest streets on the city's Web site until "
		"the end of the month, officials said.\n");
	assert_false(fingerprint_same(&a, &b));
	assert_false(fingerprint_near(a.id, b.id));
}

/* A blurb's lede after its kicker and deck opens as the article does. */
static void test_blurb_opening(void **state)
{
	(void)state;
	struct fingerprint a = one(article);
	struct fingerprint b = one(
		"BRIDGE WORK: Two lanes to close for three months The Taipei "
		"City Government said yesterday that the Zhongxiao Bridge will "
		"close two of its lanes...\n");
	assert_true(b.opening != 0 && b.opening == a.opening);
	assert_true(fingerprint_promotes(&b, &a));
	assert_false(fingerprint_same(&a, &b));
}

static void test_near(void **state)
{
	uint64_t id = UINT64_C(0x0123456789abcdef);

	(void)state;
	assert_true(fingerprint_near(id, id));
	assert_true(fingerprint_near(id, id ^ 1));
	assert_true(fingerprint_near(id, id ^ UINT64_C(0x8000000000000001)));
	assert_true(fingerprint_near(id, id ^ UINT64_C(0x8000000100000001)));
	assert_false(fingerprint_near(id, id ^ UINT64_C(0x8000010100000001)));
	assert_false(fingerprint_near(0, 0));
	assert_false(fingerprint_near(id, 0));
	/* Leads are compared only when both stories have one. */
	struct fingerprint a = { .id = 1, .lead = 0 }, b = { .id = ~id, .lead = 0 };
	assert_false(fingerprint_same(&a, &b));
	a.lead = b.lead = 42;
	assert_true(fingerprint_same(&a, &b));
}

/* A word far longer than the window's first size, and a story of many
 * words: the window grows and slides without losing a byte (the id is
 * the Python reference's). */
static void test_long_words(void **state)
{
	size_t n = 3000;
	char *s = malloc(n + 64);

	(void)state;
	assert_non_null(s);
	strcpy(s, "Alpha ");
	for (size_t i = 6; i < n; i++)
		s[i] = (char)('a' + i % 26);
	strcpy(s + n, " beta gamma delta.\n");
	assert_id(s, UINT64_C(0xda16f4aa83fa48d8));
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference_ids),
		cmocka_unit_test(test_words_decide),
		cmocka_unit_test(test_appended_paragraph),
		cmocka_unit_test(test_other_article),
		cmocka_unit_test(test_blurb_opening),
		cmocka_unit_test(test_near),
		cmocka_unit_test(test_long_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
