/* linefeed.h — a file's lines, read and measured ahead of the segmenter
 * by a thread of their own.
 *
 * Measuring a line (seg_measure: its paragraph measures and its shape)
 * reads only the line, and is half of what the segmenter did per line;
 * here a second thread reads the lines (read.h) and measures them while
 * the segmenter decides the lines before them.  The thread fills a batch
 * of lines (their bytes, as read, and their measures) while the
 * segmenter takes the lines of the other one; batches end at
 * LINEFEED_BATCH bytes or LINEFEED_LINES lines, or with the file, so the
 * two hold at most two batches and the longest line beside them.
 * Without a thread (not asked for, or none could be started), the
 * segmenter's linefeed_next fills a batch itself when it runs out.
 * Either way the lines and their measures are the same, in order. */
#ifndef STORYSIFT_LINEFEED_H
#define STORYSIFT_LINEFEED_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "para.h"
#include "read.h"
#include "shape.h"
#include "worker.h"

enum { LINEFEED_BATCH = 1 << 16, LINEFEED_LINES = 1024 };

/* A line, and what it is alone. */
struct measured {
	struct rawline raw;     /* raw.s points into the batch's bytes */
	struct para para;
	struct shape_info shape;
};

struct linefeed_batch {
	struct buf bytes;       /* each line's BOM, text and terminator */
	struct measured *line;
	size_t n, cap;
	int status;             /* after the last line: 1, more may come;
	                           0, the file ended; -1, a read failed */
	bool full;              /* filled, not yet taken back */
};

struct linefeed {
	struct reader reader;   /* the thread's, or the caller's without one */
	struct worker worker;   /* changed: a batch was filled or given back */
	struct linefeed_batch batch[2];
	int filling, taking;    /* the batch each side has (taking -1: none) */
	size_t next;            /* the next line of batch[taking] */
	bool prev_cut;          /* the thread's: the line before was cut */
	int error;              /* the read that failed: an errno or a
	                           SOURCE_GZIP_* (source_strerror) */
	bool trailing;          /* at the end: bytes after the gzip data
	                           were ignored (source.h) */
};

/* Read fd in lines of at most max_line bytes (read.h); with thread, in a
 * thread of its own (and the reader's blocks in one of theirs). */
void linefeed_start(struct linefeed *f, int fd, size_t max_line,
		    bool thread);
/* 1: the next line in *out, valid until the next call; 0: end of file;
 * -1: a read failed (f->error). */
int linefeed_next(struct linefeed *f, const struct measured **out);
/* End the thread and free everything. */
void linefeed_stop(struct linefeed *f);

#endif
