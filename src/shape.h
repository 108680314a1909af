/* shape.h — what a line looks like by itself (SPEC §2.1, §2.4).
 *
 * shape_of reads one trimmed line, with the measurements para_analyze
 * already took, and says which kind of line it looks like: running
 * prose, a short title, a date or source stamp, a byline, a section label
 * or separator, a list or infobox item, a caption credit, a teaser link,
 * site furniture.  It looks at nothing else: whether a title is a
 * headline, a subhead or a signature depends on the lines around it and
 * is role.c's to decide. */
#ifndef STORYSIFT_SHAPE_H
#define STORYSIFT_SHAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum shape {
	SH_BLANK,
	SH_FORMFEED,
	SH_PROSE,       /* running text */
	SH_TITLE,       /* short, capitalised, no final full stop */
	SH_LABEL,       /* `■ CRIME`, `[ LETTER ]`, `SOCIETY`, `-`, `Latest`,
	                   `Tag: x`, `Home / Features` */
	SH_HEADING,     /* `= Title =`, `= = Early life = =` */
	SH_BYLINE,      /* `By X / Staff reporter`, `Staff writer, with CNA` */
	SH_META,        /* a date, time, source, age or count line */
	SH_CREDIT,      /* `Photo: AFP`, a caption ending in its credit */
	SH_SIGNOFF,     /* closes an article: `(END)`, `Additional reporting
	                   by …`, `© Japan Today`, a reporter's e-mail */
	SH_LINK,        /* a teaser link alone: `[FULL  STORY]`, an archive
	                   note, a bare URL */
	SH_UI,          /* site furniture: share, listen, cookie, counters */
	SH_LIST,        /* a list or infobox item: bullets, pipe rows */
	SH_COMMENTS,    /* opens comments: `2 responses`, `Re: …`, `X wrote:` */
};

/* Flags beside the shape. */
enum {
	SHF_BULLET = 1 << 0,    /* opens with a bullet (stripped to classify) */
	SHF_CAPS = 1 << 1,      /* every letter is a capital (two or more) */
	SHF_TIME = 1 << 2,      /* holds a time of day or an age (`14h`) */
	SHF_ITEM = 1 << 3,      /* opens with an item mark: `> `, `]]> ` */
	SHF_CAPTION = 1 << 4,   /* prose short enough to be a caption */
	SHF_NAME = 1 << 5,      /* two to four capitalised words, no
	                           function word: a name or a place (a
	                           title, or a label in capitals) */
	SHF_SEPARATOR = 1 << 6, /* a label of punctuation only: `-`, `-----` */
	SHF_LISTLABEL = 1 << 7, /* a list's label: `Latest`, `Other News` */
	SHF_CJK = 1 << 8,       /* mostly CJK text */
	SHF_SOURCE = 1 << 9,    /* a `Source:` line or `[Outlet] - date` */
	SHF_EMPTY = 1 << 10,    /* a comment section's note that it is
	                           empty: `No comments yet...` */
	SHF_HEADER = 1 << 11,   /* a stamp that heads an article: `Published:
	                           …`, `Date: …`, `Author | date` */
	SHF_DECK = 1 << 12,     /* a kicker whose deck runs to the line's end
	                           (set by the segmenter, which asks blurb.c) */
	SHF_SENTENCE = 1 << 13, /* prose of one sentence, forty words at most */
	SHF_AGE = 1 << 14,      /* an age alone: `14h`, `5 hours ago` */
	SHF_PAGE = 1 << 15,     /* a page's metadata line: ` date 2020-01-21 …` */
	SHF_SUBHEADING = 1 << 16,  /* a heading below the page's title */
	SHF_DAY = 1 << 17,      /* a day's date with its weekday and no time:
	                           `Mon, Jan 27, 2025` (over a page or a day's
	                           items, not under one) */
	SHF_TITLECASE = 1 << 18,  /* every word capitalised */
	SHF_SAID = 1 << 19,     /* reported speech: `said`, `says` */
	SHF_CUTOFF = 1 << 20,   /* cut off inside a word or phrase: the last
	                           word is no English word (`… 400 checkpo`),
	                           a possessive or a word like `to`, `the` */
	SHF_TOP = 1 << 21,      /* furniture found only at a page's top: a
	                           skip link, the site's `logo` */
	SHF_END = 1 << 22,      /* furniture that ends a page: its copyright
	                           notice */
	SHF_BRACKET = 1 << 23,  /* (with SHF_CUTOFF) cut inside a bracket it
	                           opened: `[South China Mor` */
	SHF_MARKER = 1 << 24,   /* matches a --start pattern: a page's marker
	                           (set by the segmenter, which has them) */
	SHF_TAGS = 1 << 25,     /* a line of tags: `wonton mee,chinatown
	                           complex,food review,…` */
};

struct para;

/* What shape_of found. */
struct shape_info {
	uint8_t shape;          /* enum shape */
	uint32_t flags;         /* SHF_ bits */
	uint32_t text;          /* a hash of a short line's text (0 for long
	                           lines): a line repeated next to itself */
	uint32_t pattern;       /* a hash of a stamp's pattern, digits and
	                           letters as classes: stamps of one layout
	                           (`Sat, 11 Mar 2023 18:05:41 +0800`) agree */
};

/* The shape of the line s[0, n) that para_analyze measured as p. */
void shape_of(const uint8_t *s, size_t n, const struct para *p,
	      struct shape_info *out);

const char *shape_name(enum shape sh);

/* Are the word tables searched whole-word, shape.c's and those of the
 * modules it asks (date.c, furniture.c, layout.c), in strcmp order?  The
 * unit test checks it. */
bool shape_tables_ok(void);

#endif
