#include "para.h"

#include <string.h>

#include "date.h"
#include "lex.h"
#include "opening.h"
#include "scan.h"
#include "text.h"
#include "title.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Teaser links that end a promo blurb, as real pages print them; matched
 * at the very end of a line, glued to the last word or not (para_link
 * knows their last letters).  Bracketed forms are compared with their
 * inner spaces collapsed. */
#define WORD(lit) { lit, sizeof(lit) - 1 }
static const struct { const char *s; size_t n; } word_links[] = {
	WORD("Continue reading"), WORD("Continue Reading"),
	WORD("CONTINUE READING"), WORD("FULL STORY"), WORD("Full Story"),
	WORD("Full story"), WORD("READ MORE"), WORD("Read More"),
	WORD("Read more"),
};

/* Does s[0, n) end in the bytes of the string literal lit? */
#define ENDS_IN(s, n, lit) ((n) >= sizeof(lit) - 1 && \
	memcmp((s) + (n) - (sizeof(lit) - 1), lit, sizeof(lit) - 1) == 0)
static const char *const bracket_links[] = {
	"...", "CONTINUE READING", "FULL STORY", "READ ENTIRE STORY",
	"READ FULL STORY", "READ MORE", "\xE2\x80\xA6",
};

/* Credit and caption lines, by how they open (ASCII case ignored). */
static const char *const credit_prefixes[] = {
	"Courtesy of ", "File photo", "Graphic:", "Image:", "Photo by ",
	"Photo courtesy of ", "Photo:", "Photo :", "Photograph:", "Photos:",
	"Photos courtesy of ", "Screengrab from ", "Screengrab:",
	"Screenshot from ", "Screenshot:", "Source: screengrab",
};

/* Sign-offs that close an article (`Additional reporting by AP`): credit
 * lines after which a page goes straight on with another story. */
static const char *const signoff_prefixes[] = {
	"(Additional reporting by ", "(Reporting by ", "Additional reporting by ",
	"Additional reporting from ", "Compiled by ", "Editing by ",
	"Reporting by ", "Translated by ", "With additional reporting by ",
	"Writing by ",
};

/* Furniture and metadata lines, by how they open. */
static const char *const meta_prefixes[] = {
	"Date:", "Last updated", "Posted:", "Posted on ", "Published:",
	"Published on ", "Source:", "Updated:", "Updated on ",
};

/* Is the word s[0..n) a weekday or month name (date.h), whole
 * (`Monday`) or cut to three letters or more (`Mon`, `Sept`, `Thurs`)?
 * It opens a date stamp (`Mon, Jan 27, 2025`). */
static bool is_date_word(const uint8_t *s, size_t n)
{
	if (n < 3)
		return false;
	for (size_t i = 0; i < DATE_CALENDAR_NAMES; i++)
		if (n <= strlen(date_calendar[i]) &&
		    memcmp(s, date_calendar[i], n) == 0)
			return true;
	return false;
}

/* Section bullets that open a label line (`■ CRIME`). */
static const ucs4_t section_marks[] = { 0x25A0, 0x25A1, 0x25C6, 0x25CF, 0x25B2, 0x2605 };

static bool is_closer(ucs4_t uc)
{
	return text_is_close_quote(uc) || uc == ')' || uc == ']' ||
	       uc == 0xFF09 || uc == 0x300D || uc == 0x300F;
}

/* A bracketed link `[FULL  STORY]`, `[…]`: the length of the bracket
 * group that ends s, or 0. */
static size_t bracket_link(const uint8_t *s, size_t n, bool *ellipsis)
{
	size_t open = n;
	uint8_t inner[32];
	size_t k = 0;

	if (n < 3 || s[n - 1] != ']')
		return 0;
	for (size_t i = n - 1; i-- > 0 && n - i < 40;)
		if (s[i] == '[') {
			open = i;
			break;
		}
	if (open == n)
		return 0;
	for (size_t i = open + 1; i < n - 1 && k < sizeof inner; i++) {
		uint8_t c = s[i];
		if (c == ' ' || c == '\t') {
			if (k > 0 && inner[k - 1] != ' ')
				inner[k++] = ' ';
			continue;
		}
		inner[k++] = (c >= 'a' && c <= 'z') ? (uint8_t)(c - 32) : c;
	}
	while (k > 0 && inner[k - 1] == ' ')
		k--;
	for (size_t i = 0; i < LEN(bracket_links); i++)
		if (strlen(bracket_links[i]) == k &&
		    memcmp(inner, bracket_links[i], k) == 0) {
			*ellipsis = bracket_links[i][0] == '.' ||
				    bracket_links[i][0] == '\xE2';
			return n - open;
		}
	return 0;
}

/* A word link with a footer glued after it: `… tourist spots. Read full
 * story Date: 23 February, 2026 7:00 am Source: thestar.com.my`.
 * Returns where the link starts, or n. */
static size_t glued_footer_link(const uint8_t *s, size_t n)
{
	static const char *const links[] = {
		" Read full story", " Read more", " Full Story", " FULL STORY",
		" Continue reading",
	};
	size_t from = n > 160 ? n - 160 : 0, first = n;

	/* From each stamp (` Date:`, ` Source:`, found by its colon), look
	 * back for a link right before it; the first link wins. */
	for (const uint8_t *c = memchr(s + from, ':', n - from); c != NULL;
	     c = memchr(c + 1, ':', n - (size_t)(c + 1 - s))) {
		size_t at = (size_t)(c - s), stamp;
		if (at >= from + 5 && text_prefix_ci(s + at - 5, 6, " Date:"))
			stamp = at - 5;
		else if (at >= from + 7 &&
			 text_prefix_ci(s + at - 7, 8, " Source:"))
			stamp = at - 7;
		else
			continue;
		for (size_t k = 0; k < LEN(links); k++) {
			size_t len = strlen(links[k]);
			if (stamp >= from + len && stamp + 6 < n &&
			    memcmp(s + stamp - len, links[k], len) == 0 &&
			    stamp - len < first)
				first = stamp - len;
		}
	}
	return first < n ? text_trim_end(s, first) : n;
}

size_t para_link(const uint8_t *s, size_t n, bool *ellipsis)
{
	size_t len = 0;

	*ellipsis = false;
	/* A trailing arrow or guillemet after a link: `Read more »`. */
	size_t m = n;
	if (m >= 2 && (s[m - 1] == '>' || ENDS_IN(s, m, "\xC2\xBB") ||
		       ENDS_IN(s, m, "\xE2\x80\xBA"))) {
		m = text_prev(s, m);
		m = text_trim_end(s, m);
	}
	/* An ellipsis alone on its line is a teaser link too (§2.2); glued
	 * to a word it only says the text was cut (ends_sentence). */
	if ((m == 3 && memcmp(s, "...", 3) == 0) ||
	    (m == 3 && memcmp(s, "\xE2\x80\xA6", 3) == 0)) {
		*ellipsis = true;
		return 0;
	}
	len = bracket_link(s, m, ellipsis);
	/* Every word link ends in `reading`, `story` or `more`, so other
	 * lines skip the table (a link that ends otherwise needs its last
	 * letter here too); without this, para_analyze costs 5% more. */
	uint8_t last = m > 0 ? s[m - 1] | 0x20 : 0;
	if (len == 0 && (last == 'g' || last == 'y' || last == 'e')) {
		for (size_t i = 0; i < LEN(word_links); i++) {
			size_t k = word_links[i].n;
			if (k <= m && memcmp(s + m - k, word_links[i].s, k) == 0) {
				len = k;
				break;
			}
		}
	}
	if (len == 0)
		return glued_footer_link(s, n);
	return text_trim_end(s, m - len);
}

/* Footnote marks after a sentence: `… as evidence.[1][a]` */
static size_t strip_footnotes(const uint8_t *s, size_t n)
{
	while (n >= 3 && s[n - 1] == ']') {
		size_t open = n - 1;
		while (open > 0 && s[open - 1] != '[' && n - open <= 4)
			open--;
		if (open == 0 || s[open - 1] != '[' || open == n - 1)
			break;
		for (size_t i = open; i < n - 1; i++)
			if (!((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') &&
			    !(s[i] >= '0' && s[i] <= '9'))
				return n;
		n = open - 1;
	}
	return n;
}

/* Does the text end a sentence?  Sets *ellipsis when it ends cut off. */
static bool ends_sentence(const uint8_t *s, size_t n, bool *ellipsis)
{
	size_t i = strip_footnotes(s, n);
	ucs4_t uc = 0;

	while (i > 0) {
		size_t p = text_char_before(s, i, &uc);
		if (!is_closer(uc) && !text_is_space(uc))
			break;
		i = p;
	}
	if (i == 0)
		return false;
	if (uc == 0x2026 || (i >= 3 && memcmp(s + i - 3, "...", 3) == 0)) {
		*ellipsis = true;
		return false;
	}
	return uc == '.' || uc == '!' || uc == '?' || uc == 0x3002 ||
	       uc == 0xFF01 || uc == 0xFF1F;
}

/* A reporter's address glued after the last sentence (`… confusing.
 * [[nid:731204]]editor@asiaone.com`): a credit, not the text's end. */
static size_t strip_signature(const uint8_t *s, size_t n)
{
	size_t i = n;

	while (i > 0 && s[i - 1] != ' ')
		i--;
	if (i == 0 || memchr(s + i, '@', n - i) == NULL ||
	    memchr(s + i, '.', n - i) == NULL)
		return n;
	return text_trim_end(s, i);
}

/* Quotes and brackets opened and not yet closed. */
struct open_count {
	long quotes, singles, parens, straight;
};

/* Read the byte or character at s[*i], count it in *c if it is a quote or
 * a bracket, and step over it.  A ’ between two letters is an apostrophe
 * (`can’t`); one after ‘ was opened and before a non-letter closes it. */
static void quote_step(const uint8_t *s, size_t n, size_t *i,
		       struct open_count *c)
{
	size_t at = *i;
	ucs4_t uc = s[at], near = ' ';

	if (uc == 0xE2 || uc == 0xEF) {
		*i += text_next(s + at, n - at, &uc);
	} else {
		(*i)++;   /* ASCII, or a byte of no quote or bracket */
		if (uc >= 0x80)
			return;
	}
	switch (uc) {
	case 0x201C: c->quotes++; break;
	case 0x201D: if (c->quotes > 0) c->quotes--; break;
	case 0x2018:
		if (at > 0)
			text_char_before(s, at, &near);
		if (!text_is_letter(near) && !text_is_digit(near))
			c->singles++;
		break;
	case 0x2019:
		if (*i < n)
			text_next(s + *i, n - *i, &near);
		if (c->singles > 0 && !text_is_letter(near))
			c->singles--;
		break;
	case '"': c->straight++; break;
	case '(': case 0xFF08:
		/* `(??,`: the CJK was lost, not the bracket's end */
		if (!(*i < n && s[*i] == '?'))
			c->parens++;
		break;
	case ')': case 0xFF09: if (c->parens > 0) c->parens--; break;
	}
}

/* One pass over the quote bytes of s[0, n): does the text before a
 * teaser link, s[0, text), leave a quotation or a bracket open; does the
 * line hold a `(` or a 0xEF byte at all?  (quote_step steps over whole
 * characters, but a lead byte is never inside one, so none is missed.) */
static void quote_bytes(const uint8_t *s, size_t n, size_t text,
			struct para *p)
{
	struct open_count c = { 0, 0, 0, 0 };

	for (size_t i = scan_quote_byte(s, n, 0); i < n;
	     i = scan_quote_byte(s, n, i)) {
		p->paren |= s[i] == '(';
		p->wide |= s[i] == 0xEF;
		if (i < text)
			quote_step(s, text, &i, &c);
		else
			i++;
	}
	p->open_quote = c.quotes > 0 || c.singles > 0 || c.parens > 0 ||
			c.straight % 2 == 1;
}

bool para_is_credit(const uint8_t *s, size_t n, unsigned words)
{
	if (n == 0)
		return false;
	if (s[0] == '(' && s[n - 1] == ')' && words <= 8)
		return text_suffix_ci(s, n - 1, "photo") ||
		       text_prefix_ci(s + 1, n - 1, "photo");
	if (words <= 15 &&
	    lex_prefix_in(s, n, credit_prefixes, LEN(credit_prefixes)))
		return true;
	/* A one-line caption with its credit: `… yesterday. Photo: CNA`. */
	if (words > 60)
		return false;
	for (const uint8_t *dot = memchr(s, '.', n); dot != NULL;
	     dot = memchr(dot + 1, '.', n - (size_t)(dot + 1 - s))) {
		size_t i = (size_t)(dot - s);
		if (i + 2 < n && s[i + 1] == ' ' && (s[i + 2] | 0x20) == 'p' &&
		    (text_prefix_ci(s + i + 2, n - i - 2, "Photo courtesy of ") ||
		     text_prefix_ci(s + i + 2, n - i - 2, "Photo: ")))
			return true;
	}
	return false;
}

bool para_is_byline(const uint8_t *s, size_t n, unsigned words)
{
	ucs4_t uc;
	size_t i;

	if (words > 12 || n == 0 || s[n - 1] == '.')
		return false;
	if (text_prefix_ci(s, n, "Staff writer") ||
	    text_prefix_ci(s, n, "Staff reporter") || text_prefix_ci(s, n, "By: ") ||
	    (n == 3 && memcmp(s, "By:", 3) == 0))
		return true;
	if (n < 4 || memcmp(s, "By ", 3) != 0)
		return false;
	i = text_skip_space(s, n, 3);
	if (i >= n)
		return false;
	text_next(s + i, n - i, &uc);
	return text_is_upper(uc) && words <= 10;
}

static bool is_date_stamp(const uint8_t *s, size_t n, unsigned words)
{
	bool digit = false;

	if (words > 6 || n < 5)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			digit = true;
	if (!digit)
		return false;
	size_t w = 0;
	while (w < n && ((s[w] | 0x20) >= 'a' && (s[w] | 0x20) <= 'z'))
		w++;
	return is_date_word(s, w);
}

bool para_is_section_label(const uint8_t *s, size_t n, unsigned words)
{
	ucs4_t uc;

	if (words > 6 || n == 0)
		return false;
	if (s[0] == '[' && s[n - 1] == ']') {
		for (size_t i = 1; i + 1 < n; i++)
			if (s[i] >= 'a' && s[i] <= 'z')
				return false;
		return true;
	}
	text_next(s, n, &uc);
	for (size_t i = 0; i < LEN(section_marks); i++)
		if (uc == section_marks[i])
			return true;
	return false;
}

bool para_is_meta(const uint8_t *s, size_t n, unsigned words)
{
	if (words <= 10 && lex_prefix_in(s, n, meta_prefixes, LEN(meta_prefixes)))
		return true;
	return is_date_stamp(s, n, words) || para_is_section_label(s, n, words);
}

/* The question lives with the title test, which asks it too; segment.c
 * asks it here. */
bool para_ends_open(const uint8_t *s, size_t n)
{
	return title_ends_open(s, n);
}

static bool first_letter_lower(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		i += text_next(s + i, n - i, &uc);
		if (text_is_letter(uc))
			return text_is_lower(uc);
		if (!text_is_open_quote(uc))
			return false;
	}
	return false;
}

/* How the line ends: the text before a teaser link, whether it ends a
 * sentence, and the quotes and brackets it leaves open. */
static void read_ending(const uint8_t *s, size_t len, struct para *p)
{
	size_t text = para_link(s, len, &p->ellipsis);

	p->has_link = text < len;
	p->link_only = p->has_link && text == 0;
	p->text_end = p->begin + text;
	if (!p->ellipsis)
		p->ends_sentence = ends_sentence(s, strip_signature(s, text),
						 &p->ellipsis);
	quote_bytes(s, len, text, p);
	p->broken_gloss = text > 0 && (s[text - 1] == '(' ||
				       ENDS_IN(s, text, "\xEF\xBC\x88"));
}

/* How the line opens: a dateline or else a kicker, and what either says
 * of a title (so after titleish is set). */
static void read_opening(const uint8_t *s, size_t len, struct para *p)
{
	if (p->paren)
		p->dateline = opening_dateline(s, len, &p->dateline_len);
	if (p->dateline == 0 && p->words > 3)
		p->dateline = opening_place_dateline(s, len, &p->dateline_len);
	if (p->dateline == 0 && p->words > 3) {
		size_t off = 0;
		p->dateline = opening_titled_dateline(s, len, &off,
						      &p->dateline_len);
		p->dateline_off = (uint8_t)off;
	}
	if (p->dateline > 0)
		p->titleish = false;    /* a lede, however short */
	if (p->dateline == 0 && !p->credit)
		p->kicker = opening_kicker(s, len, &p->kicker_off,
					   &p->kicker_len, &p->kicker_mark);
	p->kicker_off += p->begin;
	/* A kicker and a long run of text after it is a paragraph (a blurb
	 * or a deck), not a headline. */
	if (p->kicker > 0 && p->words > 12 && s[len - 1] != '?')
		p->titleish = false;
}

bool para_tables_ok(void)
{
	return lex_first_sorted(credit_prefixes, LEN(credit_prefixes)) &&
	       lex_first_sorted(signoff_prefixes, LEN(signoff_prefixes)) &&
	       lex_first_sorted(meta_prefixes, LEN(meta_prefixes));
}

void para_bounds(const uint8_t *s, size_t n, struct text_bounds *b)
{
	bool ellipsis;

	b->begin = text_skip_space(s, n, 0);
	b->end = text_trim_end(s, n);
	if (b->end <= b->begin)
		b->begin = b->end = b->text_end = 0;
	else if (b->end - b->begin == 1 && s[b->begin] == '\f')
		b->text_end = b->end;
	else
		b->text_end = b->begin + para_link(s + b->begin,
						   b->end - b->begin, &ellipsis);
}

void para_analyze(const uint8_t *line, size_t n, struct para *p)
{
	/* Copied, not memset: GCC clears the record with rep stos, which
	 * takes as long to start as the rest of a short line. */
	static const struct para none;

	*p = none;
	p->begin = text_skip_space(line, n, 0);
	p->end = text_trim_end(line, n);
	if (p->end <= p->begin) {
		p->blank = true;
		p->begin = p->end = p->text_end = 0;
		return;
	}
	const uint8_t *s = line + p->begin;
	size_t len = p->end - p->begin;

	if (len == 1 && s[0] == '\f') {
		p->formfeed = true;
		p->text_end = p->end;
		return;
	}
	/* Every test asks about fewer words: a long paragraph is not read to
	 * its end. */
	p->words = scan_words(s, len, PARA_WORDS_MAX);
	read_ending(s, len, p);
	p->signoff = p->words <= 16 && lex_prefix_in(s, len, signoff_prefixes,
						     LEN(signoff_prefixes));
	p->credit = p->signoff || para_is_credit(s, len, p->words);
	p->byline = !p->credit && para_is_byline(s, len, p->words);
	p->meta = !p->credit && para_is_meta(s, len, p->words);
	p->titleish = !p->has_link && title_is_titleish(s, len, p->words);
	p->starts_lower = first_letter_lower(s, len);
	read_opening(s, len, p);
	ucs4_t first;
	text_next(s, len, &first);
	p->quotation = text_is_open_quote(first) && p->kicker == 0 &&
		       !p->titleish;
}
