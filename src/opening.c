#include "opening.h"

#include <string.h>

#include "blurb.h"
#include "text.h"
#include "words.h"

/* Characters a kicker label may hold besides capital letters and digits. */
static bool kicker_punct(ucs4_t uc)
{
	return uc == ' ' || uc == '&' || uc == '-' || uc == '\'' ||
	       uc == 0x2019 || uc == '.' || uc == '/';
}

/* Trim spaces and, for a quoted label, its closing quote. */
static size_t trim_label(const uint8_t *s, size_t start, size_t end, bool quoted)
{
	for (;;) {
		if (end <= start)
			return end;
		ucs4_t uc;
		size_t p = text_char_before(s, end, &uc);
		if (uc == ' ' || (quoted && text_is_close_quote(uc)))
			end = p;
		else
			return end;
	}
}

/* Does the label hold initials (`C.C.`, `J.`)?  Then it is the start of
 * a name (`TSMC CEO C.C. Wei said…`), not a kicker. */
static bool has_initials(const uint8_t *s, size_t start, size_t end)
{
	for (size_t i = start; i + 1 < end; i++)
		if (s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] == '.' &&
		    (i == start || s[i - 1] == ' ' || s[i - 1] == '.'))
			return true;
	return false;
}

static unsigned label_words(const uint8_t *s, size_t start, size_t end)
{
	unsigned words = 0;
	bool in = false;

	for (size_t i = start; i < end; i++) {
		if (s[i] != ' ' && !in)
			words++;
		in = s[i] != ' ';
	}
	return words;
}

/* The label run at the start of a line: capitals, digits and label
 * punctuation, inside an opening quote or not. */
struct run {
	size_t start, stop;  /* the run: s[start, stop) */
	size_t last_space;   /* the last space inside it, or 0 */
	size_t at;           /* where the line goes on, past a closing quote
	                        the run did not take */
	ucs4_t next;         /* the character at `at`, when at < n */
	bool quoted;
};

/* Find the label run of s, n > 0.  False when there is none: fewer than
 * two capitals, or a first character neither a capital nor a digit. */
static bool label_run(const uint8_t *s, size_t n, struct run *r)
{
	size_t i = 0, k;
	unsigned letters = 0;
	ucs4_t uc = 0;

	r->quoted = false;
	r->last_space = 0;
	k = text_next(s, n, &uc);
	if (text_is_open_quote(uc)) {
		r->quoted = true;
		i = k;
	}
	r->start = i;
	/* The longest run of capitals, digits and label punctuation. */
	while (i < n) {
		k = text_next(s + i, n - i, &uc);
		if (text_is_upper(uc))
			letters++;
		else if (!text_is_digit(uc) && !kicker_punct(uc))
			break;
		if (uc == ' ')
			r->last_space = i;
		i += k;
	}
	r->stop = i;
	if (r->stop == r->start || letters < 2)
		return false;
	ucs4_t first;
	text_next(s + r->start, n - r->start, &first);
	if (!text_is_upper(first) && !text_is_digit(first))
		return false;
	/* A closing quote the label run did not take (“HOME GROUND”). */
	if (r->quoted && i < n && text_is_close_quote(uc)) {
		i += k;
		if (i < n)
			text_next(s + i, n - i, &uc);
	}
	r->at = i;
	r->next = uc;
	return true;
}

/* No colon: `SLOW RECOVERY Hotel…` — the run stopped inside a title-case
 * word that opens the deck; the label is the words before it, two at
 * least. */
static size_t spaced_kicker(const uint8_t *s, size_t n, const struct run *r,
			    size_t *off, size_t *len)
{
	if (r->quoted || r->at >= n || !text_is_lower(r->next) ||
	    r->last_space == 0 || r->stop - r->last_space != 2)
		return 0;
	size_t end = trim_label(s, r->start, r->last_space, false);
	if (label_words(s, r->start, end) < 2 ||
	    has_initials(s, r->start, end))
		return 0;
	*off = r->start;
	*len = end - r->start;
	return r->last_space + 1;
}

size_t opening_kicker(const uint8_t *s, size_t n, size_t *off, size_t *len,
		      bool *mark)
{
	struct run r;
	ucs4_t uc;

	*mark = false;
	if (n == 0 || !label_run(s, n, &r))
		return 0;
	size_t i = r.at;
	if (i < n && (r.next == ':' || r.next == 0xFF1A)) {
		*off = r.start;
		*len = trim_label(s, r.start, r.stop, r.quoted) - r.start;
		i += text_next(s + i, n - i, &uc);
		return *len > 0 ? text_skip_space(s, n, i) : 0;
	}
	if (i < n && (r.next == '?' || r.next == '!') && i + 1 < n) {
		text_next(s + i + 1, n - i - 1, &uc);
		if (!text_is_upper(uc))
			return 0;
		*off = r.start;
		*len = i + 1 - r.start;
		*mark = true;
		return i + 1;
	}
	return spaced_kicker(s, n, &r, off, len);
}

/* Is the byte a lower-case ASCII letter or a digit, as the end of a
 * headline's last word is? */
static bool ends_word(uint8_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

size_t opening_glued_kicker(const uint8_t *s, size_t n, size_t *off,
			    size_t *len)
{
	size_t words = 1;

	for (size_t i = 1; i < n && i < GLUED_HEADLINE_MAX; i++) {
		uint8_t c = s[i];
		/* most bytes are lower-case letters: one test turns them
		 * away */
		if (c >= 'a' && c <= 'z')
			continue;
		if (c == ' ') {
			words++;
			continue;
		}
		/* a sentence ended: this is text, not a headline */
		if ((c == '.' || c == '!' || c == '?') && i + 1 < n &&
		    s[i + 1] == ' ')
			return 0;
		/* a capital or an opening quote (its lead byte) glued to a
		 * headline's last word */
		if ((c < 'A' || c > 'Z') && c != 0xE2 && c != '\'' && c != '"')
			continue;
		if (!ends_word(s[i - 1]) || words < 3)
			continue;
		ucs4_t uc;
		text_next(s + i, n - i, &uc);
		if (!text_is_upper(uc) && !text_is_open_quote(uc))
			continue;
		size_t o, l;
		bool mark;
		size_t deck = opening_kicker(s + i, n - i, &o, &l, &mark);
		/* only a label and its colon: `spendingHOLIDAY BOOST: …` */
		if (deck == 0 || mark || l < 2)
			continue;
		size_t end = i + deck;
		while (end > i && s[end - 1] == ' ')
			end--;
		if (end == i)
			continue;
		text_char_before(s, end, &uc);
		if (uc != ':' && uc != 0xFF1A)
			continue;
		*off = i + o;
		*len = l;
		return i + deck;
	}
	return 0;
}

size_t opening_glued_byline(const uint8_t *s, size_t n)
{
	for (size_t k = 1; k + 4 < n; k++) {
		if (!ends_word(s[k - 1]) && s[k - 1] != ')')
			continue;
		if ((s[k] == 'B' && s[k + 1] == 'y' && s[k + 2] == ' ' &&
		     s[k + 3] >= 'A' && s[k + 3] <= 'Z') ||
		    text_prefix_ci(s + k, n - k, "Staff writer") ||
		    text_prefix_ci(s + k, n - k, "Staff reporter"))
			return k;
	}
	return 0;
}

static bool is_agency(const uint8_t *s, size_t n)
{
	ucs4_t uc;

	if (n < 2 || n > 12)
		return false;
	text_next(s, n, &uc);
	if (!text_is_upper(uc))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') && s[i] != ' ')
			return false;
	return true;
}

/* The place-and-date part before the agency: capitalised words, digits,
 * commas and periods, no lower-case word (so not `The Centers for …`). */
static bool is_place_date(const uint8_t *s, size_t n, bool *comma)
{
	bool word_start = true;
	unsigned words = 0;

	*comma = false;
	if (n == 0 || n > 48)
		return false;
	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		i += text_next(s + i, n - i, &uc);
		if (uc == ' ') {
			word_start = true;
			continue;
		}
		if (word_start) {
			words++;
			if (text_is_lower(uc))
				return false;
			word_start = false;
		}
		if (uc == ',')
			*comma = true;
		else if (!text_is_letter(uc) && !text_is_digit(uc) &&
			 uc != '.' && uc != '-')
			return false;
	}
	return words >= 1 && words <= 7;
}

size_t opening_dateline(const uint8_t *s, size_t n, size_t *len)
{
	size_t open = 0, close = 0, i;
	bool comma, dash = false;
	ucs4_t uc;

	const uint8_t *p = memchr(s, '(', n < 50 ? n : 50);
	if (p == NULL)
		return 0;
	open = (size_t)(p - s);
	if (open < 2 || s[open - 1] != ' ')
		return 0;
	p = memchr(s + open + 1, ')', n - open - 1 < 13 ? n - open - 1 : 13);
	if (p == NULL)
		return 0;
	close = (size_t)(p - s);
	if (!is_agency(s + open + 1, close - open - 1) ||
	    !is_place_date(s, open - 1, &comma))
		return 0;
	i = text_skip_space(s, n, close + 1);
	*len = close + 1;
	/* One dash of any kind, possibly doubled: `-`, `--`, `—`. */
	while (i < n) {
		size_t k = text_next(s + i, n - i, &uc);
		if (!(uc == '-' || uc == 0x2013 || uc == 0x2014))
			break;
		dash = true;
		i += k;
		*len = i;
	}
	if (i >= n || (!dash && !comma))
		return 0;
	i = text_skip_space(s, n, i);
	if (i >= n)
		return 0;
	text_next(s + i, n - i, &uc);
	if (!text_is_upper(uc) && !text_is_digit(uc) && !text_is_open_quote(uc))
		return 0;
	return i;
}

/* A dash after the place: ` — `, ` – `, ` -- `, ` - `, or glued `- `.
 * Returns the bytes of the dash and the spaces around it, or 0. */
static size_t dash_at(const uint8_t *s, size_t n, size_t i)
{
	size_t j = i, dashes = 0;

	while (j < n && s[j] == ' ')
		j++;
	while (j < n && dashes < 2) {
		ucs4_t uc;
		size_t k = text_next(s + j, n - j, &uc);
		if (uc != '-' && uc != 0x2013 && uc != 0x2014)
			break;
		j += k;
		dashes++;
	}
	if (dashes == 0 || j >= n || s[j] != ' ')
		return 0;
	return text_skip_space(s, n, j) - i;
}

/* One word of a place, from its capital at s[i] to a space, a comma or a colon:
 * letters, apostrophes, periods and hyphens, a dash glued to it left
 * out.  Returns its end, or 0 when it holds another character; *lower
 * tells whether it holds a lower-case letter. */
static size_t place_word(const uint8_t *s, size_t n, size_t i, bool *lower)
{
	size_t w = i;

	*lower = false;
	while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != ':') {
		ucs4_t uc;
		size_t k = text_next(s + i, n - i, &uc);
		if (text_is_lower(uc))
			*lower = true;
		else if (!text_is_upper(uc) && uc != 0x2019 && uc != '\'' &&
			 uc != '.' && uc != '-')
			return 0;
		i += k;
	}
	if (i > w && (s[i - 1] == '-'))
		i--;    /* `Taipei- ` glued to its dash */
	return i;
}

/* Does the upper-case label s[0, n) name a place rather than a kicker:
 * is each of its words no English word (`SEREMBAN`, `KUALA LUMPUR`), but
 * for a last `TOWN` or `CITY` (`GEORGE TOWN`)?  A kicker's label holds
 * one at least (`WATER WARFARE`, `SEOUL SUBWAY`, `FREE WIFI`), or is an
 * acronym (`TSMC`). */
static bool names_place(const uint8_t *s, size_t n)
{
	size_t i = 0, words = 0;

	while (i < n) {
		size_t e = i;
		while (e < n && s[e] != ' ')
			e++;
		bool vowel = false;     /* none in an acronym (`TSMC`) */
		for (size_t k = i; k < e; k++) {
			uint8_t c = s[k] | 0x20;
			if (c < 'a' || c > 'z')
				return false;
			vowel |= strchr("aeiou", c) != NULL;
		}
		if (!vowel)
			return false;
		bool last = e >= n;
		if (words_known(s + i, e - i) &&
		    !(last && words > 0 && e - i == 4 &&
		      (text_prefix_ci(s + i, 4, "town") ||
		       text_prefix_ci(s + i, 4, "city"))))
			return false;
		words++;
		i = e + 1;
	}
	return words > 0;
}

/* Is the last word of the label s[0, n) one the word list does not
 * know, common or proper (`SHAH ALAM`, `FREE WIFI`)? */
static bool ends_in_unknown_word(const uint8_t *s, size_t n)
{
	size_t b = n;

	while (b > 0 && s[b - 1] != ' ')
		b--;
	return !words_known(s + b, n - b) && !words_proper(s + b, n - b);
}

/* `SEREMBAN: A contractor …`: a place in capitals (three words at most)
 * and a colon, then the lede.  A label of English words and a last one
 * the word list does not know is a place too when no deck follows it
 * but a lede of several sentences (`SHAH ALAM: The Selangor government
 * will give … season. State …`); `FREE WIFI: The city’s public wireless
 * network will be upgraded … next year Officials said …` has a deck:
 * a kicker.
 * Returns the bytes up to the text, or 0. */
static size_t colon_after_place(const uint8_t *s, size_t n, size_t i,
				size_t words)
{
	ucs4_t uc;

	if (words > 3 || i + 2 >= n || s[i] != ':' || s[i + 1] != ' ')
		return 0;
	size_t t = text_skip_space(s, n, i + 1);
	if (t >= n)
		return 0;
	text_next(s + t, n - t, &uc);
	if (!text_is_upper(uc) && !text_is_digit(uc))
		return 0;
	if (names_place(s, i))
		return t;
	if (words < 2 || !ends_in_unknown_word(s, i))
		return 0;
	/* a deck is a phrase: what ends in a full stop before another
	 * sentence is the lede's first sentence */
	size_t deck = blurb_deck(s + t, n - t);
	return deck > 0 && s[t + deck - 1] == '.' ? t : 0;
}

size_t opening_place_dateline(const uint8_t *s, size_t n, size_t *len)
{
	size_t i = 0, words = 0, comma = 0;

	/* The place: capitalised words, an upper-case city maybe followed
	 * by `, Province` (`XI’AN, Shaanxi`). */
	while (i < n && i < 48) {
		ucs4_t uc;
		text_next(s + i, n - i, &uc);
		if (!text_is_upper(uc))
			break;
		bool lower;
		i = place_word(s, n, i, &lower);    /* past a capital: > 0 */
		if (i == 0)
			return 0;
		words++;
		if (lower && comma == 0)
			return 0;       /* the place is in capitals */
		if (i < n && s[i] == ',') {
			if (comma++ > 0)
				return 0;
			i++;
		}
		size_t colon = comma == 0 ? colon_after_place(s, n, i, words) : 0;
		if (colon > 0) {
			*len = i + 1;   /* with its colon, as the page has it */
			return colon;
		}
		size_t d = dash_at(s, n, i);
		if (d > 0) {
			if (words > 4)
				return 0;
			text_next(s + i + d, n - i - d, &uc);
			if (!text_is_upper(uc) && !text_is_digit(uc) &&
			    !text_is_open_quote(uc))
				return 0;
			*len = i;
			return i + d;
		}
		if (i >= n || s[i] != ' ')
			return 0;
		i++;
	}
	return 0;
}

/* Where a tag glued in front of a name ends: the first capital right
 * after a lower-case letter, within a tag's few words of letters,
 * spaces, commas, hyphens and `&`; 0 when the line opens with no tag. */
static size_t glued_tag_end(const uint8_t *s, size_t n)
{
	for (size_t i = 1; i < n && i < 48; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' &&
		    s[i - 1] <= 'z')
			return i;
		if (!((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') &&
		    s[i] != ' ' && s[i] != ',' && s[i] != '-' && s[i] != '&')
			return 0;
	}
	return 0;
}

/* A name: a capital, then three lower-case letters or more; its end,
 * or 0. */
static size_t name_word(const uint8_t *s, size_t n, size_t i)
{
	if (i >= n || s[i] < 'A' || s[i] > 'Z')
		return 0;
	size_t e = i + 1;
	while (e < n && s[e] >= 'a' && s[e] <= 'z')
		e++;
	return e - i >= 4 ? e : 0;
}

size_t opening_titled_dateline(const uint8_t *s, size_t n, size_t *off,
			       size_t *len)
{
	size_t from = glued_tag_end(s, n);

	for (size_t start = 0;; start = from) {
		/* one or two names, then a dash, then the text */
		size_t e = name_word(s, n, start);
		if (e > 0 && e + 1 < n && s[e] == ' ' &&
		    name_word(s, n, e + 1) > 0 && dash_at(s, n, e) == 0)
			e = name_word(s, n, e + 1);
		size_t d = e > 0 ? dash_at(s, n, e) : 0;
		if (d > 0) {
			ucs4_t uc;
			text_next(s + e + d, n - e - d, &uc);
			if (text_is_upper(uc) || text_is_digit(uc) ||
			    text_is_open_quote(uc)) {
				*off = start;
				*len = text_trim_end(s, e + d);
				return e + d;
			}
		}
		if (start == from || from == 0)
			return 0;
	}
}
