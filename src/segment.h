/* segment.h — lines to stories (SPEC §2.1), streaming.
 *
 * Lines go in one at a time.  Each gets its shape (shape.h) as it comes
 * in and its role (role.h) once ROLE_LOOKAHEAD further non-blank lines
 * have come; the boundary rules then read roles, not raw text: a cut
 * prose paragraph, a header block after a story that has begun, a
 * dateline after a complete paragraph, text after a footer.  A story is
 * handed to the callback as soon as the line that starts the next one
 * is decided.  Every line lands in exactly one story, so the stories of
 * a file tile it.  The story passed to the callback is valid only during
 * the call. */
#ifndef STORYSIFT_SEGMENT_H
#define STORYSIFT_SEGMENT_H

#include <regex.h>
#include <stddef.h>

#include "buf.h"
#include "cohesion.h"
#include "read.h"
#include "role.h"
#include "story.h"

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
	unsigned gap;           /* blank lines since the last non-blank one */
	bool at_end;            /* the file has ended: decide what is left */
	struct roles roles;     /* role.c's memory of this file */

	/* The story so far. */
	unsigned body;          /* body paragraphs */
	unsigned body_words;    /* their words (each counted up to 64) */
	uint32_t headline_text[2];  /* text hashes of its headlines */
	unsigned headline_words;    /* words of its first headline */
	unsigned latin_body, cjk_body;  /* of them, in which script */
	unsigned headlines, decks, subheads;
	unsigned long_decks;    /* decks long enough to be a standfirst */
	size_t last_deck;       /* the last of them, or SIZE_MAX */
	uint32_t opening;       /* the text hash of the story's first line */
	size_t last_body;       /* the last body paragraph, or SIZE_MAX */
	size_t prev;            /* the last non-blank line, or SIZE_MAX */
	size_t prev_content;    /* ... that is not a credit, or SIZE_MAX */
	bool ended;             /* a footer, sign-off or link after the text */
	bool link;              /* a teaser link after the last paragraph */
	size_t last_link;       /* the line that holds it, or SIZE_MAX */
	bool caption_after;     /* a caption after the last paragraph */
	bool comments;          /* a comment section has begun */
	bool opened_by_lead;    /* the story opened at a header block */
	bool item;              /* ... of a headline-only item */
	bool after_formfeed;    /* the last non-blank line was a form feed */
	bool page_first;        /* the story opens a page (the file's first
	                           story, or one after a cut-off page) */

	/* This file so far. */
	unsigned headed_stories;  /* stories opened at a header block */
	unsigned single_run;    /* one-paragraph stories in a row, laid
	                           out alike (the same gap above each) */
	unsigned start_gap;     /* blank lines above the story's first line */
	unsigned run_gap;       /* ... above the story before it */
	unsigned multi_stories; /* stories of several paragraphs */

	const char *rule;       /* the rule that started the story (for the
	                           developers' tools; boundary names it) */
	struct buf scratch;     /* a NUL-terminated copy for regexec */
	struct vocab vocab;     /* content words of the story's body lines */
	size_t vocab_upto;      /* lines [0, vocab_upto) are in vocab */
	struct vocab seen;      /* scratch for the cohesion tests */
};

void seg_init(struct segmenter *sg, const struct seg_options *opt,
	      story_fn emit, void *ctx);
void seg_file(struct segmenter *sg, const char *file);
void seg_line(struct segmenter *sg, const struct rawline *rl);
void seg_end(struct segmenter *sg);     /* end of file: emit the rest */
void seg_free(struct segmenter *sg);

#endif
