/* test_source.c — a file descriptor's bytes, gunzipped when they start
 * with 1f 8b: plain input byte for byte (also 0, 1 and 2 bytes, a lone
 * 1f, a pipe that hands out one byte per read), gzip read back whole,
 * concatenated members, trailing garbage ignored, a truncated or corrupt
 * stream an error after the text before it, a failed read an errno. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include "feed.h"
#include "source.h"

enum { TEXT = 300 * 1024, ROOM = 2 * TEXT + 1024 };

/* What a source handed out, and how it ended. */
struct result {
	uint8_t *bytes;
	size_t len;
	int end;        /* the last source_read: 0 or -1 */
	int error;
	bool trailing;
};

/* Read fd to its end through a source, cap bytes at a time. */
static struct result read_all(int fd, size_t cap)
{
	struct result res = { .bytes = malloc(ROOM) };
	uint8_t *buf = malloc(cap);
	struct source s;
	ssize_t got;

	assert_non_null(res.bytes);
	assert_non_null(buf);
	source_start(&s, fd);
	while ((got = source_read(&s, buf, cap)) > 0) {
		assert_true((size_t)got <= cap);
		assert_true(res.len + (size_t)got <= ROOM);
		memcpy(res.bytes + res.len, buf, (size_t)got);
		res.len += (size_t)got;
	}
	res.end = (int)got;
	res.error = s.error;
	res.trailing = s.trailing;
	/* Nothing is read after the end: the same answer again. */
	assert_int_equal(source_read(&s, buf, cap), got);
	source_stop(&s);
	free(buf);
	return res;
}

static struct result read_bytes(const void *data, size_t n, size_t cap)
{
	int fd = feed_temp_file(data, n);
	struct result res = read_all(fd, cap);

	close(fd);
	return res;
}

/* One gzip member of n bytes of in, into out (cap bytes): its length. */
static size_t gzip_member(const uint8_t *in, size_t n, uint8_t *out,
			  size_t cap)
{
	z_stream z;

	memset(&z, 0, sizeof z);
	assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8,
				      Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (Bytef *)in;
	z.avail_in = (uInt)n;
	z.next_out = out;
	z.avail_out = (uInt)cap;
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	size_t len = z.total_out;
	deflateEnd(&z);
	return len;
}

/* n bytes of text, lines of words; with noise, random bytes that do not
 * compress, so that the gzip stream spans several reads. */
static uint8_t *make_text(size_t n, bool noise)
{
	static const char *const words[] = { "harbour", "ferry", "council",
		"the", "said", "Taipei", "on", "Monday", "a", "vote" };
	uint8_t *t = malloc(n);
	uint32_t x = 12345;
	size_t i = 0;

	assert_non_null(t);
	while (i < n) {
		x = x * 1103515245u + 12345u;
		if (noise) {
			t[i++] = (uint8_t)(x >> 16);
			continue;
		}
		const char *w = words[(x >> 16) % 10];
		for (size_t k = 0; w[k] != '\0' && i < n; k++)
			t[i++] = (uint8_t)w[k];
		if (i < n)
			t[i++] = (x >> 8) % 13 == 0 ? '\n' : ' ';
	}
	return t;
}

static void assert_plain(const char *data, size_t n)
{
	for (size_t cap = 2; cap <= 5; cap += 3) {
		struct result r = read_bytes(data, n, cap);
		assert_int_equal(r.end, 0);
		assert_int_equal(r.len, n);
		assert_memory_equal(r.bytes, data, n);
		assert_false(r.trailing);
		free(r.bytes);
	}
}

static void short_plain_inputs_pass_through(void **state)
{
	(void)state;
	assert_plain("", 0);
	assert_plain("a", 1);
	assert_plain("ab", 2);
	assert_plain("\n", 1);
	assert_plain("\x1f", 1);
	assert_plain("\x8b\x1f", 2);
	assert_plain("\037a", 2);
	assert_plain("\x1f\x8a rest", 7);
}

static void plain_text_passes_through(void **state)
{
	uint8_t *t = make_text(TEXT, false);

	(void)state;
	assert_plain((const char *)t, TEXT);
	free(t);
}

static void gzip_reads_back(void **state)
{
	uint8_t *t = make_text(TEXT, false), *gz = malloc(ROOM);

	(void)state;
	size_t n = gzip_member(t, TEXT, gz, ROOM);
	static const size_t caps[] = { 2, 1000, 1 << 16 };
	for (size_t i = 0; i < 3; i++) {
		struct result r = read_bytes(gz, n, caps[i]);
		assert_int_equal(r.end, 0);
		assert_int_equal(r.len, TEXT);
		assert_memory_equal(r.bytes, t, TEXT);
		free(r.bytes);
	}
	free(t);
	free(gz);
}

/* Random bytes: the compressed stream is longer than one read. */
static void incompressible_gzip_reads_back(void **state)
{
	uint8_t *t = make_text(TEXT, true), *gz = malloc(ROOM);

	(void)state;
	size_t n = gzip_member(t, TEXT, gz, ROOM);
	assert_true(n > 2 * (1 << 16));
	struct result r = read_bytes(gz, n, 1 << 16);
	assert_int_equal(r.end, 0);
	assert_int_equal(r.len, TEXT);
	assert_memory_equal(r.bytes, t, TEXT);
	free(r.bytes);
	free(t);
	free(gz);
}

static void empty_gzip_is_empty(void **state)
{
	uint8_t gz[64];

	(void)state;
	size_t n = gzip_member((const uint8_t *)"", 0, gz, sizeof gz);
	struct result r = read_bytes(gz, n, 1 << 16);
	assert_int_equal(r.end, 0);
	assert_int_equal(r.len, 0);
	free(r.bytes);
}

static void concatenated_members_are_one_text(void **state)
{
	static const char a[] = "first member\n", b[] = "second member\n";
	uint8_t gz[256];

	(void)state;
	size_t n = gzip_member((const uint8_t *)a, sizeof a - 1, gz, sizeof gz);
	n += gzip_member((const uint8_t *)b, sizeof b - 1, gz + n,
			 sizeof gz - n);
	for (size_t cap = 2; cap <= 64; cap += 62) {
		struct result r = read_bytes(gz, n, cap);
		assert_int_equal(r.end, 0);
		assert_int_equal(r.len, sizeof a + sizeof b - 2);
		assert_memory_equal(r.bytes, "first member\nsecond member\n",
				    r.len);
		assert_false(r.trailing);
		free(r.bytes);
	}
}

/* gzip -d says "trailing garbage ignored" and so do we: the text is
 * whole, the end is clean, trailing says so. */
static void trailing_garbage_is_ignored(void **state)
{
	static const char a[] = "all of it\n";
	static const char *const garbage[] = { "junk", "\x1f", "\0\0\0\0",
		"\x8b\x1f" };
	static const size_t garbage_len[] = { 4, 1, 4, 2 };
	uint8_t gz[256];

	(void)state;
	size_t n = gzip_member((const uint8_t *)a, sizeof a - 1, gz, sizeof gz);
	for (size_t i = 0; i < 4; i++) {
		memcpy(gz + n, garbage[i], garbage_len[i]);
		struct result r = read_bytes(gz, n + garbage_len[i], 64);
		assert_int_equal(r.end, 0);
		assert_int_equal(r.len, sizeof a - 1);
		assert_memory_equal(r.bytes, a, r.len);
		assert_true(r.trailing);
		free(r.bytes);
	}
}

/* Cut in the middle: the text decoded before the cut, then the error. */
static void truncated_gzip_is_an_error_after_its_text(void **state)
{
	uint8_t *t = make_text(TEXT, false), *gz = malloc(ROOM);

	(void)state;
	size_t n = gzip_member(t, TEXT, gz, ROOM);
	struct result r = read_bytes(gz, n / 2, 1 << 16);
	assert_int_equal(r.end, -1);
	assert_int_equal(r.error, SOURCE_GZIP_EOF);
	assert_true(r.len > TEXT / 4);
	assert_true(r.len < TEXT);
	assert_memory_equal(r.bytes, t, r.len);
	free(r.bytes);
	/* Cut in the trailer: all the text, then the error. */
	r = read_bytes(gz, n - 3, 1 << 16);
	assert_int_equal(r.end, -1);
	assert_int_equal(r.error, SOURCE_GZIP_EOF);
	assert_int_equal(r.len, TEXT);
	assert_memory_equal(r.bytes, t, TEXT);
	free(r.bytes);
	free(t);
	free(gz);
}

/* The magic alone, or a header cut short, is a gzip file cut short. */
static void magic_alone_is_truncated_gzip(void **state)
{
	static const char *const cuts[] = { "\x1f\x8b", "\x1f\x8b\x08",
		"\x1f\x8b\x08\0\0\0\0\0\0\x03" };
	static const size_t cut_len[] = { 2, 3, 10 };

	(void)state;
	for (size_t i = 0; i < 3; i++) {
		struct result r = read_bytes(cuts[i], cut_len[i], 64);
		assert_int_equal(r.end, -1);
		assert_int_equal(r.error, SOURCE_GZIP_EOF);
		assert_int_equal(r.len, 0);
		free(r.bytes);
	}
}

static void corrupt_gzip_is_an_error(void **state)
{
	uint8_t *t = make_text(TEXT, false), *gz = malloc(ROOM);

	(void)state;
	size_t n = gzip_member(t, TEXT, gz, ROOM);
	for (size_t i = n / 2; i < n / 2 + 16; i++)
		gz[i] ^= 0x55;
	struct result r = read_bytes(gz, n, 1 << 16);
	assert_int_equal(r.end, -1);
	assert_int_equal(r.error, SOURCE_GZIP_CORRUPT);
	assert_true(r.len < ROOM);
	free(r.bytes);
	/* The data intact but its CRC wrong: all of it, then the error. */
	for (size_t i = n / 2; i < n / 2 + 16; i++)
		gz[i] ^= 0x55;
	gz[n - 8] ^= 1;
	r = read_bytes(gz, n, 1 << 16);
	assert_int_equal(r.end, -1);
	assert_int_equal(r.error, SOURCE_GZIP_CORRUPT);
	assert_int_equal(r.len, TEXT);
	free(r.bytes);
	/* Not deflate at all after the magic. */
	r = read_bytes("\x1f\x8b plain text", 13, 64);
	assert_int_equal(r.end, -1);
	assert_int_equal(r.error, SOURCE_GZIP_CORRUPT);
	free(r.bytes);
	free(t);
	free(gz);
}

/* A socket of SOCK_SEQPACKET hands out one packet per read: the writer's
 * one-byte packets arrive one byte per read, as a slow pipe may. */
struct trickle {
	int fd;
	const uint8_t *data;
	size_t n;
};

static void *trickle_writer(void *arg)
{
	struct trickle *t = arg;

	for (size_t i = 0; i < t->n; i++)
		if (write(t->fd, t->data + i, 1) != 1)
			break;
	close(t->fd);
	return NULL;
}

static struct result read_trickled(const uint8_t *data, size_t n,
				   size_t cap)
{
	int sv[2];
	pthread_t writer;

	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	struct trickle t = { sv[1], data, n };
	assert_int_equal(pthread_create(&writer, NULL, trickle_writer, &t), 0);
	struct result r = read_all(sv[0], cap);
	pthread_join(writer, NULL);
	close(sv[0]);
	return r;
}

static void one_byte_per_read_loses_nothing(void **state)
{
	static const char *const plain[] = { "", "a", "\x1f", "\037a\n",
		"\x1f\x1f\x8b", "plain text\nof two lines\n" };
	uint8_t *t = make_text(5000, false), *gz = malloc(ROOM);

	(void)state;
	for (size_t i = 0; i < 6; i++) {
		size_t len = strlen(plain[i]);
		struct result r = read_trickled((const uint8_t *)plain[i], len,
						1 << 16);
		assert_int_equal(r.end, 0);
		assert_int_equal(r.len, len);
		assert_memory_equal(r.bytes, plain[i], len);
		free(r.bytes);
	}
	size_t n = gzip_member(t, 5000, gz, ROOM);
	struct result r = read_trickled(gz, n, 1 << 16);
	assert_int_equal(r.end, 0);
	assert_int_equal(r.len, 5000);
	assert_memory_equal(r.bytes, t, 5000);
	free(r.bytes);
	free(t);
	free(gz);
}

static void failed_read_is_an_errno(void **state)
{
	int fds[2];

	(void)state;
	/* The write end of a pipe cannot be read. */
	assert_int_equal(pipe(fds), 0);
	struct result r = read_all(fds[1], 64);
	assert_int_equal(r.end, -1);
	assert_int_equal(r.error, EBADF);
	assert_int_equal(r.len, 0);
	free(r.bytes);
	close(fds[0]);
	close(fds[1]);
}

static void errors_are_described(void **state)
{
	(void)state;
	assert_string_equal(source_strerror(SOURCE_GZIP_EOF),
			    "gzip: unexpected end of file");
	assert_string_equal(source_strerror(SOURCE_GZIP_CORRUPT),
			    "gzip: invalid compressed data");
	assert_string_equal(source_strerror(EBADF), strerror(EBADF));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(short_plain_inputs_pass_through),
		cmocka_unit_test(plain_text_passes_through),
		cmocka_unit_test(gzip_reads_back),
		cmocka_unit_test(incompressible_gzip_reads_back),
		cmocka_unit_test(empty_gzip_is_empty),
		cmocka_unit_test(concatenated_members_are_one_text),
		cmocka_unit_test(trailing_garbage_is_ignored),
		cmocka_unit_test(truncated_gzip_is_an_error_after_its_text),
		cmocka_unit_test(magic_alone_is_truncated_gzip),
		cmocka_unit_test(corrupt_gzip_is_an_error),
		cmocka_unit_test(one_byte_per_read_loses_nothing),
		cmocka_unit_test(failed_read_is_an_errno),
		cmocka_unit_test(errors_are_described),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
