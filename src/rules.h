/* rules.h — the boundary rules of SPEC §2.1, over roles.
 *
 * The segmenter keeps what the rules ask about in a struct sofar (the
 * story so far, this file's layout so far) and, for each decided line
 * that is not a story's first, asks rule_first whether a story starts
 * there.  The rules are tried in one table, in the order SPEC §2.1 gives
 * them; the first that holds names the boundary.  A rule reads the line,
 * the lines read after it and the state; it changes nothing but the
 * vocabulary it builds and its scratch. */
#ifndef STORYSIFT_RULES_H
#define STORYSIFT_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cohesion.h"
#include "role.h"
#include "story.h"
#include "topic.h"

#define NO_LINE SIZE_MAX        /* an index of no line */

/* What the segmenter knows so far: it fills this line by line. */
struct sofar {
	/* The story so far. */
	unsigned body;          /* body paragraphs */
	unsigned body_words;    /* their words (each counted up to 64) */
	uint32_t headline_text[2];  /* text hashes of its headlines */
	unsigned headline_words;    /* words of its first headline */
	size_t headline_at;     /* ... which line it is, or NO_LINE */
	unsigned latin_body, cjk_body;  /* of them, in which script */
	unsigned headlines, decks, subheads;
	unsigned long_decks;    /* decks long enough to be a standfirst */
	size_t last_deck;       /* the last of them, or NO_LINE */
	uint32_t opening;       /* the text hash of the story's first line */
	size_t last_body;       /* the last body paragraph, or NO_LINE */
	size_t prev;            /* the last non-blank line, or NO_LINE */
	bool ended;             /* a footer, sign-off or link after the text */
	bool page_ended;        /* ... or a copyright notice (SHF_END) */
	bool link;              /* a teaser link after the last paragraph */
	size_t last_link;       /* the line that holds it, or NO_LINE */
	bool caption_after;     /* a caption after the last paragraph */
	bool comments;          /* a comment section has begun */
	bool opened_by_lead;    /* the story opened at a header block */
	bool item;              /* ... of a headline-only item */
	bool after_formfeed;    /* the last non-blank line was a form feed */
	bool marker;            /* the story opened with a --start marker,
	                           which the rules do not count as its first
	                           line: the line after it is */
	bool page_first;        /* the story opens a page (the file's first
	                           story, or one after a cut-off page) */
	bool named_twice;       /* ... under a name (a site's, a section's)
	                           printed twice (its <title> and <h1>) */

	/* This file so far. */
	unsigned single_run;    /* one-paragraph stories in a row, laid
	                           out alike (the same gap above each) */
	unsigned headless_run;  /* ... of them without a headline */
	bool run_decked;        /* the last of them had a deck (a kicker
	                           paragraph over its text) */
	unsigned item_run;      /* headline-only items in a row (opened by
	                           a header block the roles took for one) */
	unsigned start_gap;     /* blank lines above the story's first line */
	unsigned run_gap;       /* ... above the story before it */
	unsigned multi_stories; /* stories of several paragraphs */
	bool page_begun;        /* a non-blank line of this page was taken */
	unsigned parted_run;    /* its last paragraphs parted from the line
	                           above by blank lines, in a row */
	unsigned glued_run;     /* its last lines glued to the line above, in
	                           a row (both counted up to 255) */

	/* The rules' own: built only when a rule asks. */
	struct vocab vocab;     /* content words of the story's body lines */
	size_t vocab_upto;      /* lines [0, vocab_upto) are in vocab */
	struct vocab seen;      /* scratch for the cohesion tests */
	struct topic topic;     /* the story's words, for the topic shift */
};

/* What a rule sees: the line in question, the lines around it and what
 * is known so far. */
struct rule_ctx {
	struct sofar *sf;
	const struct story *st;     /* the story, then the pending lines */
	const struct wline *cur;    /* the line, in the window */
	const struct line *rec;     /* its record: st->lines[index] */
	size_t index;
	struct wline *const *next;  /* the window's lines after it */
	size_t nnext;
	const uint8_t *text;        /* the line's trimmed text */
	size_t len;
	const char *opened_by;      /* the rule that opened the story, or
	                               NULL for the file's first */
};

/* Does a story that a rule starts open a new page? */
enum rule_page {
	PAGE_IF_MARKED,     /* only at a page's metadata line (SHF_PAGE) */
	PAGE_AT_UI,         /* ... or at furniture, or under it */
	PAGE_ALWAYS,
};

struct rule {
	bool (*test)(const struct rule_ctx *c);
	enum boundary boundary;
	const char *name;       /* for the developers' tools */
	enum rule_page page;
	bool by_text;           /* found by the text of a lede: the titles
	                           right above it are its own */
};

/* The first rule that starts a story at c->cur, or NULL. */
const struct rule *rule_first(const struct rule_ctx *c);

/* Where the story that rule r starts at c's line begins: the line; or
 * the photo caption above its header block (a card's: *caption is
 * true); or the next page's top furniture under the headline-only item
 * above the paragraph that rule_item_text found opening that page; or
 * an encyclopedia's title (with the site furniture above it) over the
 * infobox whose last line c is; or the lead photo's caption (with the
 * site furniture above it) over the paragraph a rule found by its text
 * opening a story. */
size_t rule_first_line(const struct rule_ctx *c, const struct rule *r,
		       bool *caption);

/* Does the story that rule r started at line first open a new page?
 * above is the role of the last non-blank line above it (R_BLANK for
 * none). */
bool rule_opens_page(const struct rule *r, const struct line *first,
		     enum role above);

/* The first title line of story st above line lede that names what the
 * paragraph s[0, n) at lede defines (an encyclopedia's lede: `Toa Payoh
 * (Chinese: …) is a …`), or NO_LINE. */
size_t rule_defined_title(const struct story *st, size_t lede,
			  const uint8_t *s, size_t n);

/* Has the story text or an item of its own (so a new one can begin)? */
bool sofar_begun(const struct sofar *sf);

#endif
