/* role.h — one role per line, decided once (SPEC §2.1, §2.4).
 *
 * A line's shape (shape.h) says what it looks like alone; its role says
 * what it is on its page: the headline of an item or a title inside an
 * article, a stamp that closes the item above (a footer) or opens the
 * one below, a caption, a deck.  role_decide reads the line, up to
 * ROLE_LOOKAHEAD non-blank lines after it and what it remembers of the
 * lines before it — across story boundaries, which it does not know —
 * and decides.  Where the lines between two paragraphs hold a headline,
 * it decides them all at once (a header block): which of them close the
 * item above, which open the next one (RF_LEAD on the first), and how
 * well the headline is backed: by a byline or a stamp (RF_STRONG), only
 * by the paragraph after it (RF_WEAK: a title that could as well be a
 * subhead, unsure on its own), or as a headline-only item (RF_ITEM).
 *
 * The layout of a page repeats: the stamps that opened one item open the
 * next ones too, and a page whose items open with a caption keeps doing
 * so.  role_decide remembers both, per file.
 *
 * A line a --start pattern matched (SHF_MARKER, SPEC §4) is R_MARKER,
 * whatever it looks like: its page's furniture.  The view of the lines
 * above it ends before it, as at the end of a file, and role_decide
 * forgets all it remembered, so that the page under it is decided as a
 * file's start is. */
#ifndef STORYSIFT_ROLE_H
#define STORYSIFT_ROLE_H

#include <stdbool.h>
#include <stddef.h>

#include "para.h"
#include "shape.h"
#include "story.h"

enum { ROLE_LOOKAHEAD = 10, ROLE_PATTERNS = 4,
       /* Lines glued to each other in a row: the page's way, not a line
        * glued under the one above. */
       GLUED_RUN = 3,
       /* The place under a letter's signature: a word or three. */
       SIGNER_PLACE_WORDS = 3,
       /* Paragraphs of an article, not of a one-paragraph item, above
        * and below a stamp that opens the text under it. */
       STAMP_ARTICLE_BODY = 2,
       /* A card's text is a paragraph or two (a preview may repeat
        * it): this many in a row are an article's. */
       CARD_TEXT_RUN = 3 };

/* A line in the segmenter's window: read, not blank, not yet decided.
 * It holds all that para_analyze and shape_of measured, which its
 * record in the story keeps only in part (issue 16). */
struct wline {
	size_t idx;             /* its record: st->lines[idx] */
	size_t eol;
	struct para para;
	struct shape_info shape;
	enum role role;
	uint8_t rflags;         /* RF_ bits */
	uint8_t gap;            /* blank lines before it (at most 255) */
};

struct roles {
	/* The last non-blank line decided. */
	enum role last_role;
	uint8_t last_shape;
	uint32_t last_text;
	bool last_cut;          /* it was a body paragraph that was cut */
	bool last_bullet;       /* it opened with a bullet */
	bool last_signer;       /* it was a name under a paragraph, spaced
	                           as the paragraph was (signers_place) */
	uint8_t last_gap;       /* the blank lines above it */
	unsigned body_run;      /* body paragraphs in a row up to it (captions
	                           between them do not break the run) */
	bool footer_seen;       /* a footer closed an item of this page */
	unsigned glued_run;     /* it and the lines right above it that no
	                           blank line parts (at most GLUED_RUN) */
	bool began;             /* a line has been decided in this file */
	bool last_opening;      /* it was the file's first paragraph, one
	                           complete sentence under no headline (site
	                           furniture may be above it) */
	bool texts;             /* a paragraph or a headline has been decided
	                           in this file */
	/* Since the last body paragraph: it was cut off, or a teaser link,
	 * footer, sign-off or comments marker came after it. */
	bool ended;
	/* The layout: stamp patterns that opened an item, and whether an
	 * item opened with a caption. */
	uint32_t lead_pattern[ROLE_PATTERNS];
	size_t npatterns;
	bool caption_leads;
	bool title_leads;       /* items open with a section or author line */
	bool block_open;        /* the last header block planned ran on past
	                           the lines in view */
};

/* A new file: forget everything. */
void role_file(struct roles *r);

/* A new page begins (the segmenter saw one end): forget its layout. */
void role_page(struct roles *r);

/* The segmenter started a story at a stamp of this pattern (its shape's
 * pattern): this page's items open with such stamps, whatever the roles
 * took the stamp for (a footer of the item above it). */
void role_stamp_opened(struct roles *r, uint32_t pattern);

/* Decide cur's role and flags.  next holds the non-blank lines after it
 * (at most ROLE_LOOKAHEAD); eof is true when the file ends after them.
 * Lines of a header block get their roles (RF_PLANNED) with the block's
 * first line. */
void role_decide(struct roles *r, struct wline *cur, struct wline *const *next,
		 size_t nnext, bool eof);

/* Does this paragraph not end a sentence (cut, open quote, ellipsis)? */
bool role_is_cut(const struct para *p);

#endif
