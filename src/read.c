#include "read.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

void reader_init(struct reader *r, int fd, size_t max_line, bool thread)
{
	memset(r, 0, sizeof *r);
	r->max_line = max_line < 4 ? 4 : max_line;
	r->buf = (const uint8_t *)"";   /* never NULL + 0 */
	blocks_start(&r->blocks, fd, thread);
}

void reader_free(struct reader *r)
{
	blocks_stop(&r->blocks);
	free(r->spill);
	r->spill = NULL;
}

/* Take the next block; the unread bytes (a line begun, never holding a
 * line feed) go just before its data, or with a copy of it into the
 * spill buffer when they do not fit there.  0 at end of file, -1 error. */
static int fill(struct reader *r)
{
	struct block *next = blocks_take(&r->blocks);
	size_t left = r->end - r->pos;

	if (next->len == 0) {
		r->error = next->error;
		r->eof = next->error == 0;
		r->trailing = next->trailing;
		blocks_give_back(&r->blocks, next);
		return r->eof ? 0 : -1;
	}
	if (left <= BLOCK_HEAD) {
		memcpy(next->data - left, r->buf + r->pos, left);
		r->buf = next->data - left;
	} else {
		/* Already in the spill buffer, the bytes move to its front
		 * before it grows (which may move it). */
		bool in_spill = r->buf == r->spill;
		if (in_spill && r->pos > 0)
			memmove(r->spill, r->spill + r->pos, left);
		if (r->spill_cap < left + next->len)
			r->spill = xgrow(r->spill, &r->spill_cap,
					 left + next->len, 1);
		if (!in_spill)
			memcpy(r->spill, r->buf + r->pos, left);
		memcpy(r->spill + left, next->data, next->len);
		r->buf = r->spill;
	}
	if (r->block != NULL)
		blocks_give_back(&r->blocks, r->block);
	r->block = next;
	r->base = left;
	r->pos = 0;
	r->end = left + next->len;
	return 1;
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
	r->offset += len + eol;
}

int reader_next(struct reader *r, struct rawline *out)
{
	for (;;) {
		size_t avail = r->end - r->pos;
		const uint8_t *base = r->buf + r->pos;
		const uint8_t *nl = NULL;
		/* The bytes carried before the block hold no line feed, nor,
		 * once the file has ended, do the bytes left. */
		size_t from = r->pos > r->base ? r->pos : r->base;

		if (from < r->end && !r->eof) {
			size_t at = block_next_lf(r->block, from - r->base);
			if (at < r->block->len)
				nl = r->buf + r->base + at;
		}
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
