#include "blurb.h"

#include <pthread.h>
#include <string.h>

#include "date.h"
#include "opening.h"
#include "para.h"
#include "scan.h"
#include "text.h"
#include "wordlist.h"
#include "words.h"

enum { DECK_MIN_WORDS = 3 };

/* Words that leave a phrase open: a capitalised word after them is still
 * part of the deck (`by El Salvador’s`, `amid Washington’s`, `cover all
 * MRT stations`, `in northern Taiwan`).  In strcmp order. */
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
 * southern port`, `in the US A drug`).  In strcmp order. */
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

/* Words after which an -ing word is a noun (`this morning`, `the new
 * building`), not a participle. */
static const char *const determiners[] = {
	"a", "an", "each", "every", "her", "his", "its", "last", "new", "next",
	"our", "that", "the", "their", "this",
};

/* --- which lists a word is on ------------------------------------------ */

/* The lists above, as bits: lists_of says which of them a word is on.  All
 * five are searched in strcmp order (test_blurb checks that they are). */
enum {
	DECK_LINK = 1, LEDE_OPENER = 2, LEDE_SUBJECT = 4, CALENDAR = 8,
	DETERMINER = 16
};

static struct {
	struct wordtable table;
	unsigned list;
} lists[] = {
	{ WORDTABLE(deck_links), DECK_LINK },
	{ WORDTABLE(lede_openers), LEDE_OPENER },
	{ WORDTABLE(lede_subjects), LEDE_SUBJECT },
	/* Months and weekdays (date.h) are capitalised but sit inside a
	 * phrase (`its warmest April night`, `by Friday`). */
	{ { date_calendar, DATE_CALENDAR_NAMES, false, { 0 }, { 0 } },
	  CALENDAR },
	{ WORDTABLE(determiners), DETERMINER },
};

enum { NLISTS = sizeof lists / sizeof lists[0] };

/* The segmenter asks blurb_deck on the reading thread while the analysis
 * thread runs blurb_analyze: the indexes are built once, before either
 * reads them. */
static pthread_once_t indexed = PTHREAD_ONCE_INIT;

static void index_lists(void)
{
	for (size_t l = 0; l < NLISTS; l++)
		wordtable_index(&lists[l].table);
}

bool blurb_tables_ok(void)
{
	for (size_t l = 0; l < NLISTS; l++)
		if (!wordtable_ok(&lists[l].table))
			return false;
	return true;
}

/* Which of the lists (bits) asked about the word w[0, n) is on, exactly
 * as written; only those lists are searched.  Most words share first
 * byte and length with no entry and are turned away by the tables'
 * index at once. */
static unsigned lists_of(const uint8_t *w, size_t n, unsigned asked)
{
	unsigned on = 0;

	for (size_t l = 0; l < NLISTS; l++)
		if ((lists[l].list & asked) &&
		    wordtable_has(&lists[l].table, w, n))
			on |= lists[l].list;
	return on;
}

static bool on_list(const uint8_t *w, size_t n, unsigned list)
{
	return lists_of(w, n, list) != 0;
}

/* --- words ----------------------------------------------------------------- */

/* starts_upper for a word that opens with a quote or a non-ASCII
 * character: libunistring decides. */
static bool starts_upper_slow(const uint8_t *w, size_t n)
{
	ucs4_t uc;
	size_t i = text_next(w, n, &uc);

	if (text_is_open_quote(uc) && i < n)
		text_next(w + i, n - i, &uc);
	return text_is_upper(uc);
}

/* Does the word (n > 0) start with a capital, after an opening quote? */
static inline bool starts_upper(const uint8_t *w, size_t n)
{
	/* Most words start with a plain ASCII letter: answer that here. */
	if (w[0] < 0x80 && w[0] != '\'' && w[0] != '"')
		return w[0] >= 'A' && w[0] <= 'Z';
	return starts_upper_slow(w, n);
}

/* An amount (`HK$2`, `US$3m`) is capitalised but no word of a lede. */
static bool is_amount(const uint8_t *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (w[i] == '$' || (w[i] >= '0' && w[i] <= '9'))
			return true;
	return false;
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

/* A participle (`operators serving Penghu`) takes an object: the
 * capitalised word after it is still the deck's.  Long -ing words only,
 * and not after a determiner, so `this spring` or `the building` are not
 * taken for one. */
static bool is_participle(struct word before, struct word w)
{
	return w.n >= 7 && memcmp(w.s + w.n - 3, "ing", 3) == 0 &&
	       !starts_upper(w.s, w.n) && before.n > 0 &&
	       !starts_upper(before.s, before.n) &&
	       !on_list(before.s, before.n, DETERMINER);
}

/* Does the lede begin at word w, after pp and prev, before next? */
static bool lede_starts(struct word pp, struct word prev, struct word w,
			struct word next)
{
	/* Only a capitalised word opens it; not a month or a weekday, nor
	 * an amount.  Most words fail the first, cheapest test. */
	if (!starts_upper(w.s, w.n))
		return false;
	/* w's lists, looked up once */
	unsigned on = lists_of(w.s, w.n, CALENDAR | LEDE_SUBJECT | LEDE_OPENER);
	if ((on & CALENDAR) || is_amount(w.s, w.n) ||
	    ends_clause(prev.s, prev.n) || on_list(prev.s, prev.n, DECK_LINK))
		return false;
	/* A plural subject before a verb opens a lede whatever precedes it
	 * (`its fans kept singing Supporters stayed`). */
	if ((on & LEDE_SUBJECT) && next.n > 0 && !starts_upper(next.s, next.n))
		return true;
	if (is_participle(pp, prev))
		return false;
	if (on & LEDE_OPENER)
		return true;
	return !starts_upper(prev.s, prev.n);
}

/* The word at s[*i], skipping white space first; n == 0 at the end. */
static struct word next_word(const uint8_t *s, size_t n, size_t *i)
{
	size_t w = text_skip_space(s, n, *i);

	*i = scan_space(s, n, w);
	return (struct word){ s + w, *i - w };
}

/* Does the word end in a possessive `’s` or `'s`? */
static bool possessive(struct word w)
{
	return (w.n > 4 && memcmp(w.s + w.n - 4, "\xE2\x80\x99s", 4) == 0) ||
	       (w.n > 2 && memcmp(w.s + w.n - 2, "'s", 2) == 0);
}

/* The word without the quotes or brackets around it. */
static struct word letters_of(struct word w)
{
	while (w.n > 0 && !((w.s[0] | 0x20) >= 'a' && (w.s[0] | 0x20) <= 'z'))
		w.s++, w.n--;
	while (w.n > 0 && !((w.s[w.n - 1] | 0x20) >= 'a' &&
			    (w.s[w.n - 1] | 0x20) <= 'z'))
		w.n--;
	return w;
}

/* Is the word one the word list knows, common or proper, or an acronym? */
static bool listed(struct word w)
{
	struct word b = letters_of(w);
	bool caps = b.n >= 2;

	for (size_t i = 0; i < b.n; i++)
		caps = caps && b.s[i] >= 'A' && b.s[i] <= 'Z';
	return caps || words_known(b.s, b.n) || words_proper(b.s, b.n);
}

/* Words that, right after a capitalised word, make it a sentence's
 * subject: a time (`Pakistan yesterday canceled`) or a finite verb
 * (`Singapore will launch`).  In strcmp order. */
static const char *const subject_cues[] = {
	"has", "have", "is", "said", "says", "today", "was", "will",
	"would", "yesterday",
};

/* Where a lede opens at a capitalised word that follows another (the
 * deck ends in a name, the lede opens with one), when the first reading
 * found no lede: a possessive name (`near the Taipei Dome Taiwan’s
 * export orders`), or a proper noun of the word list or a word it does
 * not know, followed by a time or a finite verb (`across Asia Singapore
 * will launch`; `the Taipei Dome will` is no lede: `Dome` is a common
 * word).  Returns the deck's length, or 0. */
static size_t deck_before_name(const uint8_t *s, size_t n)
{
	struct word prev = { s, 0 }, w;
	size_t i = 0;

	for (size_t k = 0;; k++, prev = w) {
		w = next_word(s, n, &i);
		if (w.n == 0)
			return 0;
		if (k < DECK_MIN_WORDS || prev.n == 0 ||
		    !starts_upper(prev.s, prev.n) || !starts_upper(w.s, w.n) ||
		    ends_clause(prev.s, prev.n) || is_amount(w.s, w.n) ||
		    on_list(w.s, w.n, CALENDAR))
			continue;
		/* the deck's name ends in a word the lists know (`Dome`,
		 * `Asia`, `US`); one they do not may go on (`in Sai Kung
		 * have`, `by El Salvador’s leader`) */
		if (!listed(prev))
			continue;
		size_t j = i;
		struct word next = next_word(s, n, &j);
		bool name = possessive(w) && next.n > 0 &&
			    !starts_upper(next.s, next.n);
		if (!name && next.n > 0 &&
		    wordlist_has(subject_cues, sizeof subject_cues /
				 sizeof *subject_cues, next.s,
				 next.n)) {
			struct word b = letters_of(w);
			name = !words_known(b.s, b.n) || words_proper(b.s, b.n);
		}
		if (name)
			return (size_t)(prev.s + prev.n - s);
	}
}

size_t blurb_deck(const uint8_t *s, size_t n)
{
	pthread_once(&indexed, index_lists);
	/* The last four words read, word k in w[k % 4]: the lede may open
	 * at word k - 1, after words k - 3 and k - 2, before word k.
	 * Words are read in one place, so that next_word is inlined. */
	struct word w[4] = { { s, 0 }, { s, 0 }, { s, 0 }, { s, 0 } };
	size_t i = 0;

	for (size_t k = 0;; k++) {
		w[k % 4] = next_word(s, n, &i);
		if (k == 0)
			continue;
		const struct word *cur = &w[(k - 1) % 4];
		if (cur->n == 0)        /* no lede so far: one after a name? */
			return deck_before_name(s, n);
		/* starts_upper first: it rules out most words before the
		 * four words are handed to lede_starts. */
		if (k - 1 >= DECK_MIN_WORDS && starts_upper(cur->s, cur->n) &&
		    lede_starts(w[(k - 3) % 4], w[(k - 2) % 4], *cur, w[k % 4])) {
			const struct word *last = &w[(k - 2) % 4];
			size_t deck = (size_t)(last->s + last->n - s);
			/* A deck is a phrase: one that ends a sentence is
			 * the lede's, and the deck may end in a name
			 * before it. */
			if (last->s[last->n - 1] == '.') {
				size_t named = deck_before_name(s, deck);
				if (named > 0)
					return named;
			}
			return deck;
		}
	}
}

/* The first line that opens the story's text: a headline, a paragraph,
 * or a kicker paragraph of its own.  None after a forum post's header
 * (`Re: …`): the lines under it are the post, which quotes. */
static const struct line *opening_line(const struct story *st, size_t *from)
{
	for (size_t i = *from; i < st->nlines; i++) {
		enum role r = st->lines[i].role;
		if (r == R_COMMENTS)
			return NULL;
		if (r == R_HEADLINE || r == R_BODY ||
		    (r == R_DECK && line_has_kicker(&st->lines[i]))) {
			*from = i + 1;
			return &st->lines[i];
		}
	}
	return NULL;
}

/* Is the next non-blank line a source, stamp or byline?  Then the whole
 * rest of the kicker paragraph is the deck, full stops and capitalised
 * words included (§2.3). */
static bool header_follows(const struct story *st, const struct line *l)
{
	for (const struct line *m = l + 1; m < st->lines + st->nlines; m++)
		if (!line_blank(m))
			return m->role == R_BYLINE || m->role == R_META;
	return false;
}

/* Does the kicker name a section or form (`EDITORIAL`, `LETTER`)?  Then
 * the rest of its line is a headline, never a deck (SPEC §2.3). */
static bool names_a_form(const uint8_t *s, size_t n)
{
	static const char *const forms[] = {    /* in strcmp order */
		"ANALYSIS", "CARTOON", "COMMENTARY", "EDITORIAL", "FEATURE",
		"INTERVIEW", "LETTER", "OPINION",
	};
	return wordlist_has(forms, sizeof forms / sizeof *forms, s, n);
}

/* A story whose first line is a headline, kicker, deck, byline and lede
 * that the page glued together (an aggregator's `…holiday
 * spendingHOLIDAY BOOST: Department stores … droppedBy Nadia Chou /
 * Staff reporterRetail sales…`): the kicker, and the deck up to the
 * glued byline or, without one, up to the lede as blurb_deck finds it. */
static void glued_kicker(struct story *st, const struct line *l)
{
	struct text_bounds b;
	line_bounds(st, l, &b);
	const uint8_t *s = line_text(st, l) + b.begin;
	size_t n = b.text_end - b.begin, off, len;
	size_t start = opening_glued_kicker(s, n, &off, &len);

	if (start == 0 || names_a_form(s + off, len))
		return;
	st->kicker = (struct span){ line_start(l) + b.begin + off, len };
	size_t deck = opening_glued_byline(s + start, n - start);
	if (deck == 0)
		deck = blurb_deck(s + start, n - start);
	if (deck == 0)
		deck = n - start;
	st->deck = (struct span){ line_start(l) + b.begin + start, deck };
}

void blurb_analyze(struct story *st)
{
	pthread_once(&indexed, index_lists);
	size_t from = 0;
	const struct line *l = opening_line(st, &from);

	st->kicker = st->deck = (struct span){ 0, 0 };
	if (l != NULL && l->role == R_BODY && !line_has_kicker(l)) {
		glued_kicker(st, l);
		return;
	}
	if (l != NULL && l->role == R_HEADLINE && !line_has_kicker(l))
		l = opening_line(st, &from);
	if (l == NULL || !line_has_kicker(l))
		return;
	struct para p;
	line_para(st, l, &p);
	st->kicker = (struct span){ line_start(l) + p.kicker_off, p.kicker_len };
	if (l->role == R_HEADLINE ||
	    names_a_form(line_text(st, l) + p.kicker_off, p.kicker_len))
		return;     /* the rest of the line is the headline (kind.c) */
	size_t start = p.begin + p.kicker;
	size_t end = p.text_end;
	if (end <= start)
		return;
	const uint8_t *s = line_text(st, l) + start;
	size_t deck = header_follows(st, l) ? 0 : blurb_deck(s, end - start);
	if (deck == 0)
		deck = end - start;     /* no lede: the deck is the rest */
	if (deck > 0)
		st->deck = (struct span){ line_start(l) + start, deck };
}
