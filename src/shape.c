#include "shape.h"

#include <string.h>

#include "date.h"
#include "furniture.h"
#include "layout.h"
#include "lex.h"
#include "para.h"
#include "text.h"
#include "wordlist.h"
#include "words.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Lines of more words are prose or titles whatever they hold: every
 * other shape is short. */
enum { SHORT_WORDS = 12, MAX_TOKENS = 16, CAPTION_WORDS = 14,
       CAPTION_WORDS_MAX = 30,
       /* The words classify reads of a line: nine (furniture has eight
        * at most, the other tests ask about the first few), all of a
        * stamp's (fourteen at most) for the stamp test. */
       STAMP_WORDS = 14, LINE_TOKENS = 9 };

/* --- the tables ------------------------------------------------------------
 * Lower case, in strcmp order (shape_tables_ok): they are searched
 * whole-word. */

/* Function words that never sit inside a person's name or a place line. */
static const char *const function_words[] = {
	"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is",
	"of", "on", "or", "the", "to", "with",
};

/* Words that leave a phrase open when a line ends on them: a line cut
 * off.  Not `in`, `on`, `by`: they may end a phrasal verb (`… visitors
 * join in`). */
static const char *const open_words[] = {
	"a", "an", "and", "as", "at", "from", "into", "of", "or", "than",
	"the", "to", "with",
};

/* Auxiliaries that leave a sentence's verb open (`Relations between the
 * two have`).  Headlines drop them: a short line cut after one is the
 * start of a sentence, not a title. */
static const char *const open_verbs[] = {
	"been", "had", "has", "have", "was", "were", "will", "would",
};

bool shape_tables_ok(void)
{
	return date_tables_ok() && furniture_tables_ok() &&
	       layout_tables_ok() &&
	       lex_sorted(function_words, LEN(function_words)) &&
	       lex_sorted(open_words, LEN(open_words)) &&
	       lex_sorted(open_verbs, LEN(open_verbs));
}

const char *shape_name(enum shape sh)
{
	static const char *const names[] = {
		"blank", "formfeed", "prose", "title", "label", "heading",
		"byline", "meta", "credit", "signoff", "link", "ui", "list",
		"comments",
	};
	return (size_t)sh < LEN(names) ? names[sh] : "?";
}

/* --- one pass over the line --------------------------------------------- */

/* What the shape tests ask about every byte of a line, gathered in one
 * pass: most bytes are letters, which the pass steps over. */
struct stats {
	unsigned commas;        /* `,` and fullwidth `，` */
	unsigned most_between;  /* the most words before a comma, since the
	                           line's start or the comma before */
	unsigned pipes;
	unsigned urls;          /* `http://`, `https://` */
	bool digit;
	bool high;              /* a byte >= 0x80 */
	bool two_sentences;     /* `.`, `?` or `!`, a space, a capital inside */
	bool said;              /* ` said` or ` says` */
	bool furniture;         /* `privacy`, `cookie`, `reserved`, `T&C`,
	                           `technology`: a site notice, maybe */
};

/* What line_stats looks at a byte for (0: nothing, most letters). */
enum { B_COMMA = 1, B_SPACE, B_STOP, B_PIPE, B_H, B_DIGIT, B_HIGH, B_Y, B_K,
       B_D, B_AMP };
static const uint8_t byte_kind[256] = {
	[','] = B_COMMA, [' '] = B_SPACE, ['.'] = B_STOP, ['?'] = B_STOP,
	['!'] = B_STOP, ['|'] = B_PIPE, ['h'] = B_H, ['H'] = B_H,
	['0'] = B_DIGIT, ['1'] = B_DIGIT, ['2'] = B_DIGIT, ['3'] = B_DIGIT,
	['4'] = B_DIGIT, ['5'] = B_DIGIT, ['6'] = B_DIGIT, ['7'] = B_DIGIT,
	['8'] = B_DIGIT, ['9'] = B_DIGIT, ['y'] = B_Y, ['k'] = B_K,
	['d'] = B_D, ['&'] = B_AMP,
#define HIGH16(x) [x] = B_HIGH, [x + 1] = B_HIGH, [x + 2] = B_HIGH, \
	[x + 3] = B_HIGH, [x + 4] = B_HIGH, [x + 5] = B_HIGH, [x + 6] = B_HIGH, \
	[x + 7] = B_HIGH, [x + 8] = B_HIGH, [x + 9] = B_HIGH, [x + 10] = B_HIGH, \
	[x + 11] = B_HIGH, [x + 12] = B_HIGH, [x + 13] = B_HIGH, \
	[x + 14] = B_HIGH, [x + 15] = B_HIGH
	HIGH16(0x80), HIGH16(0x90), HIGH16(0xA0), HIGH16(0xB0), HIGH16(0xC0),
	HIGH16(0xD0), HIGH16(0xE0), HIGH16(0xF0),
#undef HIGH16
};

/* Does s[0, i + 1) end in the ASCII letters lit (case ignored)? */
static bool ends_at(const uint8_t *s, size_t i, const char *lit, size_t k)
{
	return i + 1 >= k && text_prefix_ci(s + i + 1 - k, k, lit);
}

static void line_stats(const uint8_t *s, size_t n, struct stats *st)
{
	unsigned words = 0;

	memset(st, 0, sizeof *st);
	for (size_t i = 0; i < n; i++) {
		/* Step over the bytes of no interest (most letters) first. */
		while (byte_kind[s[i]] == 0 && ++i < n)
			;
		if (i == n)
			break;
		uint8_t c = s[i];
		switch (byte_kind[c]) {
		case 0:
			break;
		case B_HIGH:
			st->high = true;
			if (c == 0xEF && i + 2 < n && s[i + 1] == 0xBC &&
			    s[i + 2] == 0x8C)
				goto comma;
			break;
		case B_COMMA:
		comma:
			st->commas++;
			if (words > st->most_between)
				st->most_between = words;
			words = 0;
			break;
		case B_SPACE:
			if (i > 0 && s[i - 1] != ' ' && s[i - 1] != ',')
				words++;
			if (i + 4 < n && s[i + 1] == 's' && s[i + 2] == 'a' &&
			    ((s[i + 3] == 'i' && s[i + 4] == 'd') ||
			     (s[i + 3] == 'y' && s[i + 4] == 's')))
				st->said = true;
			break;
		case B_STOP:
			if (i > 2 && i + 2 < n && s[i + 1] == ' ' &&
			    s[i + 2] >= 'A' && s[i + 2] <= 'Z' &&
			    lex_ascii_letter(s[i - 1]) &&
			    lex_ascii_letter(s[i - 2]))
				st->two_sentences = true;
			break;
		case B_PIPE:
			st->pipes++;
			break;
		case B_H:
			if (text_prefix_ci(s + i, n - i, "http://") ||
			    text_prefix_ci(s + i, n - i, "https://"))
				st->urls++;
			break;
		case B_DIGIT:
			st->digit = true;
			break;
		case B_Y:       /* privacy, technology */
			st->furniture |= ends_at(s, i, "privacy", 7) ||
					 ends_at(s, i, "technology", 10);
			break;
		case B_K:       /* cookie */
			st->furniture |= ends_at(s, i, "cook", 4);
			break;
		case B_D:       /* all rights reserved */
			st->furniture |= ends_at(s, i, "reserved", 8);
			break;
		case B_AMP:     /* T&C */
			st->furniture |= i > 0 && s[i - 1] == 'T' && i + 1 < n &&
					 s[i + 1] == 'C';
			break;
		}
	}
}

/* --- the shapes ------------------------------------------------------------ */

/* Two to four words, each capitalised, none a function word: `Daniel
 * Harper`, `HELEN WU`, `Bergen, Norway`, `Ivy Leung`. */
static bool name_like(const struct token *t, size_t k)
{
	if (k < 1 || k > 4)
		return false;
	for (size_t i = 0; i < k; i++) {
		struct token w = lex_bare(t[i]);
		if (w.n == 0 || !(w.s[0] >= 'A' && w.s[0] <= 'Z'))
			return false;
		if (lex_on_list(function_words, LEN(function_words), w.s, w.n))
			return false;
		for (size_t j = 0; j < w.n; j++)
			if (!lex_ascii_letter(w.s[j]) && w.s[j] != '-' &&
			    w.s[j] != '.' && w.s[j] != '\'')
				return false;
	}
	return true;
}

/* `Jolene Sim | August 14, 2024, 06:12 PM`: an author and a date. */
static bool author_stamp(const uint8_t *s, size_t n, const struct token *t,
			 size_t k)
{
	const uint8_t *bar = memchr(s, '|', n);
	size_t words = 0;

	if (bar == NULL || text_prefix_ci(s, n, "source"))
		return false;
	while (words < k && t[words].s < bar)
		words++;
	return words >= 1 && words <= 4 && name_like(t, words);
}

static unsigned lower_words(const struct token *t, size_t k)
{
	unsigned lower = 0;

	for (size_t i = 0; i < k; i++)
		lower += t[i].s[0] >= 'a' && t[i].s[0] <= 'z';
	return lower;
}

static size_t urls(const uint8_t *s, size_t n)
{
	size_t count = 0;

	for (const uint8_t *h = memchr(s, 'h', n); h != NULL;
	     h = memchr(h + 1, 'h', n - (size_t)(h + 1 - s))) {
		size_t i = (size_t)(h - s);
		if (text_prefix_ci(s + i, n - i, "http://") ||
		    text_prefix_ci(s + i, n - i, "https://"))
			count++;
	}
	return count;
}

/* A line of tags: `wonton mee,chinatown complex,food review,…`, three
 * commas or more, a few words between them, no sentence in it. */
static bool is_tag_line(const struct stats *ls, const struct para *p)
{
	return !p->ends_sentence && ls->commas >= 3 && ls->most_between <= 3;
}

/* A line as classify sees it: the text after any bullet or item mark,
 * what para_analyze measured, its first words and line_stats' counts. */
struct line {
	const uint8_t *s;
	size_t n;
	const struct para *p;
	struct token t[MAX_TOKENS];
	size_t k;
	struct stats ls;
};

/* The shapes a line's marks settle whatever its words say: a link, a
 * feed's header, a sign-off, a credit, comments, a table's rule or row, a
 * separator, furniture, a byline, a heading.  SH_BLANK when none does
 * (classify never sees a blank line). */
static enum shape marked_shape(const struct line *l, unsigned *flags)
{
	const uint8_t *s = l->s;
	size_t n = l->n;
	const struct para *p = l->p;

	if (furniture_is_link(s, n, p))
		return SH_LINK;
	/* A feed's header glued into one line, two addresses or more:
	 * the top of a feed dump. */
	if (l->ls.urls >= 2) {
		*flags |= SHF_HEADER | SHF_PAGE;
		return SH_META;
	}
	if (p->broken_gloss)
		return SH_PROSE;        /* `… said Lien Chan (` lost its end */
	if (furniture_is_signoff(s, n, p))
		return SH_SIGNOFF;
	if (furniture_is_credit(s, n, p))
		return SH_CREDIT;
	if (p->words <= 30 && furniture_is_comments(s, n, l->t, l->k))
		return SH_COMMENTS;
	/* a pipe table's rule under its header row (`---|---|`): a row */
	if (n >= 4 && (memcmp(s, "---|", 4) == 0 || memcmp(s, "|---", 4) == 0))
		return SH_LIST;
	if (layout_is_separator(s, n)) {
		*flags |= SHF_SEPARATOR;
		return SH_LABEL;
	}
	/* `No comments yet...`: UI that says a comment section is empty */
	if (p->words <= 8 && furniture_no_comments(s, n)) {
		*flags |= SHF_EMPTY;
		return SH_UI;
	}
	if (furniture_is_ui(s, n, p, l->t, l->k, l->ls.furniture)) {
		if (furniture_at_top(s, n))
			*flags |= SHF_TOP;
		if (furniture_at_end(s, n))
			*flags |= SHF_END;
		return SH_UI;
	}
	if (p->byline)
		return SH_BYLINE;
	if (layout_is_heading(s, n)) {
		if (layout_is_subheading(s, n))
			*flags |= SHF_SUBHEADING;
		return SH_HEADING;
	}
	if (l->ls.pipes > 0 && layout_is_table_row(s, n, l->ls.pipes, p->words))
		return SH_LIST;
	return SH_BLANK;
}

/* What a stamp says beside its date: a time or an age, a weekday's
 * date, a source, that it heads an article. */
static unsigned stamp_flags(const struct line *l, bool time, bool day)
{
	const uint8_t *s = l->s;
	size_t n = l->n, k = l->k;
	const struct token *t = l->t;
	unsigned flags = 0;

	if (time)
		flags |= SHF_TIME;
	else if (day && (k >= 3 || k == 1))
		flags |= SHF_DAY;
	if (k <= 4 && (date_is_age(t[0].s, t[0].n) ||
		       (k >= 3 &&
			text_prefix_ci(t[k - 1].s, t[k - 1].n, "ago"))))
		flags |= SHF_AGE;
	if (text_prefix_ci(s, n, "source") || s[0] == '[')
		flags |= SHF_SOURCE;
	if (text_prefix_ci(s, n, "published") ||
	    text_prefix_ci(s, n, "updated") ||
	    text_prefix_ci(s, n, "posted") ||
	    text_prefix_ci(s, n, "date") || author_stamp(s, n, t, k))
		flags |= SHF_HEADER;
	return flags;
}

/* The words of a line of a stamp's length past the first LINE_TOKENS,
 * for the stamp test, which reads them all. */
static void read_all_words(struct line *l)
{
	if (l->k < LINE_TOKENS)
		return;
	const struct token *last = &l->t[l->k - 1];
	size_t from = (size_t)(last->s + last->n - l->s);
	l->k += lex_tokens(l->s + from, l->n - from, l->t + l->k,
			   MAX_TOKENS - l->k);
}

/* A date, time or source stamp (SH_META), or a line para_analyze took
 * for page metadata that is no label; sets the stamp's flags.  The date
 * test runs only on a line of two words or one with a digit. */
static bool is_stamp(struct line *l, unsigned *flags)
{
	bool time = false, day = false;

	if (l->p->words > STAMP_WORDS)
		return false;
	bool dated = l->k <= 2 || l->ls.digit;
	if (dated)
		read_all_words(l);
	if ((dated && date_is_stamp(l->s, l->n, l->t, l->k, &time, &day)) ||
	    (l->p->meta &&
	     !layout_is_label(l->s, l->n, l->p, l->t, l->k, flags))) {
		*flags |= stamp_flags(l, time, day);
		return true;
	}
	return false;
}

/* Short lines that are no article's text though no mark says so: a
 * line of tags, a reading time, a button in another script, a label.
 * SH_BLANK when the line is none of them. */
static enum shape aside_shape(const struct line *l, unsigned *flags)
{
	const uint8_t *s = l->s;
	size_t n = l->n;
	const struct para *p = l->p;

	if (is_tag_line(&l->ls, p)) {
		*flags |= SHF_TAGS;
		return SH_LIST;
	}
	/* `Posted Updated`, `time to read`, `5 min read`, `3 mins` */
	if (p->words <= 4 && (text_prefix_ci(s, n, "posted") ||
			      text_prefix_ci(s, n, "time to read") ||
			      text_suffix_ci(s, n, "min read") ||
			      date_is_reading_time(l->t, l->k)))
		return SH_META;
	/* A line in a script without capitals that is not CJK (an Arabic
	 * button on an English page): furniture. */
	if (lex_foreign_script(s, n))
		return SH_UI;
	if (layout_is_label(s, n, p, l->t, l->k, flags))
		return SH_LABEL;
	/* `Internet comments:`, `The notice read:`: a few words that lead
	 * into what follows. */
	if (p->words <= 5 && s[n - 1] == ':')
		return SH_LABEL;
	return SH_BLANK;
}

/* Text: a title (CJK, capitalised, or a fragment without a sentence
 * end) or prose, with the flags that say what kind. */
static enum shape text_shape(const struct line *l, unsigned *flags)
{
	const uint8_t *s = l->s;
	size_t n = l->n, k = l->k;
	const struct para *p = l->p;

	if (l->ls.high && lex_mostly_cjk(s, n)) {
		*flags |= SHF_CJK;
		/* A short CJK line without a sentence end is a title. */
		if (!p->ends_sentence && text_count(s, n) <= 30)
			return SH_TITLE;
		return SH_PROSE;
	}
	if (p->titleish)
		return SH_TITLE;
	/* A fragment of a few words without a sentence end is a title or
	 * a caption, not a paragraph: `蚵仔煎 (Oyster Omelette)`. */
	if (p->words <= 6 && n <= 120 && !p->ends_sentence && !p->ellipsis &&
	    s[n - 1] != ',' && s[n - 1] != ':' && lower_words(l->t, k) <= 1)
		return SH_TITLE;
	if (p->words <= CAPTION_WORDS_MAX && l->ls.said)
		*flags |= SHF_SAID;
	if (p->words <= 40 && !l->ls.two_sentences) {
		*flags |= SHF_SENTENCE;
		if (p->words <= CAPTION_WORDS)
			*flags |= SHF_CAPTION;
	}
	return SH_PROSE;
}

/* Classify the text after any bullet or item mark: the marks first,
 * then a stamp, then the short lines that are no text, then text. */
static enum shape classify(const uint8_t *s, size_t n, const struct para *p,
			   unsigned *flags)
{
	struct line l;
	enum shape sh;

	l.s = s;
	l.n = n;
	l.p = p;
	/* Only lines of thirty words or fewer are asked about their words
	 * (comments markers, furniture, labels, stamps, fragments), and of
	 * no word past the ninth but by the stamp test (read_all_words). */
	l.k = p->words <= 30 ? lex_tokens(s, n, l.t, LINE_TOKENS) : 0;
	line_stats(s, n, &l.ls);
	if ((sh = marked_shape(&l, flags)) != SH_BLANK)
		return sh;
	if (is_stamp(&l, flags))
		return SH_META;
	if ((sh = aside_shape(&l, flags)) != SH_BLANK)
		return sh;
	return text_shape(&l, flags);
}

/* FNV-1a over the bytes, for the line hashes. */
static uint32_t fnv(const uint8_t *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 16777619u;
	return h | 1;    /* never 0: 0 is "no hash" */
}

/* The pattern of a stamp: runs of letters and of digits as one class
 * each, punctuation kept, spaces dropped. */
static uint32_t pattern_of(const uint8_t *s, size_t n)
{
	uint32_t h = 2166136261u;
	int last = 0;

	for (size_t i = 0; i < n; i++) {
		int c = s[i];
		if (lex_ascii_letter(s[i]) || s[i] >= 0x80)
			c = 'a';
		else if (lex_ascii_digit(s[i]))
			c = '9';
		else if (c == ' ' || c == '\t')
			continue;
		if ((c == 'a' || c == '9') && c == last)
			continue;
		last = c;
		h = (h ^ (uint32_t)c) * 16777619u;
	}
	return h | 1;
}

/* Does the text leave a bracket open?  A paragraph closes what it
 * opens; one that ends inside `[…` or `(…` was cut there. */
static bool bracket_open(const uint8_t *s, size_t n)
{
	unsigned depth = 0;

	for (size_t i = 0; i < n; i++)
		if (s[i] == '(' || s[i] == '[')
			depth++;
		else if ((s[i] == ')' || s[i] == ']') && depth > 0)
			depth--;
	return depth > 0;
}

/* Where the text's last space-parted word begins. */
static size_t last_word(const uint8_t *s, const struct para *p)
{
	size_t b = p->text_end;

	while (b > p->begin && s[b - 1] != ' ')
		b--;
	return b;
}

/* Does the text end in an auxiliary left open (open_verbs)? */
static bool ends_in_verb(const uint8_t *s, const struct para *p)
{
	size_t b = last_word(s, p);

	return wordlist_has(open_verbs, LEN(open_verbs), s + b,
			    p->text_end - b);
}

/* Was the text cut off inside a word or a phrase?  Its last word is in
 * lower case letters only, no English word but the start of one (`… 400
 * checkpo`; not `pangolin`, a word the list lacks), a
 * possessive (`Taipei’s`), or a word that leaves its phrase open (`…
 * in Kumamoto to`). */
static bool ends_cut(const uint8_t *s, const struct para *p)
{
	if (p->ends_sentence || p->ellipsis || p->text_end <= p->begin)
		return false;
	size_t e = p->text_end, b = last_word(s, p);
	if (wordlist_has(open_words, LEN(open_words), s + b, e - b) ||
	    ends_in_verb(s, p))
		return true;
	b = e;
	if (e - p->begin > 2 && s[e - 1] == 's' && s[e - 2] == '\'')
		return true;
	if (e - p->begin > 4 && s[e - 1] == 's' &&
	    memcmp(s + e - 4, "\xe2\x80\x99", 3) == 0)
		return true;
	while (b > p->begin && s[b - 1] >= 'a' && s[b - 1] <= 'z')
		b--;
	if (b == e || (b > p->begin && s[b - 1] != ' '))
		return false;
	return words_cut(s + b, e - b);
}

/* A line after an item mark: a quoted digest item, an RSS item glued
 * after the end of the one before. */
static enum shape item_shape(const uint8_t *s, size_t n, const struct para *p,
			     unsigned *flags)
{
	*flags |= SHF_ITEM;
	/* an RSS item's title, address and date glued: its header */
	if (urls(s, n) > 0) {
		*flags |= SHF_HEADER;
		return SH_TITLE;
	}
	return p->words > SHORT_WORDS || !p->titleish ? SH_PROSE : SH_TITLE;
}

/* How a title or a label is written: in capitals, as a name, every word
 * capitalised. */
static unsigned title_flags(const uint8_t *s, size_t n, enum shape sh)
{
	struct token t[MAX_TOKENS];
	unsigned flags = 0;

	if (sh != SH_TITLE && sh != SH_LABEL)
		return 0;
	if (lex_all_caps(s, n))
		flags |= SHF_CAPS;
	if (sh != SH_TITLE) {
		/* a name in capitals that the caps made a label: `HELEN WU`
		 * (only a label in capitals is worth splitting into words) */
		if (flags & SHF_CAPS) {
			size_t k = lex_tokens(s, n, t, MAX_TOKENS);
			if (k >= 2 && name_like(t, k))
				flags |= SHF_NAME;
		}
		return flags;
	}
	size_t k = lex_tokens(s, n, t, MAX_TOKENS);
	if (name_like(t, k))
		flags |= SHF_NAME;
	if (k > 0) {
		bool caps = true;
		for (size_t i = 0; i < k; i++)
			caps &= !(t[i].s[0] >= 'a' && t[i].s[0] <= 'z');
		if (caps)
			flags |= SHF_TITLECASE;
	}
	return flags;
}

static enum shape shape_classes(const uint8_t *s, size_t n,
				const struct para *p, unsigned *flags)
{
	*flags = 0;
	if (p->blank)
		return SH_BLANK;
	if (p->formfeed)
		return SH_FORMFEED;
	s += p->begin;
	n = p->end - p->begin;
	if ((n > 2 && s[0] == '>' && s[1] == ' ') ||
	    (n > 4 && memcmp(s, "]]> ", 4) == 0))
		return item_shape(s, n, p, flags);
	/* ` date 2020-01-21 By … / Staff reporter`: a page's metadata */
	if (n > 6 && text_prefix_ci(s, n, "date ") && lex_ascii_digit(s[5])) {
		*flags |= SHF_HEADER | SHF_PAGE;
		return SH_META;
	}
	/* A bulleted line is classified without its bullet; as prose, it
	 * is a list's item. */
	size_t b = layout_bullet_len(s, n);
	if (b > 0 && b < n) {
		*flags |= SHF_BULLET;
		struct para q;
		para_analyze(s + b, n - b, &q);
		enum shape sh = classify(s + b, n - b, &q, flags);
		if (sh == SH_META && layout_is_infobox_field(s + b, n - b))
			return SH_LIST;
		return sh == SH_PROSE ? SH_LIST : sh;
	}
	enum shape sh = classify(s, n, p, flags);
	*flags |= title_flags(s, n, sh);
	/* A page's title: only a page's top holds it. */
	if ((sh == SH_TITLE || sh == SH_LABEL) && layout_is_page_title(s, n))
		*flags |= SHF_TOP;
	return sh;
}

void shape_of(const uint8_t *s, size_t n, const struct para *p,
	      struct shape_info *out)
{
	unsigned flags = 0;
	enum shape sh = shape_classes(s, n, p, &flags);

	if ((sh == SH_PROSE || sh == SH_TITLE) && !p->ends_sentence &&
	    !p->ellipsis && bracket_open(s + p->begin, p->text_end - p->begin))
		flags |= SHF_CUTOFF | SHF_BRACKET;
	else if ((sh == SH_PROSE || sh == SH_TITLE) && ends_cut(s, p))
		flags |= SHF_CUTOFF;
	if (sh == SH_TITLE && (flags & SHF_CUTOFF) && ends_in_verb(s, p)) {
		sh = SH_PROSE;
		flags &= ~(unsigned)(SHF_NAME | SHF_TITLECASE | SHF_CAPS);
	}
	out->shape = (uint8_t)sh;
	out->flags = flags;
	out->text = out->pattern = 0;
	if (sh == SH_BLANK || sh == SH_FORMFEED)
		return;
	const uint8_t *t = s + p->begin;
	size_t len = p->end - p->begin;
	if (len <= 240 && sh != SH_PROSE)
		out->text = fnv(t, len);
	if (sh == SH_META)
		out->pattern = pattern_of(t, len);
}
