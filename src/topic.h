/* topic.h — the valley before a paragraph: SPEC §2.1 rule 7's measure of
 * two articles pasted back to back, in the manner of TextTiling (Hearst
 * 1997).
 *
 * The story's body paragraphs so far make one block, the paragraph in
 * question and up to TOPIC_AHEAD prose paragraphs after it (in the
 * segmenter's window, so never past ROLE_LOOKAHEAD lines, and not past
 * site furniture, a teaser link or a sign-off, which close the text)
 * the other;
 * tiling.h weighs and compares them.  The valley is deep when the two
 * blocks share much less than each holds together within itself: the
 * story's paragraphs with the paragraphs before them, the new paragraph
 * with those after it.  The new paragraph's own tie to the story counts
 * again, since a lede names its topic in its first paragraph.
 *
 * The story's block is built once per story, a paragraph at a time and
 * only when asked, so a long article is read once here, and memory stays
 * that of its distinct words. */
#ifndef STORYSIFT_TOPIC_H
#define STORYSIFT_TOPIC_H

#include <stddef.h>

#include "role.h"
#include "story.h"
#include "tiling.h"

enum { TOPIC_AHEAD = 4,
       /* Lines whose words are kept: those ahead, the line in question
        * and the story's lines not yet told, with room to spare. */
       TOPIC_CACHE = 16 };

struct topic {
	struct bag told;        /* the story's body lines, weighted */
	size_t told_upto;       /* lines [0, told_upto) are in told */
	double ties;            /* the sum of each body line's similarity
	                           to the body lines before it ... */
	unsigned tied;          /* ... over this many lines */
	struct bag ahead;       /* the lines ahead of the line in question */
	size_t ahead_line[TOPIC_AHEAD];     /* ... which they are */
	unsigned ahead_n;       /* ... and how many */
	struct bag cached[TOPIC_CACHE];     /* the words of a line ... */
	uint64_t cached_at[TOPIC_CACHE];    /* ... at this offset + 1, or 0 */
	unsigned next_cached;   /* the next to reuse */
};

/* A new story: nothing told yet. */
void topic_reset(struct topic *t);
/* A new file: no line read yet. */
void topic_file(struct topic *t);

/* The valley before the window's line cur (the lines of st before it
 * are the story's, with their roles decided; next holds the n window
 * lines after it), in natural logarithms: 0 when the sides share as
 * much as they hold within, 6 for a story that shares about 400 times
 * less.  NAN when no prose paragraph follows the line in the window
 * before a line that closes the text: one paragraph may be a story's
 * last word, not a new story. */
double topic_valley(struct topic *t, const struct story *st,
		    const struct wline *cur, struct wline *const *next,
		    size_t n);

/* How much lines a and b of st share, weighed as the valley weighs them:
 * the cosine of their bags, 0 (nothing) to 1.  Paragraphs of two
 * different articles measure below 0.1 in 99 of 100 of the project's
 * pairs; an article's second paragraph measures 0.1 with its lede in
 * half of them. */
double topic_tie(struct topic *t, const struct story *st, size_t a,
		 size_t b);

void topic_free(struct topic *t);

#endif
