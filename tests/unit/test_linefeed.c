/* test_linefeed.c — lines read and measured ahead: the same lines, bytes
 * and measures as the reader and seg_measure give one line at a time,
 * across batch ends (by bytes and by lines), for over-long lines cut in
 * pieces, a BOM, CRLF, no final newline and an empty file; with and
 * without the thread. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "feed.h"
#include "linefeed.h"
#include "segment.h"

static bool threaded;

static int with_thread(void **state)
{
	(void)state;
	threaded = true;
	return 0;
}

static int without_thread(void **state)
{
	(void)state;
	threaded = false;
	return 0;
}


/* Read data both ways and hold every line of the linefeed to the
 * reader's line and seg_measure's measures of it. */
static void same_as_reader(const char *data, size_t n, size_t max_line,
			   size_t expect_lines)
{
	int fd1 = feed_temp_file(data, n), fd2 = feed_temp_file(data, n);
	struct reader r;
	struct linefeed f;
	struct rawline rl;
	const struct measured *m;
	size_t count = 0;
	bool piece = false;
	int got;

	reader_init(&r, fd1, max_line, false);
	linefeed_start(&f, fd2, max_line, threaded);
	while ((got = reader_next(&r, &rl)) > 0) {
		struct para p;
		struct shape_info sh;
		assert_int_equal(linefeed_next(&f, &m), 1);
		assert_int_equal(m->raw.len, rl.len);
		assert_int_equal(m->raw.bom, rl.bom);
		assert_int_equal(m->raw.eol, rl.eol);
		assert_int_equal(m->raw.offset, rl.offset);
		assert_int_equal(m->raw.lineno, rl.lineno);
		assert_int_equal(m->raw.cut, rl.cut);
		assert_memory_equal(m->raw.s - m->raw.bom, rl.s - rl.bom,
				    rl.bom + rl.len + rl.eol);
		seg_measure(rl.s, rl.len, piece, &p, &sh);
		assert_int_equal(m->para.words, p.words);
		assert_int_equal(m->para.blank, p.blank);
		assert_int_equal(m->shape.shape, sh.shape);
		assert_int_equal(m->shape.flags, sh.flags);
		piece = rl.cut;
		count++;
	}
	assert_int_equal(got, 0);
	assert_int_equal(linefeed_next(&f, &m), 0);
	assert_int_equal(linefeed_next(&f, &m), 0);     /* and stays so */
	assert_int_equal(count, expect_lines);
	linefeed_stop(&f);
	reader_free(&r);
	close(fd1);
	close(fd2);
}

static void empty_file_has_no_line(void **state)
{
	(void)state;
	same_as_reader("", 0, 1 << 20, 0);
}

static void bom_crlf_and_no_final_newline(void **state)
{
	static const char data[] =
		"\xEF\xBB\xBFTAIPEI (Reuters) - The ferry will run.\r\n"
		"\r\n"
		"Ferry Services Resume\n"
		"last line without a newline";

	(void)state;
	same_as_reader(data, sizeof data - 1, 1 << 20, 4);
}

/* More lines than a batch holds, and more bytes than a batch holds. */
static void batches_end_by_lines_and_by_bytes(void **state)
{
	size_t n = 3 * LINEFEED_LINES + 7, at = 0;
	char *data = malloc(n * 64 + 4 * LINEFEED_BATCH + 64);

	(void)state;
	for (size_t i = 0; i < n; i++)
		at += (size_t)sprintf(data + at, i % 3 ? "Line %zu of the feed.\n" :
				      "\n", i);
	/* Then a few long lines, two batches' worth of bytes. */
	for (int k = 0; k < 4; k++) {
		memset(data + at, 'a' + k, LINEFEED_BATCH / 2);
		at += LINEFEED_BATCH / 2;
		data[at++] = '\n';
	}
	same_as_reader(data, at, 1 << 20, n + 4);
	free(data);
}

/* A line over max_line comes in pieces, each measured as a piece. */
static void over_long_line_in_pieces(void **state)
{
	size_t len = 10000, at = 0;
	char *data = malloc(len + 64);

	(void)state;
	at += (size_t)sprintf(data, "EDITORIAL: ");
	memset(data + at, 'x', len);
	at += len;
	data[at++] = '\n';
	same_as_reader(data, at, 4096, 3);
	free(data);
}

#define BOTH(t) \
	cmocka_unit_test_setup(t, with_thread), \
	cmocka_unit_test_setup(t, without_thread)

int main(void)
{
	const struct CMUnitTest tests[] = {
		BOTH(empty_file_has_no_line),
		BOTH(bom_crlf_and_no_final_newline),
		BOTH(batches_end_by_lines_and_by_bytes),
		BOTH(over_long_line_in_pieces),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
