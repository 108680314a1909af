/* read.h — bytes to lines, one file at a time.
 *
 * The reader takes the file in blocks (blocks.h), read ahead by a thread
 * of their own when asked, and hands out lines as slices of a block (or,
 * for a line begun in the block before, of its own buffer), valid until
 * the next call.  A line is the bytes before LF; a CR
 * just before the LF is part of the terminator (CRLF), any other CR is text.
 * A UTF-8 byte-order mark at the start of the file is reported in `bom` and
 * left out of the line's text.  A line longer than max_line is handed out
 * in pieces of at most max_line bytes (cut at a character boundary), each
 * with `cut` set but the last; no byte is ever dropped. */
#ifndef STORYSIFT_READ_H
#define STORYSIFT_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "blocks.h"

struct rawline {
	const uint8_t *s;   /* text, without BOM and terminator */
	size_t len;
	size_t bom;         /* bytes of BOM before s (0 or 3) */
	size_t eol;         /* bytes of terminator after s: 0, 1 or 2 */
	uint64_t offset;    /* file offset of the line's first byte (BOM incl.) */
	long lineno;        /* 1-based */
	bool cut;           /* an over-long line continues in the next piece */
};

struct reader {
	struct blocks blocks;
	struct block *block;  /* where the window's newest bytes come from */
	const uint8_t *buf;   /* the window: unread bytes are [pos, end) */
	size_t pos, end;
	size_t base;          /* where block->data starts in the window */
	uint8_t *spill;       /* the window when a line begun in the block
	                         before is longer than BLOCK_HEAD */
	size_t spill_cap;
	uint64_t offset;    /* file offset of buf[pos] */
	long lineno;
	size_t max_line;
	bool eof, started, continues;
	int error;          /* a failed read's errno or SOURCE_GZIP_*, else 0 */
	bool trailing;      /* at the end: bytes after the gzip data ignored */
};

/* Read fd; with thread, the blocks are read ahead by a thread. */
void reader_init(struct reader *r, int fd, size_t max_line, bool thread);
/* 1: a line in *out; 0: end of file; -1: read error (r->error). */
int reader_next(struct reader *r, struct rawline *out);
void reader_free(struct reader *r);

#endif
