#include "blurb.h"

#include <string.h>

#include "text.h"

enum { DECK_MIN_WORDS = 3 };

/* Words that leave a phrase open: a capitalised word after them is still
 * part of the deck (`by El Salvador’s`, `amid Washington’s`).  Sorted. */
static const char *const deck_links[] = {
	"a", "about", "across", "after", "against", "amid", "among", "an",
	"and", "as", "at", "before", "behind", "between", "beyond", "by",
	"called", "despite", "dubbed", "during", "for", "from", "her", "his",
	"in", "including", "into", "its", "like", "named", "near", "of", "on",
	"or", "our", "over", "past", "said", "says", "than", "that", "the",
	"their", "to", "toward", "towards", "under", "until", "via", "while",
	"with", "within", "without",
};

static bool is_deck_link(const uint8_t *w, size_t n)
{
	size_t lo = 0, hi = sizeof deck_links / sizeof deck_links[0];

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *k = deck_links[mid];
		size_t kn = strlen(k);
		int c = memcmp(w, k, n < kn ? n : kn);
		if (c == 0)
			c = (n > kn) - (n < kn);
		if (c == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

static bool starts_upper(const uint8_t *w, size_t n)
{
	ucs4_t uc;
	size_t i = text_next(w, n, &uc);

	if (text_is_open_quote(uc) && i < n)
		text_next(w + i, n - i, &uc);
	return text_is_upper(uc);
}

/* Does the word end a clause (`leader,`), so a capital after it may begin
 * a list item rather than the lede? */
static bool ends_clause(const uint8_t *w, size_t n)
{
	uint8_t c = w[n - 1];
	return c == ',' || c == ';' || c == ':';
}

size_t blurb_deck(const uint8_t *s, size_t n)
{
	size_t prev_off = 0, prev_len = 0, i = 0;
	unsigned words = 0;

	while (i < n) {
		i = text_skip_space(s, n, i);
		if (i >= n)
			break;
		size_t w = i;
		while (i < n) {
			ucs4_t uc;
			size_t k = text_next(s + i, n - i, &uc);
			if (text_is_space(uc))
				break;
			i += k;
		}
		if (words >= DECK_MIN_WORDS && starts_upper(s + w, i - w) &&
		    !starts_upper(s + prev_off, prev_len) &&
		    !is_deck_link(s + prev_off, prev_len) &&
		    !ends_clause(s + prev_off, prev_len))
			return prev_off + prev_len;
		prev_off = w;
		prev_len = i - w;
		words++;
	}
	return 0;
}

/* The first line that opens the story's text: a headline or a paragraph. */
static const struct line *opening_line(const struct story *st, size_t *from)
{
	for (size_t i = *from; i < st->nlines; i++) {
		enum role r = st->lines[i].role;
		if (r == R_HEADLINE || r == R_BODY) {
			*from = i + 1;
			return &st->lines[i];
		}
	}
	return NULL;
}

static bool has_body_after(const struct story *st, const struct line *l)
{
	for (const struct line *m = l + 1; m < st->lines + st->nlines; m++)
		if (m->role == R_BODY)
			return true;
	return false;
}

void blurb_analyze(struct story *st)
{
	size_t from = 0;
	const struct line *l = opening_line(st, &from);

	st->kicker = st->deck = (struct span){ 0, 0 };
	if (l != NULL && l->role == R_HEADLINE && l->para.kicker == 0)
		l = opening_line(st, &from);
	if (l == NULL || l->para.kicker == 0)
		return;
	const struct para *p = &l->para;
	st->kicker = (struct span){ line_start(l) + p->kicker_off, p->kicker_len };
	if (l->role == R_HEADLINE)
		return;     /* the rest of the line is the headline (kind.c) */
	size_t start = p->begin + p->kicker;
	size_t end = p->text_end;
	if (end <= start)
		return;
	const uint8_t *s = line_text(st, l) + start;
	size_t deck = blurb_deck(s, end - start);
	if (deck == 0 && has_body_after(st, l))
		deck = end - start;
	if (deck > 0)
		st->deck = (struct span){ line_start(l) + start, deck };
}
