/* test_relay.c — stories handed to the analysis thread: each arrives
 * once, in order, with its own bytes and lines, on the other thread; a
 * drain waits for all of them; a story as large as a batch is not copied
 * but done in the caller's thread, after the ones before it; without a
 * thread, fn runs at once on the caller's story. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "relay.h"

enum { STORIES = 3000 };

/* What fn saw of each story. */
static struct seen {
	long count;
	long number[STORIES];
	uint64_t offset[STORIES];
	size_t bytes[STORIES], lines[STORIES];
	bool intact[STORIES];   /* bytes and lines as put */
	bool on_main[STORIES];  /* fn ran in the thread that put it */
	struct story *last;     /* the story fn was given last */
} seen;

static pthread_t main_thread;

/* Byte k of story n, and the lines of a story: one per 100 bytes. */
static uint8_t byte_of(long n, size_t k)
{
	return (uint8_t)('a' + (n * 7 + (long)k) % 26);
}

static bool big(long n)
{
	return n % 500 == 7;
}

static size_t size_of(long n)
{
	/* Mostly small, now and then larger than a batch. */
	return big(n) ? 3 * RELAY_BATCH + 11 : (size_t)(n % 300) + 1;
}

static void make_story(struct story *st, long n)
{
	size_t size = size_of(n), nlines = (size + 99) / 100;

	st->file = n % 2 ? "odd.txt" : "even.txt";
	st->number = n;
	st->boundary = B_KICKER;
	st->offset = (uint64_t)n * 1000;
	st->lineno = n * 10;
	st->bytes.len = 0;
	buf_reserve(&st->bytes, size);
	for (size_t k = 0; k < size; k++)
		st->bytes.data[k] = byte_of(n, k);
	st->bytes.len = size;
	st->lines = xgrow(st->lines, &st->lines_cap, nlines, sizeof *st->lines);
	memset(st->lines, 0, nlines * sizeof *st->lines);
	for (size_t i = 0; i < nlines; i++) {
		st->lines[i].raw = i * 100;
		line_set_len(&st->lines[i], i + 1 < nlines ? 100 : size - i * 100);
	}
	st->nlines = nlines;
}

static bool intact(const struct story *st)
{
	size_t size = size_of(st->number);

	if (st->bytes.len != size || st->nlines != (size + 99) / 100 ||
	    st->lineno != st->number * 10)
		return false;
	for (size_t k = 0; k < size; k++)
		if (st->bytes.data[k] != byte_of(st->number, k))
			return false;
	for (size_t i = 0; i < st->nlines; i++)
		if (st->lines[i].raw != i * 100)
			return false;
	return strcmp(st->file, st->number % 2 ? "odd.txt" : "even.txt") == 0;
}

static void record(struct story *st, void *ctx)
{
	long i = seen.count++;

	(void)ctx;
	seen.number[i] = st->number;
	seen.offset[i] = st->offset;
	seen.bytes[i] = st->bytes.len;
	seen.lines[i] = st->nlines;
	seen.intact[i] = intact(st);
	seen.on_main[i] = pthread_equal(pthread_self(), main_thread);
	seen.last = st;
	/* Analysis fills in arrays of its own; relay_stop frees them. */
	st->glosses = xgrow(st->glosses, &st->glosses_cap, 2, sizeof *st->glosses);
	st->nglosses = 1;
}

static void begin(struct relay *r, struct story *st, bool thread)
{
	memset(st, 0, sizeof *st);
	memset(&seen, 0, sizeof seen);
	main_thread = pthread_self();
	relay_start(r, record, NULL, thread);
}

static void end(struct relay *r, struct story *st)
{
	relay_stop(r);
	buf_free(&st->bytes);
	free(st->lines);
	free(st->glosses);      /* filled in by record without a thread */
}

static void put_all(bool thread)
{
	struct relay r;
	struct story st;

	begin(&r, &st, thread);
	for (long n = 0; n < STORIES; n++) {
		make_story(&st, n);
		relay_put(&r, &st);
	}
	relay_drain(&r);
	assert_int_equal(seen.count, STORIES);
	for (long n = 0; n < STORIES; n++) {
		assert_int_equal(seen.number[n], n);
		assert_int_equal(seen.offset[n], (uint64_t)n * 1000);
		assert_int_equal(seen.bytes[n], size_of(n));
		assert_true(seen.intact[n]);
		assert_int_equal(seen.on_main[n], !thread || big(n));
	}
	end(&r, &st);
}

/* Big stories come in between small ones: all stay in order. */
static void stories_arrive_in_order_on_the_thread(void **state)
{
	(void)state;
	put_all(true);
}

static void without_a_thread_fn_runs_at_once(void **state)
{
	(void)state;
	put_all(false);
}

/* A drain hands over a batch that is not full, and waits for it. */
static void drain_waits_for_a_part_batch(void **state)
{
	struct relay r;
	struct story st;

	(void)state;
	begin(&r, &st, true);
	for (int round = 1; round <= 3; round++) {
		make_story(&st, round);
		relay_put(&r, &st);
		relay_drain(&r);
		assert_int_equal(seen.count, round);
		assert_true(seen.intact[round - 1]);
	}
	end(&r, &st);
}

/* Without a thread, fn is given the caller's own story. */
static void without_a_thread_fn_gets_the_story_itself(void **state)
{
	struct relay r;
	struct story st;

	(void)state;
	begin(&r, &st, false);
	make_story(&st, 4);
	relay_put(&r, &st);
	assert_int_equal(seen.count, 1);
	assert_ptr_equal(seen.last, &st);
	end(&r, &st);
}

static void count(struct story *st, void *ctx)
{
	(void)st;
	(*(long *)ctx)++;
}

/* A batch goes to the thread by what it holds, its line records counted
 * with its text: stories of many short lines (a record is larger than a
 * short line) do not pile up in a batch past RELAY_BATCH. */
static void short_lines_do_not_pile_up(void **state)
{
	enum { LINES = 200, PUT = 2000 };
	struct relay r;
	struct story st;
	long done = 0;

	(void)state;
	memset(&st, 0, sizeof st);
	buf_reserve(&st.bytes, 2 * LINES);
	for (size_t i = 0; i < LINES; i++)
		memcpy(st.bytes.data + 2 * i, "x\n", 2);
	st.bytes.len = 2 * LINES;
	st.lines = xgrow(NULL, &st.lines_cap, LINES, sizeof *st.lines);
	memset(st.lines, 0, LINES * sizeof *st.lines);
	for (size_t i = 0; i < LINES; i++) {
		st.lines[i].raw = 2 * i;
		line_set_len(&st.lines[i], 1);
		st.lines[i].eol = 1;
	}
	st.nlines = LINES;
	st.file = "short.txt";
	relay_start(&r, count, &done, true);
	for (long n = 1; n <= PUT; n++) {
		st.number = n;
		relay_put(&r, &st);
		const struct relay_batch *b = &r.batch[r.filling];
		assert_true(b->bytes.len + b->nlines * sizeof *b->lines <
			    RELAY_BATCH);
	}
	relay_drain(&r);
	assert_int_equal(done, PUT);
	relay_stop(&r);
	buf_free(&st.bytes);
	free(st.lines);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(stories_arrive_in_order_on_the_thread),
		cmocka_unit_test(without_a_thread_fn_runs_at_once),
		cmocka_unit_test(drain_waits_for_a_part_batch),
		cmocka_unit_test(without_a_thread_fn_gets_the_story_itself),
		cmocka_unit_test(short_lines_do_not_pile_up),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
