#include "title.h"

#include <string.h>

#include "scan.h"
#include "text.h"
#include "wordlist.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Words a title never ends with: a line that does was cut off
 * mid-sentence (`… to develop the`). */
static const char *const open_words[] = {
	"a", "an", "and", "her", "his", "its", "my", "of", "or", "our",
	"than", "that", "the", "their", "to", "which", "who", "whose",
};

/* Words that leave a phrase open, for title_ends_open (`… lowest level
 * in`): prepositions besides the articles and conjunctions. */
static const char *const open_phrase_words[] = {
	"a", "an", "and", "as", "at", "by", "for", "from", "in",
	"into", "of", "on", "or", "than", "that", "the", "to", "with",
};

/* Is the last word of s, after a space and max bytes at most, in the
 * sorted table tab?  A line of one word never is. */
static bool last_word_in(const uint8_t *s, size_t n, size_t max,
			 const char *const *tab, size_t count)
{
	size_t i = n;

	while (i > 0 && s[i - 1] != ' ')
		i--;
	if (i == 0 || n - i > max)
		return false;
	return wordlist_has(tab, count, s + i, n - i);
}

static bool ends_in_function_word(const uint8_t *s, size_t n)
{
	return last_word_in(s, n, 5, open_words, LEN(open_words));
}

bool title_ends_open(const uint8_t *s, size_t n)
{
	return last_word_in(s, n, 4, open_phrase_words, LEN(open_phrase_words));
}

/* A word of the second to sixth ending in -ed: `Dock workers ended
 * their strike …`, a sentence in the past. */
static bool early_past(const uint8_t *s, size_t n)
{
	size_t i = 0;

	for (unsigned w = 0; w < 6 && i < n; w++) {
		size_t e = i;
		while (e < n && s[e] != ' ')
			e++;
		if (w > 0 && e - i > 3 && s[e - 2] == 'e' && s[e - 1] == 'd')
			return true;
		i = e + 1;
	}
	return false;
}

/* Reported speech marks a sentence, not a title: `… said the county …` */
static bool holds_said(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i + 6 <= n; i++)
		if (s[i] == ' ' && s[i + 1] == 's' && s[i + 2] == 'a' &&
		    s[i + 3] == 'i' && s[i + 4] == 'd' && s[i + 5] == ' ')
			return true;
	return false;
}

/* A long line that opens with an article or holds an auxiliary verb
 * reads as a sentence (`A 47-year-old civil servant has been charged
 * …`); headlines drop both. */
static bool reads_as_sentence(const uint8_t *s, size_t n, unsigned words)
{
	/* In strcmp order; `are` and `is` only before `to` (`… are to
	 * rise`), `will` only before `be`. */
	static const char *const auxiliaries[] = {
		"are", "had", "has", "have", "is", "was", "were", "will", "would",
	};
	if (words >= 14 && (text_prefix_ci(s, n, "A ") ||
			    text_prefix_ci(s, n, "An ") ||
			    text_prefix_ci(s, n, "The ")))
		return true;
	/* One pass over the words after the first. */
	for (size_t i = scan_space(s, n, 0); i < n;) {
		size_t w = text_skip_space(s, n, i);
		size_t e = scan_space(s, n, w);
		size_t len = e - w;
		i = e;
		if (len < 2 || len > 5 || s[w] < 'a' || s[w] > 'z' ||
		    !wordlist_has(auxiliaries, LEN(auxiliaries), s + w, len))
			continue;
		size_t nw = text_skip_space(s, n, e);
		bool to = n - nw >= 3 && memcmp(s + nw, "to ", 3) == 0;
		bool be = n - nw >= 3 && memcmp(s + nw, "be ", 3) == 0;
		if (s[w] == 'a' || (s[w] == 'i' && len == 2)) {
			if (to)
				return true;
		} else if (memcmp(s + w, "will", 4) == 0) {
			if (be)
				return true;
		} else {
			return true;
		}
	}
	return false;
}

/* A full stop, question or exclamation mark and a capital inside the
 * line, or a semicolon: two sentences or clauses, not a title. */
static bool two_sentences(const uint8_t *s, size_t n)
{
	for (size_t i = 2; i + 2 < n; i++) {
		if (s[i] == ';')
			return true;
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' &&
		    s[i + 2] >= 'A' && s[i + 2] <= 'Z' && s[i - 1] >= 'a' &&
		    s[i - 1] <= 'z' && s[i - 2] >= 'a' && s[i - 2] <= 'z')
			return true;
	}
	return false;
}

/* `Q: …`, `A: …`: a speaker label of an interview, never a title. */
static bool is_speaker_label(const uint8_t *s, size_t n)
{
	size_t i = 0;

	while (i < n && i < 3 && s[i] >= 'A' && s[i] <= 'Z')
		i++;
	return i > 0 && i < n && s[i] == ':';
}

/* Most words capitalised, as headlines on some sites are written
 * (`China’s Rural Brides Are Asking for More. Their Families Are
 * Paying.`), whatever the punctuation. */
static bool title_case(const uint8_t *s, size_t n, unsigned words)
{
	unsigned caps = 0, all = 0;
	bool start = true;

	if (words < 4 || words > 14)
		return false;
	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		size_t k = text_next(s + i, n - i, &uc);
		if (text_is_space(uc)) {
			start = true;
		} else if (start) {
			start = false;
			all++;
			caps += text_is_upper(uc) || text_is_digit(uc);
		}
		i += k;
	}
	return caps * 10 >= all * 8;
}

/* The marks of a sentence anywhere in the line, which a headline drops:
 * the cheap tests first, the word-by-word ones only for long lines. */
static bool sentence_marks(const uint8_t *s, size_t n, unsigned words)
{
	/* A long title is one without the marks of a sentence in it: a
	 * comma, a bracket, a verb in the past near the start. */
	if (words > 16 && (memchr(s, ',', n) != NULL ||
			   memchr(s, '(', n) != NULL || early_past(s, n)))
		return true;
	if (words > 12 && title_ends_open(s, n))
		return true;
	return ends_in_function_word(s, n) || holds_said(s, n) ||
	       two_sentences(s, n) || (words >= 8 && reads_as_sentence(s, n, words));
}

/* A series label before the title: `[KH Explains] Why …`, `(LEAD) S.
 * Korea …`.  Returns where the title after it starts, or 0. */
static size_t series_label(const uint8_t *s, size_t n)
{
	if (n <= 2 || (s[0] != '[' && s[0] != '('))
		return 0;
	const uint8_t *close = memchr(s, s[0] == '[' ? ']' : ')',
				      n < 24 ? n : 24);
	if (close == NULL)
		return 0;
	size_t k = text_skip_space(s, n, (size_t)(close - s) + 1);
	return k < n && k > (size_t)(close - s) + 1 ? k : 0;
}

/* How the title (past any series label) opens and ends: with a capital
 * or a digit, inside a quote or not; with no mark that ends a sentence
 * or a clause, and not as a quoted sentence. */
static bool title_edges(const uint8_t *s, size_t n, unsigned words)
{
	ucs4_t first, last;
	size_t i = text_next(s, n, &first);

	bool quoted = text_is_open_quote(first);
	if (quoted && i < n)
		text_next(s + i, n - i, &first);
	if (!text_is_upper(first) && !text_is_digit(first))
		return false;
	text_char_before(s, n, &last);
	/* A quoted sentence is a quotation, not a title:
	 * `“Whose tiles are these, anyway?”` */
	if (quoted && text_is_close_quote(last) && n > 2) {
		ucs4_t before;
		text_char_before(s, text_prev(s, n), &before);
		if (before == '?' || before == '!' || before == '.')
			return false;
	}
	if (last == '.' || last == ',' || last == ';' || last == ':' ||
	    last == '!' || last == 0x2026)
		return false;
	return last != '?' || words >= 3;
}

bool title_is_titleish(const uint8_t *s, size_t n, unsigned words)
{
	/* Title Case, even with full stops, when it holds two sentences */
	if (title_case(s, n, words) && !is_speaker_label(s, n) &&
	    (s[n - 1] != '.' || two_sentences(s, n)))
		return true;
	if (words == 0 || words > 20 || n > 200 || is_speaker_label(s, n) ||
	    sentence_marks(s, n, words))
		return false;
	size_t k = series_label(s, n);
	return title_edges(s + k, n - k, words);
}
