/* roman.c — splitting romanised words into syllables, reading Hepburn,
 * looking up names; the word lists are in roman_tables.c. */
#include "roman.h"

#include <stdlib.h>
#include <string.h>

#include "roman_tables.h"
#include "wordlist.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Hepburn morae; the sokuon, syllabic m and long oh are rules below. */
static const char *const hepburn[] = {
	"a", "ba", "be", "bi", "bo", "bu", "bya", "byo", "byu", "cha", "chi",
	"cho", "chu", "da", "de", "do", "e", "fu", "ga", "ge", "gi", "go",
	"gu", "gya", "gyo", "gyu", "ha", "he", "hi", "ho", "hya", "hyo",
	"hyu", "i", "ja", "ji", "jo", "ju", "ka", "ke", "ki", "ko", "ku",
	"kya", "kyo", "kyu", "ma", "me", "mi", "mo", "mu", "mya", "myo",
	"myu", "n", "na", "ne", "ni", "no", "nu", "nya", "nyo", "nyu", "o",
	"pa", "pe", "pi", "po", "pu", "pya", "pyo", "pyu", "ra", "re", "ri",
	"ro", "ru", "rya", "ryo", "ryu", "sa", "se", "sha", "shi", "sho",
	"shu", "so", "su", "ta", "te", "to", "tsu", "u", "wa", "wo", "ya",
	"yo", "yu", "za", "ze", "zo", "zu",
};

enum {
	WORD_MAX = 96,      /* longer words are not names */
	SYL_MAX = 6,        /* no syllable in the tables is longer */
	COUNT_MAX = 15,     /* highest syllable count reported */
	MORA_MAX = 3,       /* longest Hepburn mora in the table */
};

#define COUNT_MASK ((2u << COUNT_MAX) - 1)   /* bits 0 to COUNT_MAX */

static const struct roman_table t_hepburn = { hepburn, LEN(hepburn) };

/* A romanisation: the tables its syllables come from, and how it writes
 * syllable breaks. */
struct system {
	const struct roman_table *table[2];
	bool aspiration;          /* Ch'en: an apostrophe inside a syllable */
	bool dropped_apostrophe;  /* Xian: Xi'an, before a, in a piece of two */
};

static const struct system systems[] = {
	/* Hanyu and Tongyong Pinyin share most syllables. */
	{ { &roman_pinyin, &roman_tongyong }, false, true },
	{ { &roman_wade_giles, &roman_taiwan_forms }, true, false },
	{ { &roman_cantonese, NULL }, false, false },            /* HK */
	{ { &roman_hokkien, NULL }, false, false },              /* SG, MY */
	{ { &roman_korean, NULL }, true, false },                /* RR, MR */
};

static bool table_has(const struct roman_table *t, const char *k, size_t n)
{
	return wordlist_has(t->word, t->count, (const uint8_t *)k, n);
}

static bool is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static char ascii_lower(uint8_t b)
{
	return (char)(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
}

/* Copy w lower-cased into out (WORD_MAX bytes); false when w is empty,
 * too long, or has a byte other than a letter or one of `extra`. */
static bool fold(const uint8_t *w, size_t n, char *out, const char *extra)
{
	if (n == 0 || n > WORD_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = ascii_lower(w[i]);
		if (!is_lower(c) && (c == '\0' || !strchr(extra, c)))
			return false;
		out[i] = c;
	}
	return true;
}

/* One piece of a word, letters only, with where apostrophes stood. */
struct piece {
	char s[WORD_MAX];
	bool apos[WORD_MAX + 1];  /* an apostrophe before s[i] */
	size_t n;
};

static bool has_vowel(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (is_vowel(s[i]))
			return true;
	return false;
}

/* After how many syllables may p->s[i..j) come as one of sys?  A mask
 * of counts: all of them, none, or (a dropped apostrophe) only one. */
static unsigned may_follow(const struct system *sys, const struct piece *p,
			   size_t i, size_t j)
{
	unsigned after = ~0u;

	if (!sys->aspiration)
		for (size_t k = i + 1; k < j; k++)
			if (p->apos[k])
				return 0;
	if (i > 0 && is_vowel(p->s[i]) && !p->apos[i]) {
		if (!sys->dropped_apostrophe || j < p->n || p->s[i] != 'a')
			return 0;
		after = 1u << 1;
	}
	/* Syllabic ng (Ng, Sng) stands alone. */
	if ((i > 0 || j < p->n) && !has_vowel(p->s + i, j - i))
		return 0;
	for (size_t t = 0; t < LEN(sys->table) && sys->table[t]; t++)
		if (table_has(sys->table[t], p->s + i, j - i))
			return after;
	return 0;
}

/* Bit k of the result: the piece splits into k syllables of sys. */
static unsigned piece_counts(const struct system *sys, const struct piece *p)
{
	unsigned at[WORD_MAX + 1] = { 1 };

	for (size_t i = 0; i < p->n; i++) {
		if (at[i] == 0)
			continue;
		for (size_t j = i + 1; j <= p->n && j - i <= SYL_MAX; j++) {
			unsigned from = at[i] & may_follow(sys, p, i, j);
			at[j] |= (from << 1) & COUNT_MASK;
		}
	}
	return at[p->n];
}

/* Counts of a word made of pieces with counts a and b. */
static unsigned add_counts(unsigned a, unsigned b)
{
	unsigned sum = 0;

	for (unsigned k = 0; k <= COUNT_MAX; k++)
		if (a & (1u << k))
			sum |= b << k;
	return sum & COUNT_MASK;
}

/* Read the piece that starts at w[*i] and move past its hyphen. */
static bool next_piece(const char *w, size_t n, size_t *i, struct piece *p)
{
	memset(p->apos, 0, sizeof p->apos);
	p->n = 0;
	for (; *i < n && w[*i] != '-'; (*i)++) {
		if (w[*i] == '\'')
			p->apos[p->n] = true;
		else
			p->s[p->n++] = w[*i];
	}
	if (*i < n)
		(*i)++;
	return p->n > 0;
}

unsigned roman_syllable_counts(const uint8_t *w, size_t n)
{
	char s[WORD_MAX];
	struct piece p;
	unsigned total = 1;
	size_t i = 0;

	if (!fold(w, n, s, "-'") || s[n - 1] == '-')
		return 0;
	while (i < n) {
		if (!next_piece(s, n, &i, &p))
			return 0;
		unsigned counts = 0;
		for (size_t k = 0; k < LEN(systems); k++)
			counts |= piece_counts(&systems[k], &p);
		total = add_counts(total, counts);
		if (total == 0)
			return 0;
	}
	return total & ~1u;
}

bool roman_is_surname(const uint8_t *w, size_t n)
{
	char s[WORD_MAX];

	return fold(w, n, s, "-") && table_has(&roman_surnames, s, n);
}

bool roman_is_given_name(const uint8_t *w, size_t n)
{
	char s[WORD_MAX];

	return fold(w, n, s, "") && table_has(&roman_given_names, s, n);
}

/* Hepburn states: bit 0, 1 or 2 for none, one, two or more morae. */
static unsigned one_more_mora(unsigned st)
{
	return ((st << 1) | (st & 4)) & 7;
}

/* Is s[i] a mora that is not in the table: the first of a doubled
 * consonant (Sapporo, Matcha), syllabic m before b/m/p (Shimbun), the h
 * of a long o before a consonant and its vowel (Ohtani, Ohno; not John)? */
static bool special_mora(const char *s, size_t n, size_t i)
{
	char c = s[i], next = i + 1 < n ? s[i + 1] : '\0';
	char after = i + 2 < n ? s[i + 2] : '\0';

	if (next == '\0')
		return false;
	if (strchr("kstp", c) && (next == c || (c == 't' && next == 'c')))
		return true;
	if (c == 'm' && strchr("bmp", next))
		return true;
	return c == 'h' && i > 0 && s[i - 1] == 'o' && !is_vowel(next) &&
	       next != 'y' && after != '\0' &&
	       (is_vowel(after) || strchr("hsy", after));
}

bool roman_is_hepburn(const uint8_t *w, size_t n)
{
	char s[WORD_MAX];
	size_t len = 0;
	unsigned at[WORD_MAX + 1] = { 1 };

	if (!fold(w, n, s, "'"))
		return false;
	for (size_t i = 0; i < n; i++)     /* Shin'ichi: the ' only marks n */
		if (s[i] != '\'')
			s[len++] = s[i];
	for (size_t i = 0; i < len; i++) {
		if (at[i] == 0)
			continue;
		unsigned next = one_more_mora(at[i]);
		for (size_t j = i + 1; j <= len && j - i <= MORA_MAX; j++)
			if (table_has(&t_hepburn, s + i, j - i))
				at[j] |= next;
		if (special_mora(s, len, i))
			at[i + 1] |= next;
	}
	return len > 0 && (at[len] & 4);
}

static int cmp3(const void *a, const void *b)
{
	return memcmp(a, b, 3);
}

static int cmp6(const void *a, const void *b)
{
	return memcmp(a, b, 6);
}

/* Is key (unit bytes: 3 or 6) one of the units of the sorted set? */
static bool set_has(const struct roman_chars *set, size_t unit,
		    const uint8_t *key)
{
	return bsearch(key, set->s, set->len / unit, unit,
		       unit == 3 ? cmp3 : cmp6) != NULL;
}

/* The three-byte UTF-8 form of uc; false outside U+0800..U+FFFF. */
static bool utf8_3(ucs4_t uc, uint8_t *out)
{
	if (uc < 0x800 || uc > 0xFFFF || (uc >= 0xD800 && uc <= 0xDFFF))
		return false;
	out[0] = (uint8_t)(0xE0 | (uc >> 12));
	out[1] = (uint8_t)(0x80 | ((uc >> 6) & 0x3F));
	out[2] = (uint8_t)(0x80 | (uc & 0x3F));
	return true;
}

bool cjk_is_surname(ucs4_t uc)
{
	uint8_t k[3];

	if (!utf8_3(uc, k))
		return false;
	return set_has(&roman_han_surnames, 3, k) ||
	       set_has(&roman_hangul_surnames, 3, k);
}

bool cjk_is_compound_surname(ucs4_t a, ucs4_t b)
{
	uint8_t k[6];

	if (!utf8_3(a, k) || !utf8_3(b, k + 3))
		return false;
	return set_has(&roman_compound_surnames, 6, k);
}

static bool table_ok(const struct roman_table *t, size_t max, const char *extra)
{
	for (size_t i = 0; i < t->count; i++) {
		const char *w = t->word[i];
		size_t n = strlen(w);
		if (n == 0 || n > max)
			return false;
		for (size_t k = 0; k < n; k++)
			if (!is_lower(w[k]) && !strchr(extra, w[k]))
				return false;
		if (i > 0 && strcmp(t->word[i - 1], w) >= 0)
			return false;
	}
	return true;
}

static bool set_ok(const struct roman_chars *set, size_t unit)
{
	const char *s = set->s;

	if (set->len == 0 || set->len % unit != 0 || strlen(s) != set->len)
		return false;
	for (size_t i = 0; i < set->len; i += 3)
		if (((uint8_t)s[i] & 0xF0) != 0xE0)
			return false;
	for (size_t i = unit; i < set->len; i += unit)
		if (memcmp(s + i - unit, s + i, unit) >= 0)
			return false;
	return true;
}

bool roman_tables_ok(void)
{
	for (size_t k = 0; k < LEN(systems); k++)
		for (size_t t = 0; t < LEN(systems[k].table); t++)
			if (systems[k].table[t] &&
			    !table_ok(systems[k].table[t], SYL_MAX, ""))
				return false;
	return table_ok(&roman_surnames, WORD_MAX, "-") &&
	       table_ok(&roman_given_names, WORD_MAX, "") &&
	       table_ok(&t_hepburn, MORA_MAX, "") &&
	       set_ok(&roman_han_surnames, 3) &&
	       set_ok(&roman_hangul_surnames, 3) &&
	       set_ok(&roman_compound_surnames, 6);
}
