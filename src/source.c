#include "source.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "buf.h"
#include "diag.h"

enum { FIRST, PLAIN, GZIP, DONE };

enum { GZ_IN = 1 << 16 };   /* compressed bytes read at a time */

struct gunzip {
	z_stream z;
	bool in_eof;            /* fd is at its end: what is left is in z */
	bool between;           /* a member ended, the next not yet begun */
	uint8_t in[GZ_IN];
};

static ssize_t read_fd(int fd, uint8_t *buf, size_t cap)
{
	ssize_t got;

	do
		got = read(fd, buf, cap);
	while (got < 0 && errno == EINTR);
	return got;
}

/* End the input, with error (0 at a clean end) due once made bytes are
 * handed out, or now when there are none. */
static ssize_t finish(struct source *s, size_t made, int error)
{
	s->state = DONE;
	s->error = error;
	return made > 0 ? (ssize_t)made : error ? -1 : 0;
}

/* zlib's allocations go through xmalloc: running out ends the program
 * with a message, as everywhere else. */
static voidpf z_alloc(voidpf opaque, uInt items, uInt size)
{
	(void)opaque;
	return xmalloc((size_t)items * size);
}

static void z_free(voidpf opaque, voidpf p)
{
	(void)opaque;
	free(p);
}

/* Move the compressed bytes not yet inflated to the front of the buffer
 * and read more after them.  -1 (errno) when the read fails. */
static int more(struct source *s)
{
	struct gunzip *g = s->gz;
	ssize_t got;

	memmove(g->in, g->z.next_in, g->z.avail_in);
	g->z.next_in = g->in;
	got = read_fd(s->fd, g->in + g->z.avail_in, GZ_IN - g->z.avail_in);
	if (got < 0)
		return -1;
	if (got == 0)
		g->in_eof = true;
	g->z.avail_in += (uInt)got;
	return 0;
}

/* A member has ended: another begins when the next bytes are gzip's
 * magic; anything else is trailing garbage, ignored as gzip does.
 * 1: inflate on; 0: the input has ended; -1: need more bytes first. */
static int next_member(struct source *s)
{
	z_stream *z = &s->gz->z;

	if (z->avail_in < 2 && !s->gz->in_eof)
		return -1;
	if (z->avail_in == 0)
		return 0;
	if (z->avail_in < 2 || z->next_in[0] != 0x1f || z->next_in[1] != 0x8b) {
		s->trailing = true;
		return 0;
	}
	inflateReset(z);
	s->gz->between = false;
	return 1;
}

/* Inflate into buf until it is full, or the compressed bytes at hand are
 * used up and some text came out of them: a pipe is never waited on
 * while there is text to hand on. */
static ssize_t gunzip_read(struct source *s, uint8_t *buf, size_t cap)
{
	struct gunzip *g = s->gz;
	z_stream *z = &g->z;

	z->next_out = buf;
	z->avail_out = (uInt)(cap < UINT_MAX ? cap : UINT_MAX);
	for (;;) {
		size_t made = (size_t)(z->next_out - buf);
		int next = 1;

		if (z->avail_out == 0)
			return (ssize_t)made;
		if (g->between && (next = next_member(s)) == 0)
			return finish(s, made, 0);
		if (next < 0 || z->avail_in == 0) {
			if (next > 0 && g->in_eof)
				return finish(s, made, SOURCE_GZIP_EOF);
			if (made > 0)
				return (ssize_t)made;
			if (more(s) < 0)
				return finish(s, 0, errno);
			continue;
		}
		int rc = inflate(z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END)
			g->between = true;
		else if (rc != Z_OK)    /* Z_BUF_ERROR cannot happen: there
		                           is input and room for output */
			return finish(s, (size_t)(z->next_out - buf),
				      SOURCE_GZIP_CORRUPT);
	}
}

/* The input is gzip: its first n bytes, already read, are in buf. */
static ssize_t gunzip_begin(struct source *s, uint8_t *buf, size_t n,
			    size_t cap)
{
	struct gunzip *g = xmalloc(sizeof *g);

	memset(g, 0, sizeof *g);
	g->z.zalloc = z_alloc;
	g->z.zfree = z_free;
	/* 16 + MAX_WBITS: a gzip header and trailer, the largest window. */
	if (inflateInit2(&g->z, 16 + MAX_WBITS) != Z_OK)
		diag_fatal("zlib %s: %s", zlibVersion(),
			   g->z.msg ? g->z.msg : "cannot start inflating");
	memcpy(g->in, buf, n);
	g->z.next_in = g->in;
	g->z.avail_in = (uInt)n;
	s->gz = g;
	s->state = GZIP;
	return gunzip_read(s, buf, cap);
}

/* The first bytes decide.  Reads go on until there are two of them (a
 * pipe may hand them out one at a time); they stay in buf either way. */
static ssize_t first_read(struct source *s, uint8_t *buf, size_t cap)
{
	size_t n = 0, want = cap < GZ_IN ? cap : GZ_IN;   /* fits g->in */
	ssize_t got = 1;

	while (n < 2 && (got = read_fd(s->fd, buf + n, want - n)) > 0)
		n += (size_t)got;
	if (n >= 2 && buf[0] == 0x1f && buf[1] == 0x8b)
		return gunzip_begin(s, buf, n, cap);
	if (got <= 0)
		return finish(s, n, got < 0 ? errno : 0);
	s->state = PLAIN;
	return (ssize_t)n;
}

void source_start(struct source *s, int fd)
{
	memset(s, 0, sizeof *s);
	s->fd = fd;
	s->state = FIRST;
}

ssize_t source_read(struct source *s, uint8_t *buf, size_t cap)
{
	if (s->state == PLAIN) {
		ssize_t got = read_fd(s->fd, buf, cap);
		if (got <= 0)
			finish(s, 0, got < 0 ? errno : 0);
		return got;
	}
	switch (s->state) {
	case FIRST:
		return first_read(s, buf, cap);
	case GZIP:
		return gunzip_read(s, buf, cap);
	default:
		return s->error ? -1 : 0;
	}
}

void source_stop(struct source *s)
{
	if (s->gz != NULL) {
		inflateEnd(&s->gz->z);
		free(s->gz);
	}
	memset(s, 0, sizeof *s);
}

const char *source_strerror(int error)
{
	switch (error) {
	case SOURCE_GZIP_EOF:
		return "gzip: unexpected end of file";
	case SOURCE_GZIP_CORRUPT:
		return "gzip: invalid compressed data";
	default:
		return strerror(error);
	}
}
