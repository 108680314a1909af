/* para.h — what one line says about itself.
 *
 * para_analyze looks at a single line (a paragraph) and nothing else:
 * is it blank, a form feed, a credit or caption line, a byline, page
 * furniture; does it open with a kicker or a dateline, read as a title
 * (title.c); does it end a sentence, end in a teaser link, leave a quote
 * open.  Decisions that need the neighbouring lines belong to segment.c
 * and kind.c. */
#ifndef STORYSIFT_PARA_H
#define STORYSIFT_PARA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct para {
	bool blank;          /* empty or only white space */
	bool formfeed;       /* only a form feed (and white space) */
	bool credit;         /* `Photo: AFP`, `(CNA photo)`, `Screengrab from …` */
	bool signoff;        /* a credit that closes an article:
	                        `Additional reporting by AP` */
	bool link_only;      /* only a teaser link: `FULL STORY`, `Read more` */
	bool byline;         /* `By Sean Lin / Staff reporter`, `By: …`, `Staff writer, …` */
	bool meta;           /* furniture: `Date: …`, `Mon, Jan 27, 2025`, `■ CRIME` */
	bool titleish;       /* short, capitalised, no final punctuation */
	bool starts_lower;   /* first letter is lower case (a continuation) */
	bool quotation;      /* opens with a quote and is neither a kicker nor
	                        a title: quoted speech (never starts a story) */
	bool ends_sentence;  /* text before any link ends in . ! ? (+ closers) */
	bool ellipsis;       /* text ends in … or ... (cut) */
	bool open_quote;     /* a double quote or bracket left open */
	bool broken_gloss;   /* ends in `(`: the scraper lost the rest */
	bool paren;          /* holds a `(` somewhere: a dateline or a gloss
	                        may open there */
	bool wide;           /* holds a byte 0xEF, the lead byte of the
	                        fullwidth brackets */
	size_t begin, end;   /* the line without surrounding white space */
	size_t text_end;     /* end of the text before a trailing teaser link */
	bool has_link;       /* text_end < end: a teaser link ends the line */
	size_t kicker;       /* bytes from begin through the kicker's colon and
	                        spaces (where the deck starts); 0 if none */
	size_t kicker_off, kicker_len;   /* the kicker value, quotes stripped
	                                    (kicker_off from the line start) */
	bool kicker_mark;    /* the value is followed by a glued ? or ! */
	size_t dateline;     /* bytes from begin of a leading dateline incl.
	                        its dash; 0 if none */
	size_t dateline_len; /* the dateline value without trailing space */
	uint8_t dateline_off; /* where the value starts, past a tag glued in
	                         front of it (`Taiwan, PenghuTaipei- …`) */
	unsigned words;      /* up to PARA_WORDS_MAX */
};

enum { PARA_WORDS_MAX = 64 };

void para_analyze(const uint8_t *s, size_t n, struct para *p);

/* Where the line's text begins and ends, and where its text before a
 * teaser link ends: para_analyze's begin, end and text_end, for a fraction
 * of its cost, so that a record need not keep them. */
struct text_bounds {
	size_t begin, end, text_end;
};
void para_bounds(const uint8_t *s, size_t n, struct text_bounds *b);

/* Are the prefix tables in the order lex_prefix_in needs?  (tests) */
bool para_tables_ok(void);

/* Pieces of para_analyze, exported for the tests. */
size_t para_link(const uint8_t *s, size_t n, bool *ellipsis);
bool para_is_credit(const uint8_t *s, size_t n, unsigned words);
bool para_is_byline(const uint8_t *s, size_t n, unsigned words);
bool para_is_meta(const uint8_t *s, size_t n, unsigned words);
bool para_is_section_label(const uint8_t *s, size_t n, unsigned words);
/* Does s end in a word that leaves its phrase open (`… lowest level in`,
 * `… of the`): the line was cut mid-sentence? */
bool para_ends_open(const uint8_t *s, size_t n);

#endif
