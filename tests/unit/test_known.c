/* test_known.c — the run's memory of stories (SPEC §8): ids within 3
 * bits found through any of their four 16-bit blocks, leads, and the
 * articles a blurb may promote; many entries, so that the tables grow. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "known.h"

/* A well-mixed 64-bit number from a counter (splitmix64). */
static uint64_t mix(uint64_t x)
{
	x += UINT64_C(0x9e3779b97f4a7c15);
	x = (x ^ (x >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	x = (x ^ (x >> 27)) * UINT64_C(0x94d049bb133111eb);
	return x ^ (x >> 31);
}

static void test_same_through_each_block(void **state)
{
	struct known k = { 0 };
	struct fingerprint f = { .id = UINT64_C(0x0123456789abcdef) };

	(void)state;
	assert_int_equal(known_add(&k, &f, true, true, 0, 1), 0);
	/* Three bits off, each in a different block: one block still agrees. */
	struct fingerprint g = { .id = f.id ^ UINT64_C(0x0001000100010000) };
	assert_int_equal(known_same(&k, &g), 0);
	g.id = f.id ^ UINT64_C(0x8000800080000000);
	assert_int_equal(known_same(&k, &g), 0);
	/* Four bits off: not the same. */
	g.id = f.id ^ UINT64_C(0x0001000100010001);
	assert_true(known_same(&k, &g) == KNOWN_NONE);
	g.id = 0;
	assert_true(known_same(&k, &g) == KNOWN_NONE);
	known_free(&k);
}

static void test_leads_and_promotes(void **state)
{
	struct known k = { 0 };
	struct fingerprint article = { .id = 7, .lead = 100, .opening = 200,
				       .headline = 300 };
	struct fingerprint blurb = { .id = 9, .opening = 201, .headline = 301 };

	(void)state;
	assert_int_equal(known_add(&k, &blurb, false, true, 0, 1), 0);
	assert_int_equal(known_add(&k, &article, true, true, 0, 2), 1);
	struct fingerprint q = { .id = UINT64_C(0xffff000000000000), .lead = 100 };
	assert_int_equal(known_same(&k, &q), 1);
	/* A blurb's opening or headline finds the article, never a blurb. */
	struct fingerprint b = { .opening = 200 };
	assert_int_equal(known_promoted(&k, &b), 1);
	b = (struct fingerprint){ .headline = 300 };
	assert_int_equal(known_promoted(&k, &b), 1);
	b = (struct fingerprint){ .opening = 201, .headline = 301 };
	assert_true(known_promoted(&k, &b) == KNOWN_NONE);
	assert_int_equal(k.v[1].number, 2);
	known_free(&k);
}

/* An entry that is only an article to promote is not found the same. */
static void test_promote_only(void **state)
{
	struct known k = { 0 };
	struct fingerprint a = { .id = 5, .lead = 6, .opening = 7 };

	(void)state;
	assert_int_equal(known_add(&k, &a, true, false, 0, 1), 0);
	assert_true(known_same(&k, &a) == KNOWN_NONE);
	struct fingerprint b = { .opening = 7 };
	assert_int_equal(known_promoted(&k, &b), 0);
	/* A blurb, or an article with nothing to match, is not kept. */
	assert_true(known_add(&k, &a, false, false, 0, 2) == KNOWN_NONE);
	struct fingerprint none = { .id = 3 };
	assert_true(known_add(&k, &none, true, false, 0, 3) == KNOWN_NONE);
	/* Another article opening the same way: the first keeps the link. */
	struct fingerprint again = { .id = 8, .opening = 7 };
	assert_true(known_add(&k, &again, true, false, 0, 4) == KNOWN_NONE);
	again.headline = 9;
	assert_int_equal(known_add(&k, &again, true, false, 0, 5), 1);
	b = (struct fingerprint){ .opening = 7, .headline = 9 };
	assert_int_equal(known_promoted(&k, &b), 0);
	known_free(&k);
}

/* 200,000 entries: every one found by its id one bit off and by its
 * lead, the first of two equal openings kept. */
static void test_many(void **state)
{
	enum { N = 200000 };
	struct known k = { 0 };

	(void)state;
	for (uint64_t i = 0; i < N; i++) {
		struct fingerprint f = { .id = mix(i) | 1, .lead = mix(i + N) | 1,
					 .opening = (i / 2) + 1 };
		assert_int_equal(known_add(&k, &f, true, true, 0, (uint32_t)i), i);
	}
	for (uint64_t i = 0; i < N; i += 7) {
		struct fingerprint f = { .id = (mix(i) | 1) ^ ((uint64_t)1 << (i % 64)) };
		size_t e = known_same(&k, &f);
		assert_true(e != KNOWN_NONE);
		assert_true(fingerprint_near(k.v[e].fp.id, f.id));
		f = (struct fingerprint){ .lead = mix(i + N) | 1 };
		assert_int_equal(known_same(&k, &f), i);
		f = (struct fingerprint){ .opening = (i / 2) + 1 };
		assert_int_equal(known_promoted(&k, &f), i & ~(uint64_t)1);
	}
	known_free(&k);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_through_each_block),
		cmocka_unit_test(test_leads_and_promotes),
		cmocka_unit_test(test_promote_only),
		cmocka_unit_test(test_many),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
