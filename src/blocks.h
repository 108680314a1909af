/* blocks.h — a file's bytes in blocks, each with a map of its line feeds,
 * read ahead by a thread of their own.
 *
 * The reader (read.c) takes the blocks in file order and gives each one
 * back when it has moved on to the next.  With a thread, the thread reads
 * and maps up to BLOCK_COUNT - 1 blocks ahead of the reader, so that the
 * copy out of the kernel and the search for line ends run on another core
 * than the segmenter's; without one, blocks_take reads the block itself.
 * Either way the blocks are the same bytes, in the same order.
 *
 * The bytes are the file's as source.h hands them out: gunzipped when
 * the file is gzip.  A block of length 0 ends the file: at its end, or
 * (error set) where a read failed; nothing is read after it.
 * blocks_stop must come after it (the thread may otherwise be waiting in
 * read) or before the first blocks_take. */
#ifndef STORYSIFT_BLOCKS_H
#define STORYSIFT_BLOCKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "source.h"
#include "worker.h"

enum {
	BLOCK_SIZE = 1 << 16,   /* bytes read at most into one block */
	BLOCK_HEAD = 1 << 12,   /* bytes writable before data: room for the
	                           end of a line begun in the block before */
	BLOCK_COUNT = 4,
};

struct block {
	uint8_t *room;          /* BLOCK_HEAD bytes, then the data */
	uint8_t *data;
	size_t len;
	int error;              /* the read that failed: an errno or a
	                           SOURCE_GZIP_* (source_strerror), else 0 */
	bool trailing;          /* (the end block) bytes after the gzip
	                           data were ignored */
	uint64_t lf[BLOCK_SIZE / 64];   /* bit i % 64 of lf[i / 64]: data[i]
	                                   is a line feed */
	bool full;              /* read, not yet taken */
	bool taken;             /* the reader's until blocks_give_back */
};

struct blocks {
	struct source source;   /* read by whoever fills the blocks */
	struct worker worker;   /* changed: a block was filled or given back */
	int next_fill, next_take;
	struct block block[BLOCK_COUNT];
};

/* Start reading fd, in a thread if thread is true (and one starts). */
void blocks_start(struct blocks *b, int fd, bool thread);
/* The file's next block; it stays the caller's until blocks_give_back. */
struct block *blocks_take(struct blocks *b);
void blocks_give_back(struct blocks *b, struct block *blk);
/* End the thread and free the blocks. */
void blocks_stop(struct blocks *b);

/* The first line feed of blk at or after from; blk->len if none. */
size_t block_next_lf(const struct block *blk, size_t from);

#endif
