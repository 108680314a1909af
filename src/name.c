#include "name.h"

#include <string.h>

#include "roman.h"
#include "text.h"
#include "wordlist.h"
#include "words.h"


/* Lower-case words that may sit inside a title-case name
 * (`Institute of Taiwan History`, `Act Governing the Legislative Yuan’s
 * Power`).  In strcmp order. */
static const char *const joiners[] = {
	"and", "de", "for", "in", "of", "on", "the",
};

/* Titles, honorifics and job words dropped before a name; the name is
 * what follows the last of them.  In strcmp order (capitals first, `.`
 * before letters): word_in binary-searches it. */
static const char *const titles[] = {
	"Ambassador", "Architect", "Bishop", "CEO", "Captain", "Chair",
	"Chairman", "Chairperson", "Chairwoman", "Chancellor", "Chief",
	"Coach", "Commissioner", "Councillor", "Councilor", "Dean", "Deputy",
	"Director", "Director-General", "Dr", "Dr.", "Economist", "Emperor",
	"Empress", "Envoy",
	"Executive", "Forecaster", "Former", "General", "Governor", "Head",
	"Judge", "Justice", "King", "Lawmaker", "Legislator", "Madam",
	"Madame", "Magistrate", "Manager", "Mayor", "Mdm", "Minister", "Mr",
	"Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Premier", "President", "Prince",
	"Princess", "Principal", "Prof.", "Professor", "Queen",
	"Representative", "Researcher", "Secretary", "Secretary-General",
	"Senator", "Speaker", "Spokesman", "Spokesperson", "Spokeswoman",
	"Superintendent", "Vice", "former",
};

/* Honours written after a name (`Mak Siu-fung MBE`, `Tan Ah Kow JP`):
 * not part of it.  In strcmp order. */
static const char *const honours[] = {
	"BBM", "BBS", "CBE", "GBM", "GBS", "JP", "KBE", "MBE", "MH", "OBE",
	"PBM", "SBS",
};

/* Words that open a sentence without being part of the name after them
 * (byline `By` too); those that are surnames too (`An`, `So`) only at the
 * start of a sentence (see opens()).  In strcmp order. */
static const char *const openers[] = {
	"A", "According", "After", "Also", "An", "And", "As", "At", "Before",
	"But", "By", "Despite", "During", "Earlier", "For", "From", "However",
	"If", "In", "Last", "Later", "Like", "Meanwhile", "Now", "On",
	"Separately", "Since", "So", "That", "The", "Then", "This", "Though",
	"Today", "Under", "When", "While", "With", "Yesterday",
};

/* Words that qualify a name without being part of it, wherever they
 * stand: nationality words and groups of people a sentence opens with
 * (`Residents of Cijin`).  In strcmp order. */
static const char *const qualifiers[] = {
	"American", "Chinese", "Commuters", "Fans", "Farmers", "Fishermen",
	"Japanese", "Korean", "Locals", "Malaysian", "Officials", "Parents",
	"Passengers", "People", "Residents", "Shoppers", "Singaporean",
	"Students", "Taiwanese", "Tourists", "Villagers", "Visitors", "Voters",
	"Workers",
};

/* Words that make a name a place, an organisation, a law or a thing.
 * In strcmp order. */
static const char *const other_words[] = {
	"Act", "Administration", "Agency", "Airlines", "Airport", "Airways",
	"Alliance", "Association", "Avenue", "Bank", "Bay", "Beach", "Bridge",
	"Building", "Bureau", "Center", "Centre", "Church", "City", "Co",
	"Co.", "College", "Commission", "Committee", "Company", "Corp",
	"Corp.", "Council", "County", "Daily", "Department", "District",
	"Electronics", "Expo", "Festival", "Forest", "Foundation", "Garden",
	"Gazette", "Group", "Hall", "Harbor", "Harbour", "Herald", "Highway",
	"Holding", "Holdings", "Hospital", "Inc", "Inc.", "Industries",
	"Institute", "Insurance", "Island", "Islands", "Journal", "Lake",
	"Law", "League", "Limited", "Line", "Ltd", "Ltd.", "Magazine",
	"Market", "Ministry", "Motor", "Motors", "Mount", "Mountain",
	"Museum", "Network", "News", "Office", "Palace", "Park", "Party",
	"Plaza", "Port", "Post", "Press", "Radio", "Railway", "Regulations",
	"Review", "River", "Road", "School", "Securities", "Society",
	"Square", "Station", "Street", "Telecom", "Television", "Temple",
	"Times", "Tower", "Township", "Trail", "Tribune", "University",
	"Valley", "Village", "Weekly", "Yuan",
};

/* Words that end a lower-case term when read back from the bracket: the
 * sentence's own small words (`a bowl of zhajiangmian`, `or kei lun`,
 * `coffee and sar hor fun`).  In strcmp order. */
static const char *const term_stops[] = {
	"a", "about", "after", "all", "also", "an", "and", "any", "are", "as",
	"at", "be", "been", "but", "by", "call", "called", "calls", "can",
	"dubbed", "each", "even", "every", "for", "from", "had", "has",
	"have", "her", "his", "in", "into", "is", "its", "just", "known",
	"like", "many", "more", "named", "no", "nor", "not", "of", "on",
	"only", "or", "our", "some", "such", "than", "that", "the", "their",
	"these", "this", "those", "to", "very", "was", "were", "what",
	"which", "who", "with", "your",
};

static struct wordtable t_joiners = WORDTABLE(joiners),
	t_titles = WORDTABLE(titles), t_openers = WORDTABLE(openers),
	t_qualifiers = WORDTABLE(qualifiers),
	t_other_words = WORDTABLE(other_words),
	t_term_stops = WORDTABLE(term_stops), t_honours = WORDTABLE(honours);

bool name_tables_ok(void)
{
	return wordtable_ok(&t_joiners) && wordtable_ok(&t_titles) &&
	       wordtable_ok(&t_openers) && wordtable_ok(&t_qualifiers) &&
	       wordtable_ok(&t_other_words) &&
	       wordtable_ok(&t_term_stops) && wordtable_ok(&t_honours);
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

/* Is the word an ordinary English word of the word list (`Technology`),
 * not a name (`Kumamoto`) nor a possessive that opens a phrase of its
 * own (`Japan’s`)? */
static bool ordinary_word(const uint8_t *s, const struct word *w)
{
	return possessive_len(s, w->off, w->len) == 0 &&
	       words_known(s + w->off, w->len);
}

/* Is the word that ends just before s[i] (past one space) an ordinary
 * one, or none at all? */
static bool ordinary_before(const uint8_t *s, size_t i)
{
	if (i < 2 || s[i - 1] != ' ')
		return true;
	size_t b = word_start(s, i - 1);
	struct word prev = { b, i - 1 - b };

	return prev.len == 0 || ordinary_word(s, &prev);
}

/* Where a capital glued to lower-case letters starts a name inside the
 * word (`reporterHualong`, `SpokespersonKuo`), or 0. */
static size_t glued_capital(const uint8_t *s, const struct word *w)
{
	for (size_t j = w->off + w->len - 1; j > w->off; j--)
		if (s[j] >= 'A' && s[j] <= 'Z' && s[j - 1] >= 'a' &&
		    s[j - 1] <= 'z')
			return j;
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
		/* `the Art Center and the Music Center (…)`, `Arizona and
		 * Kumamoto (熊本)`, `Nevada and North Point (北角)`: the
		 * gloss is for the nearer name only, unless ordinary words
		 * stand on both sides of `and` (`Ministry of Science and
		 * Technology`), or a long name after it goes on before it
		 * (`Selangor and Federal Territory Hainan Association`). */
		if (count > 0 && WORD_IS(s, cur, "and") &&
		    (WORD_IS(s, w[count - 1], "the") ||
		     !ordinary_word(s, &w[count - 1]) ||
		     (count <= 3 && !ordinary_before(s, i))))
			break;
		if (!word_upper(s, &cur) &&
		    !IS_ONE_OF(s + cur.off, cur.len, joiners)) {
			/* `reporterHualong Motor Co`: a label glued to
			 * the name */
			size_t g = glued_capital(s, &cur);
			if (g > 0)
				w[count++] = (struct word){ g, end - g };
			break;
		}
		w[count++] = cur;
		if (i == 0)
			break;
		if (s[i - 1] != ' ')
			break;
		i--;
	}
	return count;
}

/* Does the word open its sentence: the line's start, or after a
 * sentence's end, a colon, or an opening quote or bracket? */
static bool at_sentence_start(const uint8_t *s, const struct word *x)
{
	size_t i = x->off;
	ucs4_t uc;

	while (i > 0 && s[i - 1] == ' ')
		i--;
	if (i == 0)
		return true;
	text_char_before(s, i, &uc);
	return uc == '.' || uc == '!' || uc == '?' || uc == ':' ||
	       uc == ';' || uc == '"' || uc == 0x201C || uc == 0x2018 ||
	       uc == '(' || uc == '[' || uc == 0x201D;
}

/* Is the word an opener where it stands: one of the openers, unless it
 * is also a surname (`An`, `So`) and does not start its sentence (`said
 * An Jhou-cing`)?  A capitalised `The` or `After` inside a line still
 * opens a sentence the page glued on (`… exhibition The National
 * Museum …`). */
static bool opens(const uint8_t *s, const struct word *x)
{
	return IS_ONE_OF(s + x->off, x->len, openers) &&
	       (!roman_is_surname(s + x->off, x->len) ||
		at_sentence_start(s, x));
}

/* Is the word right after a possessive (w[k - 1]) the head word of a
 * body or law (`People’s Party`)?  Then the possessive is part of the
 * name; before more words (`Taipei’s Shilin Night Market`) it is not. */
static bool has_head_word(const uint8_t *s, const struct word *w, size_t k)
{
	return k == 1 && IS_ONE_OF(s + w[0].off, w[0].len, other_words);
}

/* The quoted term that ends at s[end] (its closing quote just before
 * end): `“lying flat”`, `"No entry for tourists, no photos"`.  The
 * opening quote must come within QUOTE_MAX bytes and the term hold
 * TERM_MAX_WORDS words at most.  False when there is none. */
static bool quoted_term(const uint8_t *s, size_t end, size_t *off,
			size_t *len)
{
	size_t i = end, words = 1;

	while (i > 0 && end - i < QUOTE_MAX) {
		ucs4_t uc;
		size_t p = text_char_before(s, i, &uc);
		if (uc == 0x201C || uc == '"') {
			size_t b = i, e = end;
			while (b < e && s[b] == ' ')
				b++;
			while (e > b && (s[e - 1] == ' ' || s[e - 1] == ','))
				e--;
			if (b == e)
				return false;
			*off = b;
			*len = e - b;
			return true;
		}
		if (uc == 0x201D || uc == '(' || uc == ')')
			return false;
		if (uc == ' ' && ++words > TERM_MAX_WORDS)
			return false;
		i = p;
	}
	return false;
}

/* Is the word lower-case letters (and hyphens, apostrophes) only? */
static bool lower_word(const uint8_t *s, const struct word *w)
{
	for (size_t i = w->off; i < w->off + w->len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '-' ||
		      s[i] == '\''))
			return false;
	return true;
}

/* With no capitalised run before the bracket, the lower-case term that
 * ends at s[end]: up to TERM_MAX_LOWER words, back to the sentence's own
 * small words or to a verb's -ing (`selling kway chap`).  False when
 * there is none. */
static bool lower_term(const uint8_t *s, size_t end, size_t *off,
		       size_t *len)
{
	size_t i = end, count = 0, first = end;

	while (count < TERM_MAX_LOWER && i > 0) {
		size_t e = i;
		i = word_start(s, i);
		struct word cur = { i, e - i };
		if (cur.len == 0 || !lower_word(s, &cur) ||
		    IS_ONE_OF(s + cur.off, cur.len, term_stops) ||
		    (count > 0 && cur.len > 4 &&
		     memcmp(s + e - 3, "ing", 3) == 0))
			break;
		first = i;
		count++;
		if (i == 0 || s[i - 1] != ' ')
			break;
		i--;
	}
	if (count == 0)
		return false;
	*off = first;
	*len = end - first;
	return true;
}

bool name_before(const uint8_t *s, size_t at, size_t *off, size_t *len,
		 bool *term)
{
	struct word w[NAME_MAX_WORDS];
	size_t end = at, n, first;

	*term = false;

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
		*term = true;
		if (quoted_term(s, p, off, len))
			return true;
		end = p;
	}
	n = words_before(s, end, w);
	/* Joiners at the front belong to the sentence (`streets of
	 * Tainan’s Anping`), not to a name. */
	while (n > 0 && !word_upper(s, &w[n - 1]))
		n--;
	/* `in` joins the parts of a law's or body's name before an
	 * ordinary word (`Act of Gender Equality in Employment`); anywhere
	 * else it is the sentence's (`Lin in Kaohsiung`, `University in
	 * Taipei’s Wenshan District`): the name is what follows it. */
	for (size_t k = 1; k < n; k++) {
		if (!WORD_IS(s, w[k], "in"))
			continue;
		bool body = false;
		for (size_t j = k + 1; j < n; j++)
			body |= IS_ONE_OF(s + w[j].off, w[j].len, other_words);
		if (!body || !ordinary_word(s, &w[k - 1]))
			n = k;
		break;
	}
	if (n == 0) {
		*term = true;
		return lower_term(s, end, off, len);
	}
	/* An honour after a person's name is no part of it. */
	if (n >= 3 && IS_ONE_OF(s + w[0].off, w[0].len, honours)) {
		memmove(w, w + 1, (n - 1) * sizeof *w);
		n--;
	}
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
	if (!*term) {
		bool joined = false;
		for (size_t k = first; k >= 1; k--) {
			if (!word_upper(s, &w[k]))
				joined = true;
			else if (!joined && possessive_len(s, w[k].off, w[k].len) &&
				 !has_head_word(s, w, k))
				first = k - 1;
		}
	}
	/* A party's abbreviation before a person's name is no part of it
	 * (`KMT Lu Shiow-yen`); a company's before its name is (`CTBC
	 * Financial Holding Co`). */
	bool body = IS_ONE_OF(s + w[0].off, w[0].len, other_words);
	while (first > 0) {
		const struct word *x = &w[first];
		if (!word_upper(s, x) ||
		    (word_is_acronym(s, x) && !body) ||
		    opens(s, x) || IS_ONE_OF(s + x->off, x->len, qualifiers))
			first--;
		else
			break;
	}
	/* `By 林保華`, `The (台積電)`: an opener alone names nothing.  (A
	 * word the loop stopped at is neither lower case nor an opener.) */
	if (first == 0 && (!word_upper(s, &w[0]) || opens(s, &w[0]) ||
			   IS_ONE_OF(s + w[0].off, w[0].len, qualifiers)))
		return false;
	*off = w[first].off;
	*len = w[0].off + w[0].len - w[first].off;
	return true;
}

bool name_opens_sentence(const uint8_t *s, size_t off)
{
	struct word x = { off, 0 };

	return at_sentence_start(s, &x);
}

bool name_is_joiner(const uint8_t *w, size_t n)
{
	return IS_ONE_OF(w, n, joiners);
}

bool name_is_other_word(const uint8_t *w, size_t n)
{
	return IS_ONE_OF(w, n, other_words);
}
