/* story.h — a story: the lines of one news item and what analysis found.
 *
 * The segmenter fills the lines (slices into one byte buffer holding the
 * story's input bytes exactly as read) and the boundary; kind.c, blurb.c
 * and gloss.c fill the rest; the writers only read.  Offsets in struct
 * span are into `bytes`. */
#ifndef STORYSIFT_STORY_H
#define STORYSIFT_STORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "fingerprint.h"

struct para;
struct text_bounds;

enum boundary {
	B_FIRST, B_KICKER, B_AFTER_BLURB, B_HEADLINE, B_DATELINE, B_PATTERN,
	B_FORMFEED, B_TOPIC_SHIFT, B_MAX_STORY,
};

/* What a line is to its story (role.c decides, segment.c may turn a
 * headline that starts nothing into a subhead). */
enum role {
	R_BLANK, R_BODY, R_HEADLINE, R_BYLINE, R_META, R_CREDIT, R_LINK,
	R_FORMFEED,
	R_FOOTER,       /* a date, source or count line after the text */
	R_LABEL,        /* a section label, separator or heading */
	R_LIST,         /* a list or infobox item */
	R_UI,           /* site furniture */
	R_SUBHEAD,      /* a title inside an article that goes on after it */
	R_DECK,         /* a standfirst or deck under a headline, or a
	                   kicker paragraph of its own (SPEC §2.3) */
	R_SIGNOFF,      /* closes an article: `(END)`, a letter's signature */
	R_COMMENTS,     /* a comment section's marker, or forum reply title */
	R_MARKER,       /* a line a --start pattern matched: furniture that
	                   opens its page's story (SPEC §4) */
};

/* Flags of a role. */
enum {
	RF_LEAD = 1 << 0,       /* opens a header block: an item starts here */
	RF_STRONG = 1 << 1,     /* (lead) a byline, date or source backs the
	                           item's headline */
	RF_WEAK = 1 << 2,       /* (lead) only a paragraph follows the title */
	RF_ITEM = 1 << 3,       /* (lead) a headline-only item: a timestamp or
	                           link and no paragraph */
	RF_DUP = 1 << 4,        /* repeats the line before it */
	RF_PLANNED = 1 << 5,    /* decided with the block before it */
	RF_ATTACHED = 1 << 6,   /* no blank line before it, one after */
	RF_TEXT = 1 << 7,       /* a standfirst that is its item's only text */
};

enum kind { K_ARTICLE, K_BLURB };
enum gloss_type { G_PERSON, G_OTHER };

struct span {
	size_t off, len;    /* len 0: absent */
};

/* A line of the story, or a piece of one cut for being over-long: 24
 * bytes, since a story of short lines holds one for every few bytes of
 * input (issue 16).  It keeps what the analysis and the rules read of a
 * line once it has left the segmenter's window (struct wline); the rest
 * is measured again from the bytes where needed (line_bounds). */
struct line {
	uint64_t raw;           /* offset in bytes of the line's first byte */
	uint32_t len_lo;        /* line_len: its text bytes, low 32 bits */
	uint32_t text;          /* shape_info.text; a run: its lines */
	unsigned len_hi : 8;    /* ... and bits 32 to 39 */
	unsigned shape : 4;     /* enum shape */
	unsigned rflags : 8;    /* RF_ bits */
	unsigned gap : 8;       /* blank lines before it (at most 255) */
	unsigned words : 7;     /* para.words, at most PARA_WORDS_MAX */
	unsigned eol : 2;       /* terminator bytes */
	unsigned role : 5;      /* enum role (in this 32-bit unit: the one
	                           above is full) */
	unsigned has_bom : 1;   /* a BOM before the text (line_bom) */
	unsigned cut : 1;       /* continues in the next line (over-long input) */
	unsigned valid : 1;     /* valid UTF-8, as story_check found: a writer
	                           may copy it as it is */
	unsigned blank : 1;     /* para.blank */
	unsigned run : 1;       /* blank lines folded into one record: len
	                           counts their terminators too, eol is 0
	                           (story_next_line splits them again) */
	unsigned is_cut : 1;    /* role_is_cut(para) */
	unsigned broken_gloss : 1, has_link : 1;
	unsigned dateline : 1;  /* para.dateline > 0 */
	unsigned kicker : 1;    /* para.kicker > 0 */
	unsigned gloss_hint : 1;        /* para.paren || para.wide */
	unsigned cutoff : 1, end : 1, page : 1, day : 1, cjk : 1;
	unsigned time : 1, source : 1;
	                        /* SHF_CUTOFF, SHF_END, SHF_PAGE, SHF_DAY,
	                           SHF_CJK, SHF_TIME, SHF_SOURCE */
};
_Static_assert(sizeof(struct line) == 24, "a line's record is 24 bytes");

/* The longest line a record holds: the reader cuts longer ones. */
#define LINE_LEN_MAX (((uint64_t)1 << 40) - 1)

static inline size_t line_len(const struct line *l)
{
	return (size_t)l->len_lo | (size_t)l->len_hi << 32;
}

static inline void line_set_len(struct line *l, size_t n)
{
	l->len_lo = (uint32_t)n;
	l->len_hi = (unsigned)((uint64_t)n >> 32) & 0xFF;
}

static inline size_t line_bom(const struct line *l)
{
	return l->has_bom ? 3 : 0;
}

struct gloss {
	struct span name, cjk;
	enum gloss_type type;
	size_t end_off;         /* story offset just past the closing bracket
	                           (or the CJK, when the bracket is lost) */
	size_t start, end;      /* code points into the story's json text, from
	                           name.off to end_off (gloss_offsets) */
	size_t strip_off, strip_len;  /* bytes --glosses=strip leaves out:
	                                 ` (黃循財)`, `, 台積電` of
	                                 `(TSMC, 台積電)`, ` 林保華` */
	bool strip_space;       /* the bracket was glued to a word on both
	                           sides: a space replaces it */
};

struct story {
	const char *file;
	long number;
	enum boundary boundary;
	uint64_t offset;        /* file offset of bytes[0] */
	long lineno;            /* the line number of lines[0]; a line's
	                           pieces share one (story_next_lineno) */
	struct buf bytes;       /* the story's input bytes, as read */
	struct line *lines;
	size_t nlines, lines_cap;

	/* Filled in by analysis. */
	enum kind kind;
	bool truncated;
	struct span kicker, deck, headline, byline, dateline;
	struct gloss *glosses;
	size_t nglosses, glosses_cap;
	struct gloss *broken;   /* broken glosses: name and position only */
	size_t nbroken, broken_cap;

	/* Filled in by memory.c (SPEC §8); fp only for the formats that
	 * print an id, or a run that remembers. */
	struct fingerprint fp;
	struct promotes {
		bool set;               /* the story is a blurb that promotes
		                           an article */
		uint64_t id;            /* the article's */
		const char *file;       /* where it was printed; NULL: found
		                           in the --seen database */
		long number;            /* its story number there */
		bool same_file;         /* in this story's file */
	} promotes;
	int64_t seen;           /* when a same story or the promoted article
	                           was first seen by an earlier run (seconds
	                           since the epoch); 0: never */
};

static inline const uint8_t *line_text(const struct story *st,
				       const struct line *l)
{
	return st->bytes.data + l->raw + line_bom(l);
}

static inline size_t line_start(const struct line *l)
{
	return l->raw + line_bom(l);
}

/* What the analysis and the segmenter's rules ask of a line they have
 * left behind: the answers the record keeps of para_analyze's and
 * shape_of's measures. */
static inline bool line_blank(const struct line *l)
{
	return l->blank;
}

static inline bool line_has_link(const struct line *l)
{
	return l->has_link;
}

/* Does the line end in `(`, the rest of its gloss lost? */
static inline bool line_broken_gloss(const struct line *l)
{
	return l->broken_gloss;
}

static inline unsigned line_words(const struct line *l)
{
	return l->words;
}

static inline bool line_has_kicker(const struct line *l)
{
	return l->kicker;
}

static inline bool line_has_dateline(const struct line *l)
{
	return l->dateline;
}

/* May a gloss's bracket open in the line: a `(` or a fullwidth one? */
static inline bool line_gloss_hint(const struct line *l)
{
	return l->gloss_hint;
}

/* Does the line leave its sentence unfinished (role_is_cut)? */
static inline bool line_is_cut(const struct line *l)
{
	return l->is_cut;
}

/* The line's enum shape. */
static inline unsigned line_shape(const struct line *l)
{
	return l->shape;
}

/* The hash of a short line's text (shape_info.text). */
static inline uint32_t line_hash(const struct line *l)
{
	return l->run ? 0 : l->text;
}

/* How many input lines the record holds: a run's count, else one (and
 * a line's pieces share one). */
static inline long line_lines(const struct line *l)
{
	return l->run ? (long)l->text : !l->cut;
}

/* Does the line carry any of the SHF_ bits f?  The record keeps only
 * SHF_CUTOFF, SHF_END, SHF_PAGE, SHF_DAY and SHF_CJK. */
bool line_sflag(const struct line *l, uint32_t f);

/* The line's text bounds and its full features, measured again from its
 * bytes: offsets relative to line_text. */
void line_bounds(const struct story *st, const struct line *l,
		 struct text_bounds *b);
void line_para(const struct story *st, const struct line *l, struct para *p);

/* The line number of the record after l, given l's: the records keep
 * none, so that line numbers cost nothing per line. */
static inline long story_next_lineno(const struct line *l, long lineno)
{
	return lineno + line_lines(l);
}

/* One input line of a story, or one piece of a cut line: what a writer
 * that prints every line needs, without asking how records hold them. */
struct story_line {
	const uint8_t *text;
	size_t start;           /* story offset of text */
	size_t len, eol;
	bool cut, valid;
	long lineno;
	const struct line *rec; /* the record that holds it */
};

struct story_iter {
	size_t rec;             /* the next record */
	long lineno;            /* the next line's number */
	size_t off;             /* in a run: where its next line starts */
	long left;              /* ... and how many lines it has left */
};

static inline void story_iter_init(const struct story *st,
				   struct story_iter *it)
{
	it->rec = 0;
	it->lineno = st->lineno;
	it->off = 0;
	it->left = 0;
}

/* Put the next line in *out; false after the last. */
bool story_next_line(const struct story *st, struct story_iter *it,
		     struct story_line *out);

/* The line number a story reports: its first non-blank line. */
long story_first_line(const struct story *st);
/* How many input lines the story covers. */
long story_line_count(const struct story *st);

/* Check the text of each line: set its valid flag, and put in *invalid
 * and *nul the number of the first line with invalid UTF-8 or a NUL byte,
 * unless they hold one already (non-zero). */
void story_check(struct story *st, long *invalid, long *nul);

const char *boundary_name(enum boundary b);
const char *role_name(enum role r);
const char *kind_name(enum kind k);
const char *gloss_type_name(enum gloss_type t);

#endif
