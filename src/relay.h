/* relay.h — finished stories, from the segmenter to a second thread that
 * analyses and writes them, so that the two halves of the work (reading
 * and segmenting; analysis and output) run on two cores.
 *
 * relay_put copies a story into a batch; a batch that holds RELAY_BATCH
 * bytes or more (text and line records, counted as for a story) goes to
 * the thread, which calls fn on each of its stories in the
 * order they were put.  Two batches exist: relay_put waits while the
 * thread still has the other.  A story of RELAY_BATCH bytes or more (its
 * text and its line records) is not copied: relay_put waits until the
 * thread has done the stories before it and calls fn itself.  So the
 * relay holds at most two batches of under 2 × RELAY_BATCH bytes each
 * beside the segmenter's story, and --max-story still bounds memory.
 * relay_drain hands over what is left and waits until fn has seen every
 * story.  Without a thread (not asked for, or none could be started),
 * relay_put calls fn itself, at once, on the story given.
 *
 * fn sees a story whose bytes and lines are the relay's copies: it may
 * change the lines and fill in the analysis, not grow bytes or lines. */
#ifndef STORYSIFT_RELAY_H
#define STORYSIFT_RELAY_H

#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>

#include "story.h"
#include "worker.h"

enum { RELAY_BATCH = 1 << 17 };

/* Apart by this many bytes, fields one thread writes often do not share
 * a cache line with fields the other reads or writes often. */
#define STORYSIFT_CACHE_LINE 64

typedef void (*relay_fn)(struct story *st, void *ctx);

/* One story of a batch: its fields, and where its bytes and lines are. */
struct relay_entry {
	const char *file;
	long number;
	enum boundary boundary;
	uint64_t offset;
	long lineno;
	size_t bytes_off, bytes_len;
	size_t lines_off, nlines;
};

struct relay_batch {
	alignas(STORYSIFT_CACHE_LINE) struct buf bytes;
	struct line *lines;
	size_t nlines, lines_cap;
	struct relay_entry *entry;
	size_t nentries, entries_cap;
	bool full;              /* handed to the thread, not yet done */
};

struct relay {
	relay_fn fn;
	void *ctx;
	struct worker worker;   /* changed: a batch was handed over or done */
	struct relay_batch batch[2];    /* each on lines of its own */
	int filling;            /* the batch relay_put adds to */
	alignas(STORYSIFT_CACHE_LINE) struct story view;
	                        /* the story fn sees: analysis arrays kept */
};

/* Start the thread if thread is true; false runs fn in the caller. */
void relay_start(struct relay *r, relay_fn fn, void *ctx, bool thread);
void relay_put(struct relay *r, struct story *st);
void relay_drain(struct relay *r);
/* Drain, end the thread and free everything. */
void relay_stop(struct relay *r);

#endif
