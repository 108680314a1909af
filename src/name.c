#include "name.h"

#include <string.h>

#include "text.h"
#include "wordlist.h"


/* Lower-case words that may sit inside a title-case name
 * (`Institute of Taiwan History`, `Act Governing the Legislative Yuan’s
 * Power`).  In strcmp order. */
static const char *const joiners[] = {
	"and", "de", "for", "of", "on", "the",
};

/* Titles, honorifics and job words dropped before a name; the name is
 * what follows the last of them.  In strcmp order (capitals first, `.`
 * before letters): word_in binary-searches it. */
static const char *const titles[] = {
	"Ambassador", "Architect", "Bishop", "CEO", "Captain", "Chair",
	"Chairman", "Chairperson", "Chairwoman", "Chancellor", "Chief",
	"Coach", "Commissioner", "Councillor", "Councilor", "Dean", "Deputy",
	"Director", "Director-General", "Dr", "Dr.", "Economist", "Envoy",
	"Executive", "Forecaster", "Former", "General", "Governor", "Head",
	"Judge", "Justice", "Lawmaker", "Legislator", "Magistrate", "Manager",
	"Mayor", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
	"Premier", "President", "Principal", "Prof.", "Professor",
	"Representative", "Researcher", "Secretary", "Secretary-General",
	"Senator", "Speaker", "Spokesman", "Spokesperson", "Spokeswoman",
	"Superintendent", "Vice", "former",
};

/* Words that open a sentence or qualify a name without being part of it:
 * openers, nationality words, byline `By`, and groups of people a
 * sentence opens with (`Residents of Cijin`).  In strcmp order. */
static const char *const openers[] = {
	"A", "According", "After", "Also", "American", "An", "And", "As", "At",
	"Before", "But", "By", "Chinese", "Commuters", "Despite", "During",
	"Earlier", "Fans", "Farmers", "Fishermen", "For", "From", "However",
	"If", "In", "Japanese", "Korean", "Last", "Later", "Like", "Locals",
	"Malaysian", "Meanwhile", "Now", "Officials", "On", "Parents",
	"Passengers", "People", "Residents", "Separately", "Shoppers",
	"Since", "Singaporean", "So", "Students", "Taiwanese", "That", "The",
	"Then", "This", "Though", "Today", "Tourists", "Under", "Villagers",
	"Visitors", "Voters", "When", "While", "With", "Workers", "Yesterday",
};

/* Words that make a name a place, an organisation, a law or a thing.
 * In strcmp order. */
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

static struct wordtable t_joiners = WORDTABLE(joiners),
	t_titles = WORDTABLE(titles), t_openers = WORDTABLE(openers),
	t_other_words = WORDTABLE(other_words);

bool name_tables_ok(void)
{
	return wordtable_ok(&t_joiners) && wordtable_ok(&t_titles) &&
	       wordtable_ok(&t_openers) && wordtable_ok(&t_other_words);
}

#define IS_ONE_OF(w, n, table) wordtable_has(&t_##table, (w), (n))

struct word {
	size_t off, len;
};

#define WORD_IS(s, w, lit) ((w).len == sizeof(lit) - 1 && \
			    memcmp((s) + (w).off, lit, (w).len) == 0)

static inline bool is_word_char(ucs4_t uc)
{
	return text_is_letter(uc) || text_is_digit(uc) || uc == '-' ||
	       uc == '\'' || uc == 0x2019 || uc == '.';
}

static inline bool word_upper(const uint8_t *s, const struct word *w)
{
	ucs4_t uc;

	text_next(s + w->off, w->len, &uc);
	return text_is_upper(uc);
}

/* Where the word that ends at s[i] begins: back over word characters. */
static size_t word_start(const uint8_t *s, size_t i)
{
	ucs4_t uc;

	while (i > 0) {
		size_t p = text_char_before(s, i, &uc);
		if (!is_word_char(uc))
			break;
		i = p;
	}
	return i;
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

	while (count < NAME_MAX_WORDS && i > 0) {
		size_t end = i;
		i = word_start(s, i);
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
		    !IS_ONE_OF(s + cur.off, cur.len, joiners))
			break;
		w[count++] = cur;
		if (i == 0)
			break;
		if (s[i - 1] != ' ')
			break;
		i--;
	}
	return count;
}

/* Is the word right after a possessive (w[k - 1]) the head word of a
 * body or law (`People’s Party`)?  Then the possessive is part of the
 * name; before more words (`Taipei’s Shilin Night Market`) it is not. */
static bool has_head_word(const uint8_t *s, const struct word *w, size_t k)
{
	return k == 1 && IS_ONE_OF(s + w[0].off, w[0].len, other_words);
}

bool name_before(const uint8_t *s, size_t at, size_t *off, size_t *len,
		 bool *quoted)
{
	struct word w[NAME_MAX_WORDS];
	size_t end = at, n, first;

	*quoted = false;

	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
		end--;
	if (end == 0)
		return false;
	end -= possessive_len(s, 0, end);
	if (end == 0)
		return false;   /* `’s (…` at the start of a line: no name */
	ucs4_t uc;
	size_t p = text_char_before(s, end, &uc);
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
	 * `of …` (`Minister of Foreign Affairs`) the portfolio stays. */
	first = n - 1;
	for (size_t k = 1; k < n; k++) {
		if (IS_ONE_OF(s + w[k].off, w[k].len, titles)) {
			/* `Minister for Manpower Tan See Leng`: the name
			 * runs from the portfolio on; person_fit keeps only
			 * the person's name when the CJK shows one. */
			first = k - 1;
			while (first > 0 && !word_upper(s, &w[first]))
				first--;
			break;
		}
	}
	/* A possessive qualifier (`Taiwan’s Hsieh Yu-ting`), unless a joiner
	 * makes it part of a longer name (`the Legislative Yuan’s Power`) or
	 * what follows is the head of one (`Taiwan People’s Party`). */
	if (!*quoted) {
		bool joined = false;
		for (size_t k = first; k >= 1; k--) {
			if (!word_upper(s, &w[k]))
				joined = true;
			else if (!joined && possessive_len(s, w[k].off, w[k].len) &&
				 !has_head_word(s, w, k))
				first = k - 1;
		}
	}
	while (first > 0) {
		const struct word *x = &w[first];
		if (!word_upper(s, x) || word_is_acronym(s, x) ||
		    IS_ONE_OF(s + x->off, x->len, openers))
			first--;
		else
			break;
	}
	/* `By 林保華`, `The (台積電)`: an opener alone names nothing.  (A
	 * word the loop stopped at is neither lower case nor an opener.) */
	if (first == 0 && (!word_upper(s, &w[0]) ||
			   IS_ONE_OF(s + w[0].off, w[0].len, openers)))
		return false;
	*off = w[first].off;
	*len = w[0].off + w[0].len - w[first].off;
	return true;
}

bool name_is_other_word(const uint8_t *w, size_t n)
{
	return IS_ONE_OF(w, n, other_words);
}
