#include "read.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"

enum { BLOCK = 1 << 16 };

void reader_init(struct reader *r, int fd, size_t max_line)
{
	memset(r, 0, sizeof *r);
	r->fd = fd;
	r->max_line = max_line < 4 ? 4 : max_line;
	/* Allocated now, so that r->buf + offset is never NULL + 0. */
	r->buf = xgrow(NULL, &r->cap, BLOCK, 1);
}

void reader_free(struct reader *r)
{
	free(r->buf);
	r->buf = NULL;
}

/* Read one more block after the unread bytes; 0 at end of file, -1 error. */
static int fill(struct reader *r)
{
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->end - r->pos);
		r->end -= r->pos;
		r->scanned -= r->pos;
		r->pos = 0;
	}
	if (r->cap - r->end < BLOCK)
		r->buf = xgrow(r->buf, &r->cap, r->end + BLOCK, 1);
	for (;;) {
		ssize_t got = read(r->fd, r->buf + r->end, r->cap - r->end);
		if (got > 0) {
			r->end += (size_t)got;
			return 1;
		}
		if (got == 0) {
			r->eof = true;
			return 0;
		}
		if (errno != EINTR) {
			r->error = errno;
			return -1;
		}
	}
}

/* Where to cut an over-long line: at most max bytes, not inside a UTF-8
 * sequence (backing off at most three continuation bytes) nor a CRLF. */
static size_t cut_point(const uint8_t *s, size_t max)
{
	size_t at = max;

	for (int k = 0; k < 3 && at > 1 && (s[at] & 0xC0) == 0x80; k++)
		at--;
	if ((s[at] & 0xC0) == 0x80)
		at = max;
	if (s[at - 1] == '\r' && at > 1)
		at--;
	return at;
}

static void emit(struct reader *r, struct rawline *out, size_t len,
		 size_t eol, bool cut)
{
	const uint8_t *s = r->buf + r->pos;
	size_t bom = 0;

	if (!r->started && len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		bom = 3;
	r->started = true;
	if (!r->continues)
		r->lineno++;
	out->s = s + bom;
	out->len = len - bom;
	out->bom = bom;
	out->eol = eol;
	out->offset = r->offset;
	out->lineno = r->lineno;
	out->cut = cut;
	r->continues = cut;
	r->pos += len + eol;
	r->scanned = r->pos;
	r->offset += len + eol;
}

int reader_next(struct reader *r, struct rawline *out)
{
	for (;;) {
		size_t avail = r->end - r->pos;
		const uint8_t *base = r->buf + r->pos;
		const uint8_t *nl = NULL;

		if (r->scanned < r->end)
			nl = memchr(r->buf + r->scanned, '\n', r->end - r->scanned);
		if (nl != NULL) {
			size_t len = (size_t)(nl - base), eol = 1;
			if (len > 0 && base[len - 1] == '\r') {
				len--;   /* the CR of a CRLF is terminator, */
				eol = 2; /* not text: it does not count */
			}
			if (len <= r->max_line) {
				emit(r, out, len, eol, false);
				return 1;
			}
		}
		r->scanned = r->end;
		if (avail > r->max_line) {
			emit(r, out, cut_point(base, r->max_line), 0, true);
			return 1;
		}
		if (r->eof) {
			if (avail == 0)
				return 0;
			emit(r, out, avail, 0, false);
			return 1;
		}
		if (fill(r) < 0)
			return -1;
	}
}
