/* segment.h — lines to stories (SPEC §2.1), streaming.
 *
 * Lines go in one at a time.  Each gets its shape (shape.h) as it comes
 * in and its role (role.h) once ROLE_LOOKAHEAD further non-blank lines
 * have come; the boundary rules (rules.h) then read roles, not raw text: a cut
 * prose paragraph, a header block after a story that has begun, a
 * dateline after a complete paragraph, text after a footer.  A line a
 * --start pattern matches is marked as it comes in: it starts a story
 * (unless it is the story's first line) and the rules then see the story
 * begin at the line after it, as at a file's start.  A story is
 * handed to the callback as soon as the line that starts the next one
 * is decided.  Every line lands in exactly one story, so the stories of
 * a file tile it.  The story passed to the callback is valid only during
 * the call. */
#ifndef STORYSIFT_SEGMENT_H
#define STORYSIFT_SEGMENT_H

#include <regex.h>
#include <stddef.h>

#include "buf.h"
#include "read.h"
#include "role.h"
#include "rules.h"
#include "story.h"

typedef void (*story_fn)(struct story *st, void *ctx);

/* The window holds at most the line being decided and ROLE_LOOKAHEAD
 * lines after it. */
enum { SEG_WINDOW = 16 };
_Static_assert((int)SEG_WINDOW > (int)ROLE_LOOKAHEAD,
	       "the window holds cur and next");

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
	size_t pending;         /* non-blank lines not yet decided ... */
	struct wline window[SEG_WINDOW];    /* ... in a ring, the oldest */
	size_t window_head;                 /* at window_head */
	unsigned gap;           /* blank lines since the last non-blank one */
	bool prev_cut;          /* the line before was cut (over-long) */
	bool at_end;            /* the file has ended: decide what is left */
	struct buf scratch;     /* a NUL-terminated copy of a line, for
	                           the --start patterns' regexec */
	struct roles roles;     /* role.c's memory of this file */
	size_t stamp_at;        /* the story's last stamp: its line in st,
	                           or NO_LINE ... */
	uint32_t stamp_pattern; /* ... and its shape's pattern (role.h) */

	struct sofar sf;        /* what the boundary rules ask about */

	const char *rule;       /* the rule that started the story (for the
	                           developers' tools; boundary names it) */
};

void seg_init(struct segmenter *sg, const struct seg_options *opt,
	      story_fn emit, void *ctx);
void seg_file(struct segmenter *sg, const char *file);
void seg_line(struct segmenter *sg, const struct rawline *rl);
/* What a line is alone, which is all seg_line asks of it before it takes
 * it: its measures and its shape (for a kicker paragraph, whether its
 * deck runs to its end).  piece: it goes on with a line cut for being
 * over-long.  It reads only the line, so it may run on another thread,
 * ahead of the segmenter (linefeed.h). */
void seg_measure(const uint8_t *s, size_t len, bool piece, struct para *p,
		 struct shape_info *shape);
/* seg_line for a line seg_measure has measured. */
void seg_measured(struct segmenter *sg, const struct rawline *rl,
		  const struct para *p, const struct shape_info *shape);
void seg_end(struct segmenter *sg);     /* end of file: emit the rest */
void seg_free(struct segmenter *sg);

#endif
