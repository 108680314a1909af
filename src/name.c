#include "name.h"

#include <string.h>

#include "text.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))
enum { MAX_WORDS = 14 };

/* Lower-case words that may sit inside a title-case name
 * (`Institute of Taiwan History`, `Act Governing the Legislative Yuan’s
 * Power`). */
static const char *const joiners[] = {
	"and", "de", "for", "of", "on", "the",
};

/* Titles, honorifics and job words dropped before a name; the name is
 * what follows the last of them.  Sorted. */
static const char *const titles[] = {
	"Ambassador", "Architect", "Bishop", "CEO", "Captain", "Chair",
	"Chairman", "Chairperson", "Chairwoman", "Chancellor", "Chief",
	"Coach", "Commissioner", "Councilor", "Councillor", "Dean", "Deputy",
	"Director", "Director-General", "Dr", "Dr.", "Economist", "Envoy",
	"Executive", "Forecaster", "Former", "General", "Governor", "Head",
	"Judge", "Justice", "Lawmaker", "Legislator", "Magistrate", "Manager",
	"Mayor", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
	"Premier", "President", "Principal", "Professor", "Prof.",
	"Representative", "Researcher", "Secretary", "Secretary-General",
	"Senator", "Speaker", "Spokesman", "Spokesperson", "Spokeswoman",
	"Superintendent", "Vice", "former",
};

/* Words that open a sentence or qualify a name without being part of it:
 * openers, nationality words, byline `By`.  Sorted. */
static const char *const openers[] = {
	"A", "According", "After", "Also", "American", "An", "And", "As", "At",
	"Before", "But", "By", "Chinese", "Despite", "During", "Earlier",
	"For", "From", "However", "If", "In", "Japanese", "Korean", "Last",
	"Later", "Like", "Malaysian", "Meanwhile", "Now", "On", "Separately",
	"Since", "Singaporean", "So", "Taiwanese", "That", "The", "Then",
	"This", "Though", "Today", "Under", "When", "While", "With",
	"Yesterday",
	/* Groups of people a sentence opens with (`Residents of Cijin`). */
	"Commuters", "Fans", "Farmers", "Fishermen", "Locals", "Officials",
	"Parents", "Passengers", "People", "Residents", "Shoppers",
	"Students", "Tourists", "Villagers", "Visitors", "Voters", "Workers",
};

/* Words that make a name a place, an organisation, a law or a thing. */
static const char *const other_words[] = {
	"Act", "Administration", "Agency", "Airport", "Alliance", "Association",
	"Avenue", "Bank", "Bay", "Beach", "Bridge", "Building", "Bureau",
	"Center", "Centre", "Church", "City", "Co", "College", "Commission",
	"Committee", "Company", "Corp", "Council", "County", "Daily",
	"Department", "District", "Expo", "Festival", "Forest", "Foundation",
	"Garden", "Gazette", "Group", "Hall", "Harbor", "Harbour", "Herald",
	"Highway", "Hospital", "Institute", "Island", "Islands", "Journal",
	"Lake", "Law", "League", "Line", "Magazine", "Market", "Ministry",
	"Mountain", "Museum", "Network", "News", "Office", "Palace", "Park",
	"Party", "Plaza", "Port", "Post", "Press", "Radio", "Railway",
	"Regulations", "Review", "River", "Road", "School", "Society",
	"Square", "Station", "Street", "Television", "Temple", "Times",
	"Tower", "Township", "Trail", "Tribune", "University", "Valley",
	"Village", "Weekly", "Yuan",
};

static bool in_table(const char *const *tab, size_t count, const uint8_t *w,
		     size_t n)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(tab[i]) == n && memcmp(tab[i], w, n) == 0)
			return true;
	return false;
}

struct word {
	size_t off, len;
};

#define WORD_IS(s, w, lit) ((w).len == sizeof(lit) - 1 && \
			    memcmp((s) + (w).off, lit, (w).len) == 0)

static bool is_word_char(ucs4_t uc)
{
	return text_is_letter(uc) || text_is_digit(uc) || uc == '-' ||
	       uc == '\'' || uc == 0x2019 || uc == '.';
}

static bool word_upper(const uint8_t *s, const struct word *w)
{
	ucs4_t uc;
	text_next(s + w->off, w->len, &uc);
	return text_is_upper(uc);
}

static bool word_is_acronym(const uint8_t *s, const struct word *w)
{
	if (w->len < 2)
		return false;
	for (size_t i = 0; i < w->len; i++)
		if (!(s[w->off + i] >= 'A' && s[w->off + i] <= 'Z'))
			return false;
	return true;
}

/* Does the word end in a possessive `’s` or `'s`? */
static size_t possessive_len(const uint8_t *s, size_t off, size_t len)
{
	if (len >= 4 && memcmp(s + off + len - 4, "\xE2\x80\x99s", 4) == 0)
		return 4;
	if (len >= 2 && memcmp(s + off + len - 2, "'s", 2) == 0)
		return 2;
	return 0;
}

/* Collect the words before `at`, nearest first, while they can belong to
 * a name.  Returns how many. */
static size_t words_before(const uint8_t *s, size_t at, struct word *w)
{
	size_t count = 0, i = at;

	while (count < MAX_WORDS && i > 0) {
		size_t end = i;
		while (i > 0) {
			size_t p = text_prev(s, i);
			ucs4_t uc;
			text_next(s + p, i - p, &uc);
			if (!is_word_char(uc))
				break;
			i = p;
		}
		while (i < end && s[i] == '-')
			i++;     /* `Daan (大安)-Wenshan`: the hyphen joins glosses */
		if (i == end)
			break;
		struct word cur = { i, end - i };
		if (cur.len > 0 && s[end - 1] == '.' && count > 0)
			break;   /* `said. Chen`: the sentence before */
		/* `the Art Center and the Music Center (…)`: the gloss is
		 * for the nearer name only. */
		if (count > 0 && WORD_IS(s, cur, "and") &&
		    WORD_IS(s, w[count - 1], "the"))
			break;
		if (!word_upper(s, &cur) &&
		    !in_table(joiners, LEN(joiners), s + cur.off, cur.len))
			break;
		w[count++] = cur;
		if (i == 0)
			break;
		size_t p = text_prev(s, i);
		ucs4_t uc;
		text_next(s + p, i - p, &uc);
		if (uc != ' ')
			break;
		i = p;
	}
	return count;
}

bool name_before(const uint8_t *s, size_t at, size_t *off, size_t *len,
		 bool *quoted)
{
	struct word w[MAX_WORDS];
	size_t end = at, n, first;

	*quoted = false;

	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
		end--;
	if (end == 0)
		return false;
	end -= possessive_len(s, 0, end);
	if (end == 0)
		return false;   /* `’s (…` at the start of a line: no name */
	size_t p = text_prev(s, end);
	ucs4_t uc;
	text_next(s + p, end - p, &uc);
	if (uc == 0x201D || uc == '"') {
		*quoted = true;
		end = p;
	}
	n = words_before(s, end, w);
	/* Joiners at the front belong to the sentence (`streets of
	 * Tainan’s Anping`), not to a name. */
	while (n > 0 && !word_upper(s, &w[n - 1]))
		n--;
	if (n == 0)
		return false;
	/* w[] runs backwards: w[n - 1] is the first word.  The name starts
	 * after the last title; after an office title that goes on with
	 * `of …` (`Minister of Foreign Affairs`) it is the last two words. */
	first = n - 1;
	for (size_t k = 1; k < n; k++) {
		if (in_table(titles, LEN(titles), s + w[k].off, w[k].len)) {
			first = k - 1;
			if (!word_upper(s, &w[first]) && first > 1)
				first = 1;
			break;
		}
	}
	/* A possessive qualifier (`Taiwan’s Hsieh Yu-ting`), unless a joiner
	 * makes it part of a longer name (`the Legislative Yuan’s Power`). */
	if (!*quoted) {
		bool joined = false;
		for (size_t k = first; k >= 1; k--) {
			if (!word_upper(s, &w[k]))
				joined = true;
			else if (!joined && possessive_len(s, w[k].off, w[k].len))
				first = k - 1;
		}
	}
	while (first > 0) {
		const struct word *x = &w[first];
		if (!word_upper(s, x) || word_is_acronym(s, x) ||
		    in_table(openers, LEN(openers), s + x->off, x->len))
			first--;
		else
			break;
	}
	/* `By 林保華`, `The (台積電)`: an opener alone names nothing. */
	if (!word_upper(s, &w[first]) ||
	    in_table(openers, LEN(openers), s + w[first].off, w[first].len))
		return false;
	*off = w[first].off;
	*len = w[0].off + w[0].len - w[first].off;
	return true;
}

static size_t syllables(const uint8_t *s, size_t n, size_t *words)
{
	size_t count = 0;
	bool in = false;

	*words = 0;
	for (size_t i = 0; i < n; i++) {
		bool sep = s[i] == ' ' || s[i] == '-';
		if (!sep && !in) {
			count++;
			if (i == 0 || s[i - 1] == ' ')
				(*words)++;
		}
		in = !sep;
	}
	return count;
}

enum gloss_type name_type(const uint8_t *name, size_t n, const uint8_t *cjk,
			  size_t cn)
{
	size_t words, syl = syllables(name, n, &words), chars = 0;

	for (size_t i = 0; i < cn;) {
		ucs4_t uc;
		i += text_next(cjk + i, cn - i, &uc);
		if (text_is_cjk(uc))
			chars++;
	}
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && name[j] != ' ')
			j++;
		if (in_table(other_words, LEN(other_words), name + i, j - i))
			return G_OTHER;
		i = j + 1;
	}
	if (words == 1)
		return chars == 1 ? G_PERSON : G_OTHER;
	if (syl == chars && words <= 4)
		return G_PERSON;
	/* A Western or Japanese given name before the surname. */
	if (words == 2 && chars >= 2 && chars <= 4)
		return G_PERSON;
	return G_OTHER;
}
