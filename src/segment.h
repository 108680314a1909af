/* segment.h — lines to stories (SPEC §2.1), streaming.
 *
 * Lines go in one at a time; a story is handed to the callback as soon as
 * the line that starts the next one is decided, which needs at most
 * LOOKAHEAD further non-blank lines.  Every line lands in exactly one
 * story, so the stories of a file tile it.  The story passed to the
 * callback is valid only during the call. */
#ifndef STORYSIFT_SEGMENT_H
#define STORYSIFT_SEGMENT_H

#include <regex.h>
#include <stddef.h>

#include "cohesion.h"
#include "read.h"
#include "story.h"

enum { SEG_LOOKAHEAD = 3 };

typedef void (*story_fn)(struct story *st, void *ctx);

struct seg_options {
	size_t max_story;           /* bytes; a longer story is cut */
	const regex_t *patterns;    /* --start: a matching line starts a story */
	size_t npatterns;
};

struct segmenter {
	struct seg_options opt;
	story_fn emit;
	void *ctx;
	struct story st;        /* the current story, then the pending lines */
	/* st's bytes and lines are windows into these arrays: ending a
	 * story moves the windows past it instead of moving what follows
	 * it to the front; seg_line moves it when it runs out of room. */
	uint8_t *bytes_base;
	size_t bytes_cap;
	struct line *lines_base;
	size_t lines_cap;
	size_t decided;         /* lines [0, decided) belong to the story */
	size_t pending;         /* non-blank lines not yet decided */
	unsigned body;          /* body paragraphs of the story so far */
	bool headed;            /* the story has a headline line */
	size_t last;            /* last decided content line, or SIZE_MAX */
	size_t prev;            /* last decided non-blank line, or SIZE_MAX */
	struct buf scratch;     /* a NUL-terminated copy for regexec */
	struct vocab vocab;     /* content words of the story's body lines */
	size_t vocab_upto;      /* lines [0, vocab_upto) are in vocab */
	struct vocab seen;      /* scratch for rule_topic_shift */
};

void seg_init(struct segmenter *sg, const struct seg_options *opt,
	      story_fn emit, void *ctx);
void seg_file(struct segmenter *sg, const char *file);
void seg_line(struct segmenter *sg, const struct rawline *rl);
void seg_end(struct segmenter *sg);     /* end of file: emit the rest */
void seg_free(struct segmenter *sg);

#endif
