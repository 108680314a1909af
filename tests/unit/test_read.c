/* test_read.c — bytes to lines: terminators, BOM, offsets that tile the
 * file, over-long lines cut without loss, read errors.  Every test runs
 * twice: with the blocks read in the caller and read ahead by a thread. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "feed.h"
#include "read.h"
#include "text.h"

enum { MAXLINES = 4096, BIG = 1 << 20 };

/* A line as handed out, copied: the reader's slice dies on the next call. */
struct got {
	char text[256];
	size_t len, bom, eol;
	uint64_t offset;
	long lineno;
	bool cut;
};

static struct got lines[MAXLINES];

static bool read_ahead;    /* the reader is started with a thread */

static int with_read_ahead(void **state)
{
	(void)state;
	read_ahead = true;
	return 0;
}

static int without_read_ahead(void **state)
{
	(void)state;
	read_ahead = false;
	return 0;
}


/* Read every line of fd; returns how many. */
static size_t read_fd(int fd, size_t max_line)
{
	struct reader r;
	struct rawline rl;
	size_t count = 0;
	int rc;

	reader_init(&r, fd, max_line, read_ahead);
	while ((rc = reader_next(&r, &rl)) == 1) {
		assert_true(count < MAXLINES);
		struct got *g = &lines[count++];
		memset(g, 0, sizeof *g);
		memcpy(g->text, rl.s, rl.len < sizeof g->text - 1 ? rl.len
								 : sizeof g->text - 1);
		g->len = rl.len;
		g->bom = rl.bom;
		g->eol = rl.eol;
		g->offset = rl.offset;
		g->lineno = rl.lineno;
		g->cut = rl.cut;
	}
	assert_int_equal(rc, 0);
	/* End of file is sticky. */
	assert_int_equal(reader_next(&r, &rl), 0);
	reader_free(&r);
	return count;
}

static size_t read_string(const char *data, size_t n, size_t max_line)
{
	int fd = feed_temp_file(data, n);
	size_t count = read_fd(fd, max_line);

	close(fd);
	return count;
}

#define READ(lit, max) read_string(lit, sizeof(lit) - 1, max)

static size_t size_of(const struct got *g)
{
	return g->bom + g->len + g->eol;
}

/* Each line starts where the one before ended, and they add up to n. */
static void assert_tiles(size_t count, size_t n)
{
	uint64_t at = 0;

	for (size_t i = 0; i < count; i++) {
		assert_int_equal(lines[i].offset, at);
		at += size_of(&lines[i]);
	}
	assert_int_equal(at, n);
}

static void lf_ends_a_line(void **state)
{
	(void)state;
	assert_int_equal(READ("Tide tables\nfor Friday\n", 64), 2);
	assert_string_equal(lines[0].text, "Tide tables");
	assert_int_equal(lines[0].len, 11);
	assert_int_equal(lines[0].eol, 1);
	assert_int_equal(lines[0].offset, 0);
	assert_int_equal(lines[0].lineno, 1);
	assert_false(lines[0].cut);
	assert_string_equal(lines[1].text, "for Friday");
	assert_int_equal(lines[1].offset, 12);
	assert_int_equal(lines[1].lineno, 2);
	assert_int_equal(lines[1].bom, 0);
}

static void crlf_terminator_is_two_bytes(void **state)
{
	(void)state;
	assert_int_equal(READ("Tide tables\r\nfor Friday\r\n", 64), 2);
	assert_string_equal(lines[0].text, "Tide tables");
	assert_int_equal(lines[0].len, 11);
	assert_int_equal(lines[0].eol, 2);
	assert_int_equal(lines[1].offset, 13);
	assert_int_equal(lines[1].len, 10);
	assert_int_equal(lines[1].eol, 2);
	assert_tiles(2, 25);
}

static void lone_cr_is_text(void **state)
{
	(void)state;
	assert_int_equal(READ("low\rtide\n", 64), 1);
	assert_int_equal(lines[0].len, 8);
	assert_memory_equal(lines[0].text, "low\rtide", 8);
	assert_int_equal(lines[0].eol, 1);
}

static void cr_before_end_of_file_is_text(void **state)
{
	(void)state;
	assert_int_equal(READ("ebb tide\r", 64), 1);
	assert_int_equal(lines[0].len, 9);
	assert_int_equal(lines[0].eol, 0);
}

static void cr_cr_lf_keeps_one_cr_as_text(void **state)
{
	(void)state;
	assert_int_equal(READ("ebb\r\r\n", 64), 1);
	assert_int_equal(lines[0].len, 4);
	assert_memory_equal(lines[0].text, "ebb\r", 4);
	assert_int_equal(lines[0].eol, 2);
}

static void last_line_needs_no_newline(void **state)
{
	(void)state;
	assert_int_equal(READ("first\nsecond", 64), 2);
	assert_string_equal(lines[1].text, "second");
	assert_int_equal(lines[1].len, 6);
	assert_int_equal(lines[1].eol, 0);
	assert_int_equal(lines[1].lineno, 2);
	assert_tiles(2, 12);
}

static void bom_is_skipped_but_counted(void **state)
{
	(void)state;
	assert_int_equal(READ("\xEF\xBB\xBFQuay\nNorth\n", 64), 2);
	assert_string_equal(lines[0].text, "Quay");
	assert_int_equal(lines[0].len, 4);
	assert_int_equal(lines[0].bom, 3);
	assert_int_equal(lines[0].offset, 0);
	assert_int_equal(lines[1].offset, 8);
	assert_int_equal(lines[1].bom, 0);
	assert_tiles(2, 14);
}

static void bom_with_crlf(void **state)
{
	(void)state;
	assert_int_equal(READ("\xEF\xBB\xBFQuay\r\nNorth", 64), 2);
	assert_int_equal(lines[0].bom, 3);
	assert_int_equal(lines[0].len, 4);
	assert_int_equal(lines[0].eol, 2);
	assert_int_equal(lines[1].offset, 9);
	assert_tiles(2, 14);
}

static void bom_alone_on_first_line(void **state)
{
	(void)state;
	assert_int_equal(READ("\xEF\xBB\xBF\nNorth\n", 64), 2);
	assert_int_equal(lines[0].bom, 3);
	assert_int_equal(lines[0].len, 0);
	assert_int_equal(lines[1].offset, 4);
}

static void bom_later_in_file_is_text(void **state)
{
	(void)state;
	assert_int_equal(READ("Quay\n\xEF\xBB\xBFNorth\n", 64), 2);
	assert_int_equal(lines[1].bom, 0);
	assert_int_equal(lines[1].len, 8);
}

static void blank_lines_are_lines(void **state)
{
	(void)state;
	assert_int_equal(READ("one\n\n  \n\r\ntwo\n", 64), 5);
	assert_int_equal(lines[1].len, 0);
	assert_int_equal(lines[1].eol, 1);
	assert_int_equal(lines[1].lineno, 2);
	assert_int_equal(lines[2].len, 2);
	assert_int_equal(lines[3].len, 0);
	assert_int_equal(lines[3].eol, 2);
	assert_string_equal(lines[4].text, "two");
	assert_int_equal(lines[4].lineno, 5);
	assert_tiles(5, 14);
}

static void offsets_tile_the_file(void **state)
{
	static const char data[] =
		"\xEF\xBB\xBF" "Ferry fares\r\n\nrise\rtoday\n"
		"\xE6\xB8\xAF\xE5\x8F\xA3 (port)\r\n\r\n\n   \nlast words";

	(void)state;
	size_t count = read_string(data, sizeof data - 1, 64);
	assert_int_equal(count, 8);
	assert_tiles(count, sizeof data - 1);
	for (size_t i = 0; i < count; i++)
		assert_int_equal(lines[i].lineno, (long)i + 1);
}

static void empty_file_gives_no_lines(void **state)
{
	(void)state;
	assert_int_equal(read_string("", 0, 64), 0);
}

static void single_newline_is_one_blank_line(void **state)
{
	(void)state;
	assert_int_equal(READ("\n", 64), 1);
	assert_int_equal(lines[0].len, 0);
	assert_int_equal(lines[0].eol, 1);
}

static void long_line_is_cut_and_nothing_lost(void **state)
{
	static const char data[] =
		"abcdefghijklmnopqrstuvwxyz0123\nshort\n";

	(void)state;
	size_t count = read_string(data, sizeof data - 1, 8);
	assert_int_equal(count, 5);
	assert_int_equal(lines[0].len, 8);
	assert_true(lines[0].cut);
	assert_int_equal(lines[0].eol, 0);
	assert_int_equal(lines[1].len, 8);
	assert_true(lines[1].cut);
	assert_int_equal(lines[2].len, 8);
	assert_true(lines[2].cut);
	assert_int_equal(lines[3].len, 6);
	assert_false(lines[3].cut);
	assert_int_equal(lines[3].eol, 1);
	assert_string_equal(lines[3].text, "yz0123");
	/* All pieces are the same input line. */
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(lines[i].lineno, 1);
	assert_string_equal(lines[4].text, "short");
	assert_int_equal(lines[4].lineno, 2);
	assert_false(lines[4].cut);
	assert_tiles(count, sizeof data - 1);
}

static void long_last_line_without_newline_is_cut(void **state)
{
	static const char data[] = "0123456789abcdefghij";

	(void)state;
	size_t count = read_string(data, sizeof data - 1, 8);
	assert_int_equal(count, 3);
	assert_true(lines[0].cut);
	assert_true(lines[1].cut);
	assert_false(lines[2].cut);
	assert_int_equal(lines[2].len, 4);
	assert_int_equal(lines[2].eol, 0);
	assert_tiles(count, sizeof data - 1);
}

static void long_line_is_cut_at_character_boundary(void **state)
{
	/* ab港口港口: every 3-byte character straddles some 5-byte mark. */
	static const char data[] =
		"ab\xE6\xB8\xAF\xE5\x8F\xA3\xE6\xB8\xAF\xE5\x8F\xA3\n";

	(void)state;
	size_t count = read_string(data, sizeof data - 1, 5);
	assert_true(count >= 3);
	for (size_t i = 0; i < count; i++) {
		bool invalid, nul;
		assert_in_range(lines[i].len, 1, 5);
		text_check((const uint8_t *)lines[i].text, lines[i].len,
			   &invalid, &nul);
		assert_false(invalid);
		assert_int_equal(lines[i].cut, i + 1 < count);
	}
	assert_tiles(count, sizeof data - 1);
}

static void line_of_exactly_max_line_is_not_cut(void **state)
{
	(void)state;
	assert_int_equal(READ("12345678\nnext\n", 8), 2);
	assert_int_equal(lines[0].len, 8);
	assert_false(lines[0].cut);
	assert_int_equal(lines[0].eol, 1);
}

static void crlf_line_of_exactly_max_line_is_not_cut(void **state)
{
	(void)state;
	assert_int_equal(READ("12345678\r\nnext\r\n", 8), 2);
	assert_int_equal(lines[0].len, 8);
	assert_false(lines[0].cut);
	assert_int_equal(lines[0].eol, 2);
}

static void many_lines_across_read_blocks(void **state)
{
	/* Well over one 64 KiB read block, with lines of varied length so
	 * that line ends fall everywhere relative to the block boundary. */
	char *data = malloc(BIG);
	size_t n = 0, want = 0;

	(void)state;
	assert_non_null(data);
	while (n + 300 < BIG / 4 && want < MAXLINES) {
		size_t len = (want * 37) % 200;
		for (size_t k = 0; k < len; k++)
			data[n++] = (char)('a' + (want + k) % 26);
		if (want % 3 == 0)
			data[n++] = '\r';
		data[n++] = '\n';
		want++;
	}
	int fd = feed_temp_file(data, n);
	size_t count = read_fd(fd, 1 << 16);
	close(fd);
	assert_int_equal(count, want);
	for (size_t i = 0; i < count; i++) {
		assert_int_equal(lines[i].len, (i * 37) % 200);
		assert_int_equal(lines[i].eol, i % 3 == 0 ? 2 : 1);
		assert_false(lines[i].cut);
		if (lines[i].len > 0)
			assert_int_equal(lines[i].text[0], 'a' + (char)(i % 26));
	}
	assert_tiles(count, n);
	free(data);
}

static void huge_line_is_cut_into_max_line_pieces(void **state)
{
	/* One line of 200 000 bytes, read 64 KiB at a time, max_line 50 000. */
	size_t n = 200000;
	char *data = malloc(n + 1);

	(void)state;
	assert_non_null(data);
	memset(data, 'w', n);
	data[n] = '\n';
	int fd = feed_temp_file(data, n + 1);
	size_t count = read_fd(fd, 50000);
	close(fd);
	assert_int_equal(count, 4);
	for (size_t i = 0; i < count; i++) {
		assert_int_equal(lines[i].len, 50000);
		assert_int_equal(lines[i].lineno, 1);
		assert_int_equal(lines[i].cut, i < 3);
	}
	assert_int_equal(lines[3].eol, 1);
	assert_tiles(count, n + 1);
	free(data);
}

/* A line of several blocks, under max_line, is one line with every byte
 * in place (its start is carried from block to block as it grows). */
static void line_of_several_blocks_is_whole(void **state)
{
	size_t n = 300007;
	uint8_t *data = malloc(n + 3);
	struct reader r;
	struct rawline rl;

	(void)state;
	assert_non_null(data);
	for (size_t i = 0; i < n; i++)
		data[i] = (uint8_t)('a' + i % 23);
	memcpy(data + n, "\nz", 2);
	int fd = feed_temp_file(data, n + 2);
	reader_init(&r, fd, 1 << 20, read_ahead);
	assert_int_equal(reader_next(&r, &rl), 1);
	assert_int_equal(rl.len, n);
	assert_memory_equal(rl.s, data, n);
	assert_int_equal(reader_next(&r, &rl), 1);
	assert_int_equal(rl.len, 1);
	assert_int_equal(rl.s[0], 'z');
	assert_int_equal(rl.offset, n + 1);
	assert_int_equal(reader_next(&r, &rl), 0);
	reader_free(&r);
	close(fd);
	free(data);
}

static void pipe_input_is_read(void **state)
{
	static const char data[] = "\xEF\xBB\xBFup\r\nthe river\nno newline";
	int fds[2];

	(void)state;
	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], data, sizeof data - 1),
			 (ssize_t)(sizeof data - 1));
	close(fds[1]);
	size_t count = read_fd(fds[0], 64);
	close(fds[0]);
	assert_int_equal(count, 3);
	assert_string_equal(lines[0].text, "up");
	assert_int_equal(lines[0].bom, 3);
	assert_string_equal(lines[1].text, "the river");
	assert_string_equal(lines[2].text, "no newline");
	assert_tiles(count, sizeof data - 1);
}

static void read_error_is_reported(void **state)
{
	struct reader r;
	struct rawline rl;
	int fds[2];

	(void)state;
	/* The write end of a pipe cannot be read. */
	assert_int_equal(pipe(fds), 0);
	reader_init(&r, fds[1], 64, read_ahead);
	assert_int_equal(reader_next(&r, &rl), -1);
	assert_int_equal(r.error, EBADF);
	reader_free(&r);
	close(fds[0]);
	close(fds[1]);
}

/* Each test without and with the thread. */
#define BOTH(f) { #f, f, without_read_ahead, NULL, NULL }, \
		{ #f " (read ahead)", f, with_read_ahead, NULL, NULL }

int main(void)
{
	const struct CMUnitTest tests[] = {
		BOTH(lf_ends_a_line),
		BOTH(crlf_terminator_is_two_bytes),
		BOTH(lone_cr_is_text),
		BOTH(cr_before_end_of_file_is_text),
		BOTH(cr_cr_lf_keeps_one_cr_as_text),
		BOTH(last_line_needs_no_newline),
		BOTH(bom_is_skipped_but_counted),
		BOTH(bom_with_crlf),
		BOTH(bom_alone_on_first_line),
		BOTH(bom_later_in_file_is_text),
		BOTH(blank_lines_are_lines),
		BOTH(offsets_tile_the_file),
		BOTH(empty_file_gives_no_lines),
		BOTH(single_newline_is_one_blank_line),
		BOTH(long_line_is_cut_and_nothing_lost),
		BOTH(long_last_line_without_newline_is_cut),
		BOTH(long_line_is_cut_at_character_boundary),
		BOTH(line_of_exactly_max_line_is_not_cut),
		BOTH(crlf_line_of_exactly_max_line_is_not_cut),
		BOTH(many_lines_across_read_blocks),
		BOTH(huge_line_is_cut_into_max_line_pieces),
		BOTH(line_of_several_blocks_is_whole),
		BOTH(pipe_input_is_read),
		BOTH(read_error_is_reported),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
