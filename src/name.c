#include "name.h"

#include <string.h>

#include "roman.h"
#include "text.h"
#include "wordlist.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))
enum { MAX_WORDS = 14 };

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

/* A sorted table and, from its first use on, an index by first byte:
 * where those words begin and which lengths they have.  Most words of a
 * name share first letter and length with no title or opener and are
 * turned away at once; the rest are searched for among a handful. */
struct table {
	const char *const *word;
	size_t count;
	bool indexed;
	uint16_t from[257];     /* words with first byte b: [from[b], from[b + 1]) */
	uint32_t lengths[256];  /* bit k: one of them has k bytes (31: more) */
};

#define TABLE(a) { (a), LEN(a), false, { 0 }, { 0 } }

static unsigned length_bit(size_t n)
{
	return n < 31 ? (unsigned)n : 31;
}

static struct table t_joiners = TABLE(joiners), t_titles = TABLE(titles),
	t_openers = TABLE(openers), t_other_words = TABLE(other_words);

static void table_index(struct table *t)
{
	size_t k = 0;

	for (unsigned b = 0; b < 257; b++) {
		while (k < t->count && (unsigned char)t->word[k][0] < b)
			k++;
		t->from[b] = (uint16_t)k;
	}
	for (k = 0; k < t->count; k++)
		t->lengths[(unsigned char)t->word[k][0]] |=
			UINT32_C(1) << length_bit(strlen(t->word[k]));
	t->indexed = true;
}

/* Is w[0, n) one of the words of t (exact, case kept)? */
static bool word_in(struct table *t, const uint8_t *w, size_t n)
{
	if (n == 0)
		return false;
	if (!t->indexed)
		table_index(t);
	if (!((t->lengths[w[0]] >> length_bit(n)) & 1))
		return false;
	size_t lo = t->from[w[0]], hi = t->from[w[0] + 1];

	return wordlist_has(t->word + lo, hi - lo, w, n);
}

/* In strcmp order, no duplicates, no empty word, few enough for from[]. */
static bool sorted(const struct table *t)
{
	if (t->count > UINT16_MAX)
		return false;
	for (size_t i = 0; i < t->count; i++)
		if (t->word[i][0] == '\0' ||
		    (i > 0 && strcmp(t->word[i - 1], t->word[i]) >= 0))
			return false;
	return true;
}

bool name_tables_ok(void)
{
	return sorted(&t_joiners) && sorted(&t_titles) && sorted(&t_openers) &&
	       sorted(&t_other_words);
}

#define IS_ONE_OF(w, n, table) word_in(&t_##table, (w), (n))

struct word {
	size_t off, len;
};

#define WORD_IS(s, w, lit) ((w).len == sizeof(lit) - 1 && \
			    memcmp((s) + (w).off, lit, (w).len) == 0)

/* Names are mostly ASCII: answer it here, without a call into text.c
 * per letter, and ask libunistring about the rest. */
static inline bool is_word_char(ucs4_t uc)
{
	if (uc < 0x80)
		return ((uc | 0x20) >= 'a' && (uc | 0x20) <= 'z') ||
		       (uc >= '0' && uc <= '9') || uc == '-' || uc == '\'' ||
		       uc == '.';
	return text_is_letter(uc) || text_is_digit(uc) || uc == 0x2019;
}

static inline bool word_upper(const uint8_t *s, const struct word *w)
{
	ucs4_t uc;

	if (s[w->off] < 0x80)
		return s[w->off] >= 'A' && s[w->off] <= 'Z';
	text_next(s + w->off, w->len, &uc);
	return text_is_upper(uc);
}

/* Where the word that ends at s[i] begins: back over word characters.
 * The loop over ASCII letters is the inner loop of name_before; only
 * other bytes are decoded. */
static size_t word_start(const uint8_t *s, size_t i)
{
	while (i > 0) {
		uint8_t b = s[i - 1];
		if (b < 0x80) {
			if (!is_word_char(b))
				break;
			i--;
			continue;
		}
		ucs4_t uc;
		size_t p = text_prev(s, i);
		text_next(s + p, i - p, &uc);
		if (!is_word_char(uc))
			break;
		i = p;
	}
	return i;
}

/* The character that ends just before s[i] (i > 0) into *uc; returns
 * where it starts.  ASCII needs no text_prev. */
static inline size_t char_before(const uint8_t *s, size_t i, ucs4_t *uc)
{
	if (s[i - 1] < 0x80) {
		*uc = s[i - 1];
		return i - 1;
	}
	size_t p = text_prev(s, i);
	text_next(s + p, i - p, uc);
	return p;
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
	ucs4_t uc;
	size_t p = char_before(s, end, &uc);
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
			 * runs from the portfolio on; name_fit keeps only
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

/* --- person or other --------------------------------------------------- */

enum { FIT_WORDS = MAX_WORDS, WORD_MAX = 48, CHARS_MAX = 15 };

/* A word of a name, with what roman.c said of it, asked once: the tail
 * search of name_fit asks about the same words again and again. */
struct nword {
	const uint8_t *s;
	size_t n;
	int counts;                     /* -1: not asked yet */
	signed char surname, given, hepburn;
};

/* The words of a name, split at spaces. */
static size_t split_name(const uint8_t *s, size_t n, struct nword *w)
{
	size_t count = 0, i = 0;

	while (i < n && count < FIT_WORDS) {
		while (i < n && s[i] == ' ')
			i++;
		size_t start = i;
		while (i < n && s[i] != ' ')
			i++;
		if (i > start)
			w[count++] = (struct nword){ s + start, i - start,
						     -1, -1, -1, -1 };
	}
	return count;
}

/* The word as roman.c wants it: ASCII, with a curly ’ made straight.
 * Returns 0 when it holds anything else. */
static size_t ascii_word(struct nword w, uint8_t *out)
{
	size_t k = 0;

	for (size_t i = 0; i < w.n; i++) {
		if (k == WORD_MAX)
			return 0;
		if (i + 3 <= w.n && memcmp(w.s + i, "\xE2\x80\x99", 3) == 0) {
			out[k++] = '\'';
			i += 2;
		} else if (w.s[i] < 0x80) {
			out[k++] = w.s[i];
		} else {
			return 0;
		}
	}
	return k;
}

typedef bool (*word_test)(const uint8_t *w, size_t n);

static bool test_word(const struct nword *w, word_test fn, signed char *memo)
{
	if (*memo < 0) {
		uint8_t a[WORD_MAX];
		size_t k = ascii_word(*w, a);
		*memo = k > 0 && fn(a, k);
	}
	return *memo;
}

static bool is_surname(struct nword *w)
{
	return test_word(w, roman_is_surname, &w->surname);
}

static bool is_given(struct nword *w)
{
	return test_word(w, roman_is_given_name, &w->given);
}

static bool is_hepburn(struct nword *w)
{
	return test_word(w, roman_is_hepburn, &w->hepburn);
}

/* roman_syllable_counts, remembered for the last words asked about:
 * the same names come back story after story, and splitting a word into
 * syllables of five romanisations is the dearest question name.c asks. */
enum { MEMO_SLOTS = 1024, MEMO_WORD = 15 };

static struct {
	uint8_t n;
	char w[MEMO_WORD];
	unsigned counts;
} memo[MEMO_SLOTS];

static unsigned counts_memo(const uint8_t *a, size_t k)
{
	uint32_t h = 2166136261u;

	if (k > MEMO_WORD)
		return roman_syllable_counts(a, k);
	for (size_t i = 0; i < k; i++)
		h = (h ^ a[i]) * 16777619u;
	size_t slot = h % MEMO_SLOTS;
	if (memo[slot].n == k && memcmp(memo[slot].w, a, k) == 0)
		return memo[slot].counts;
	memo[slot].n = (uint8_t)k;
	memcpy(memo[slot].w, a, k);
	memo[slot].counts = roman_syllable_counts(a, k);
	return memo[slot].counts;
}

static unsigned syllable_counts(struct nword *w)
{
	if (w->counts < 0) {
		uint8_t a[WORD_MAX];
		size_t k = ascii_word(*w, a);
		w->counts = k > 0 ? (int)counts_memo(a, k) : 0;
	}
	return (unsigned)w->counts;
}

/* What the CJK side says: how many characters, whether it starts with a
 * surname, whether it holds kana, Hangul or a name dot. */
struct cjk_info {
	size_t chars;
	bool surname, kana, dot, han;
};

static struct cjk_info cjk_info(const uint8_t *cjk, size_t cn)
{
	struct cjk_info c = { 0, false, false, false, false };
	ucs4_t first[2] = { 0, 0 };

	for (size_t i = 0; i < cn;) {
		ucs4_t uc;
		i += text_next(cjk + i, cn - i, &uc);
		if (text_is_name_dot(uc)) {
			c.dot = true;
			continue;
		}
		if (c.chars < 2)
			first[c.chars] = uc;
		c.chars++;
		if ((uc >= 0x3040 && uc <= 0x30FF) || (uc >= 0x31F0 && uc <= 0x31FF))
			c.kana = true;
		else if (uc >= 0x3400 && !(uc >= 0xAC00 && uc <= 0xD7AF))
			c.han = true;
	}
	c.surname = cjk_is_surname(first[0]) ||
		    (c.chars >= 2 && cjk_is_compound_surname(first[0], first[1]));
	return c;
}

/* Can the words split into exactly `chars` syllables, one per character? */
static bool one_syllable_per_char(struct nword *w, size_t n, size_t chars)
{
	uint32_t reach = 1;     /* bit k: the words so far give k syllables */

	if (chars == 0 || chars > CHARS_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned counts = syllable_counts(&w[i]);
		uint32_t next = 0;
		for (unsigned k = 1; k <= CHARS_MAX; k++)
			if (counts & (1u << k))
				next |= reach << k;
		reach = next & ((1u << (CHARS_MAX + 1)) - 1);
		if (reach == 0)
			return false;
	}
	return (reach >> chars) & 1;
}

/* A given name written the way people's names are and places' are not:
 * hyphenated (`Huan-jen`).  (Two syllables run together, `Jinping`, would
 * also take `Moon Lake` for a person.) */
static bool given_name_shape(struct nword w)
{
	return memchr(w.s, '-', w.n) != NULL;
}

/* A Chinese or Korean name: surname first, one syllable per character
 * (`Tan See Leng`, `Wu Chen Chiung-chiu`, `Park Ji-hoon`), or Western
 * given names before it (`Lawrence Wong`, `Eric Chu Li-luan`). */
static bool chinese_korean_person(struct nword *w, size_t n,
				  const struct cjk_info *c)
{
	if (n == 0 || c->chars < 1 || c->chars > 5 || c->kana)
		return false;
	/* A rare surname the table does not hold still makes a person when
	 * the given name has the shape of one (`Su Huan-jen`):
	 * places and terms are not written so. */
	if (!c->surname && !(n >= 2 && given_name_shape(w[n - 1])))
		return false;
	if (is_surname(&w[0]) && one_syllable_per_char(w, n, c->chars))
		return n > 1 || c->chars == 1;
	if (!c->surname)
		return false;
	size_t g = 0;
	while (g < n && is_given(&w[g]))
		g++;
	if (g == 0 || g == n || c->chars < 2)
		return false;
	if (n - g == 1)     /* `William Lai (賴清德)`: the surname alone */
		return is_surname(&w[g]);
	return is_surname(&w[g]) &&
	       one_syllable_per_char(w + g, n - g, c->chars);
}

/* A Japanese name: two words read as Hepburn, at least three kanji or
 * kana (`Yuriko Koike (小池百合子)`, `Shigeru Ishiba (石破茂)`). */
static bool japanese_person(struct nword *w, size_t n,
			    const struct cjk_info *c)
{
	return n == 2 && c->chars >= 3 && (c->han || c->kana) &&
	       is_hepburn(&w[0]) && is_hepburn(&w[1]);
}

static bool has_other_word(const struct nword *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (IS_ONE_OF(w[i].s, w[i].n, other_words))
			return true;
	return false;
}

static bool is_person(struct nword *w, size_t n, const struct cjk_info *c)
{
	if (chinese_korean_person(w, n, c) || japanese_person(w, n, c))
		return true;
	/* A transliterated foreign or indigenous name: `Alain Delon
	 * (亞蘭·德倫)`, `Sayun Nomin (撒韻·諾敏)`. */
	return c->dot && n >= 2 && n <= 3 && !has_other_word(w, n);
}

enum gloss_type name_type(const uint8_t *name, size_t n, const uint8_t *cjk,
			  size_t cn)
{
	struct nword w[FIT_WORDS];
	size_t count = split_name(name, n, w);
	struct cjk_info c = cjk_info(cjk, cn);

	return is_person(w, count, &c) ? G_PERSON : G_OTHER;
}

/* name_fit on the name alone: the type, and in *skip the bytes of office
 * before the person's name (0 when the whole name stays). */
static enum gloss_type fit(const uint8_t *name, size_t n, const uint8_t *cjk,
			   size_t cn, size_t *skip)
{
	struct nword w[FIT_WORDS];
	size_t count = split_name(name, n, w);
	struct cjk_info c = cjk_info(cjk, cn);

	*skip = 0;
	if (is_person(w, count, &c))
		return G_PERSON;
	/* The longest run of last words (two or more: a lone surname could
	 * be any capitalised word) that is a person's name: what comes
	 * before it is an office (`Minister for Manpower Tan See Leng`,
	 * `Secretary for … Tourism Rosanna Law`). */
	for (size_t k = count - (count > 0); k >= 2; k--) {
		struct nword *tail = w + count - k;
		if (chinese_korean_person(tail, k, &c)) {
			*skip = (size_t)(tail[0].s - name);
			return G_PERSON;
		}
	}
	return G_OTHER;
}

/* fit, remembered per (name, cjk) pair: news repeats a name and its
 * gloss story after story, and typing it again costs syllable splits,
 * Hepburn readings and surname look-ups.  The answer depends on the two
 * strings alone, so it may outlive a story and a file.  The table is
 * fixed (about 60 KB); a pair takes the slot of its hash, and longer
 * names than a slot holds are typed afresh each time. */
enum { FIT_SLOTS = 512, FIT_NAME = 64, FIT_CJK = 48 };

struct fit_entry {
	uint8_t name_len, cjk_len;      /* 0: an empty slot */
	uint8_t skip;
	uint8_t type;
	uint8_t name[FIT_NAME], cjk[FIT_CJK];
};

static struct fit_entry fit_memo[FIT_SLOTS];

/* A hash of s[0, n) from its length and its first and last eight bytes
 * (all of it when shorter): cheap, and names that differ only in their
 * middle share a slot, which costs a recomputation, never an answer. */
static uint64_t ends_hash(const uint8_t *s, size_t n)
{
	uint64_t a = n, b = 0;

	if (n >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		b ^= n;
	} else {
		for (size_t i = 0; i < n; i++)
			a = a << 8 | s[i];
	}
	a = (a ^ (a >> 29)) * UINT64_C(0x9E3779B97F4A7C15);
	return (a ^ b ^ (b >> 31)) * UINT64_C(0xC2B2AE3D27D4EB4F);
}

static enum gloss_type fit_memoised(const uint8_t *name, size_t n,
				    const uint8_t *cjk, size_t cn,
				    size_t *skip)
{
	if (n == 0 || n > FIT_NAME || cn == 0 || cn > FIT_CJK)
		return fit(name, n, cjk, cn, skip);
	/* The multiply mixes the two, so that two pairs of one name meet in
	 * a slot for some names and not for others. */
	uint64_t h = (ends_hash(name, n) ^ (ends_hash(cjk, cn) >> 7)) *
		     UINT64_C(0x9E3779B97F4A7C15);
	struct fit_entry *m = &fit_memo[(h >> 40) % FIT_SLOTS];

	if (m->name_len == n && m->cjk_len == cn &&
	    memcmp(m->name, name, n) == 0 && memcmp(m->cjk, cjk, cn) == 0) {
		*skip = m->skip;
		return (enum gloss_type)m->type;
	}
	enum gloss_type t = fit(name, n, cjk, cn, skip);
	m->name_len = (uint8_t)n;
	m->cjk_len = (uint8_t)cn;
	m->skip = (uint8_t)*skip;
	m->type = (uint8_t)t;
	memcpy(m->name, name, n);
	memcpy(m->cjk, cjk, cn);
	return t;
}

enum gloss_type name_fit(const uint8_t *s, size_t *off, size_t *len,
			 const uint8_t *cjk, size_t cn)
{
	size_t skip;
	enum gloss_type t = fit_memoised(s + *off, *len, cjk, cn, &skip);

	*off += skip;
	*len -= skip;
	return t;
}
