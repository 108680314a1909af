#include "blurb.h"

#include <string.h>

#include "text.h"

enum { DECK_MIN_WORDS = 3 };

/* Words that leave a phrase open: a capitalised word after them is still
 * part of the deck (`by El Salvador’s`, `amid Washington’s`, `cover all
 * MRT stations`, `in northern Taiwan`).  Sorted. */
static const char *const deck_links[] = {
	"a", "about", "across", "after", "against", "all", "amid", "among",
	"an", "and", "as", "at", "before", "behind", "between", "beyond",
	"both", "by", "called", "central", "despite", "dubbed", "during",
	"each", "east", "eastern", "every", "for", "former", "from", "her",
	"his", "in", "including", "into", "its", "like", "many", "named",
	"near", "north", "northern", "of", "on", "or", "our", "over", "past",
	"several", "some", "south", "southern", "than", "that", "the", "their",
	"these", "this", "those", "to", "toward", "towards", "under", "until",
	"via", "west", "western", "while", "with", "within", "without",
};

/* Capitalised words that open a lede and cannot sit inside a name, so
 * they end a deck even after a capitalised word (`across Asia The
 * southern port`, `in the US A drug`).  Sorted. */
static const char *const lede_openers[] = {
	"A", "After", "An", "As", "He", "Her", "His", "If", "It", "Its",
	"Many", "More", "She", "Some", "The", "Their", "These", "They", "This",
	"Those", "When", "While",
};

/* The plural subjects news ledes begin with (`near the Taipei Dome
 * Organizers of the marathon`).  They can also name a body (`Farmers
 * Association`), so they open a lede only before a lower-case word. */
static const char *const lede_subjects[] = {
	"Activists", "Analysts", "Authorities", "Commuters", "Doctors",
	"Experts", "Families", "Fans", "Farmers", "Investors", "Lawmakers",
	"Officials", "Organisers", "Organizers", "Parents", "Passengers",
	"Police", "Prosecutors", "Researchers", "Residents", "Scientists",
	"Students", "Supporters", "Teachers", "Tourists", "Visitors",
	"Voters", "Workers",
};

#define IN_TABLE(tab, w, n) text_is_one_of(w, n, tab, sizeof tab / sizeof tab[0])

static bool starts_upper(const uint8_t *w, size_t n)
{
	ucs4_t uc;
	size_t i = text_next(w, n, &uc);

	if (text_is_open_quote(uc) && i < n)
		text_next(w + i, n - i, &uc);
	return text_is_upper(uc);
}

/* Months and weekdays are capitalised but sit inside a phrase (`its
 * warmest April night`, `by Friday`). */
static const char *const calendar_words[] = {
	"April", "August", "December", "February", "Friday", "January", "July",
	"June", "March", "May", "Monday", "November", "October", "Saturday",
	"September", "Sunday", "Thursday", "Tuesday", "Wednesday",
};

/* A capitalised word, not an amount (`HK$2`, `US$3m`) nor a date word. */
static bool is_capital_word(const uint8_t *w, size_t n)
{
	if (!starts_upper(w, n) || IN_TABLE(calendar_words, w, n))
		return false;
	for (size_t i = 0; i < n; i++)
		if (w[i] == '$' || (w[i] >= '0' && w[i] <= '9'))
			return false;
	return true;
}

/* Does the word end a clause (`leader,`), so a capital after it may begin
 * a list item rather than the lede? */
static bool ends_clause(const uint8_t *w, size_t n)
{
	uint8_t c = w[n - 1];
	return c == ',' || c == ';' || c == ':';
}

struct word {
	const uint8_t *s;
	size_t n;
};

/* Words after which an -ing word is a noun (`this morning`, `the new
 * building`), not a participle. */
static const char *const determiners[] = {
	"a", "an", "each", "every", "her", "his", "its", "last", "new", "next",
	"our", "that", "the", "their", "this",
};

/* A participle (`operators serving Penghu`) takes an object: the
 * capitalised word after it is still the deck's.  Long -ing words only,
 * and not after a determiner, so `this spring` or `the building` are not
 * taken for one. */
static bool is_participle(struct word before, struct word w)
{
	return w.n >= 7 && memcmp(w.s + w.n - 3, "ing", 3) == 0 &&
	       !starts_upper(w.s, w.n) && before.n > 0 &&
	       !starts_upper(before.s, before.n) &&
	       !IN_TABLE(determiners, before.s, before.n);
}

/* Does the lede begin at word w, after pp and prev, before next? */
static bool lede_starts(struct word pp, struct word prev, struct word w,
			struct word next)
{
	if (!is_capital_word(w.s, w.n) || ends_clause(prev.s, prev.n) ||
	    IN_TABLE(deck_links, prev.s, prev.n))
		return false;
	/* A plural subject before a verb opens a lede whatever precedes it
	 * (`its fans kept singing Supporters stayed`). */
	if (IN_TABLE(lede_subjects, w.s, w.n) && next.n > 0 &&
	    !starts_upper(next.s, next.n))
		return true;
	if (is_participle(pp, prev))
		return false;
	if (IN_TABLE(lede_openers, w.s, w.n))
		return true;
	return !starts_upper(prev.s, prev.n);
}

/* The word at s[*i], skipping white space first; n == 0 at the end. */
static struct word next_word(const uint8_t *s, size_t n, size_t *i)
{
	size_t w = text_skip_space(s, n, *i), e = w;

	while (e < n) {
		ucs4_t uc;
		size_t k = text_next(s + e, n - e, &uc);
		if (text_is_space(uc))
			break;
		e += k;
	}
	*i = e;
	return (struct word){ s + w, e - w };
}

size_t blurb_deck(const uint8_t *s, size_t n)
{
	size_t i = 0;
	struct word pp = { s, 0 }, prev, cur, next;
	unsigned words = 1;

	prev = next_word(s, n, &i);
	cur = next_word(s, n, &i);
	while (cur.n > 0) {
		next = next_word(s, n, &i);
		if (words >= DECK_MIN_WORDS && lede_starts(pp, prev, cur, next))
			return (size_t)(prev.s + prev.n - s);
		pp = prev;
		prev = cur;
		cur = next;
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
