#include "cohesion.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "wordscan.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

enum { MIN_WORD = 3, LEDE_SAID_WORDS = 8, LEDE_TOLD_WORDS = 3,
       /* Distinct stems a vocabulary holds at most (2 MiB of slots):
        * enough for any article, and a bound for a hostile one. */
       VOCAB_MAX = 1 << 16 };

#define GOLDEN UINT64_C(0x9E3779B97F4A7C15)     /* 2^64 / phi, odd */

struct vocab_slot {
	uint64_t key;
	uint32_t count;
	uint32_t generation;
};

/* Function words, and words any news story uses whatever it is about. */
static const char *const stop_words[] = {
	"a", "about", "according", "after", "all", "also", "an", "and", "any",
	"are", "at", "be", "because", "been", "before", "being", "but", "by",
	"can", "could", "day", "days", "did", "do", "does", "down", "during",
	"each", "eight", "first", "five", "for", "four", "friday", "from",
	"had", "has", "have", "he", "her", "here", "his", "how", "i", "if",
	"in", "into", "is", "it", "its", "just", "last", "may", "me", "might",
	"monday", "month", "months", "more", "most", "must", "my", "new",
	"next", "nine", "no", "not", "of", "on", "one", "only", "or", "other",
	"our", "out", "over", "own", "people", "per", "percent", "said",
	"same", "saturday", "say", "says", "seven", "shall", "she", "should",
	"since", "six", "so", "some", "such", "sunday", "tell", "ten", "than",
	"that", "the", "their", "them", "then", "there", "these", "they",
	"this", "those", "though", "although", "three", "thursday", "time",
	"to", "today", "told", "tomorrow", "too", "tuesday", "two", "under",
	"until", "up", "very", "was", "we", "wednesday", "week", "weeks",
	"were", "what", "when", "where", "whether", "which", "while", "who",
	"whom", "whose", "why", "will", "with", "would", "year", "years",
	"yesterday", "you", "your",
};

/* --- a small set of word keys ------------------------------------------- */

/* The stop words and the words lede_shape looks for, each in an
 * open-addressing table built on first use: asked for every word, so one
 * multiply and, at a sixth full or less, nearly always one probe.  A
 * slot holds a key (0 is empty: no word's key is 0) and a value. */
enum { KEYSET_BITS = 10, KEYSET_SLOTS = 1 << KEYSET_BITS };

struct keyset {
	uint64_t key[KEYSET_SLOTS];
	uint8_t value[KEYSET_SLOTS];
	bool ready;
};

static size_t keyset_slot(uint64_t key)
{
	return (size_t)((key * GOLDEN) >> (64 - KEYSET_BITS));
}

static void keyset_build(struct keyset *ks, const char *const *words,
			 size_t count)
{
	for (size_t i = 0; i < count; i++) {
		size_t n = strlen(words[i]);
		uint64_t k = word_key((const uint8_t *)words[i], n, n);
		size_t j = keyset_slot(k);
		while (ks->key[j] != 0 && ks->key[j] != k)
			j = (j + 1) & (KEYSET_SLOTS - 1);
		ks->key[j] = k;
		ks->value[j] = (uint8_t)i;
	}
	ks->ready = true;
}

/* The value stored with key, or -1 when key is not in the set. */
static int keyset_find(const struct keyset *ks, uint64_t key)
{
	for (size_t j = keyset_slot(key); ks->key[j] != 0;
	     j = (j + 1) & (KEYSET_SLOTS - 1))
		if (ks->key[j] == key)
			return ks->value[j];
	return -1;
}

static struct keyset stop_set;

static bool is_stop(uint64_t key)
{
	return keyset_find(&stop_set, key) >= 0;
}

/* --- content words -------------------------------------------------------- */

/* The stem of the next content word of s at or after *i, which it moves
 * past the word; false at the end of s.  Inlined into the two loops that
 * use it, so a word costs its bytes and one probe of the stop set. */
static inline bool next_stem(const uint8_t *s, size_t n, size_t *i,
			     uint64_t *stem)
{
	size_t j = *i;

	for (;;) {
		j = scan(s, n, j, LETTER, true);
		if (j == n) {
			*i = n;
			return false;
		}
		size_t w = j;
		j = scan(s, n, j + 1, LETTER | JOINER, false);
		if (j - w < MIN_WORD)
			continue;
		uint64_t key = word_key(s + w, j - w, n - w);
		if (is_stop(key))
			continue;
		*i = j;
		*stem = stem_of(key);
		return true;
	}
}

static void stop_set_ready(void)
{
	if (!stop_set.ready)
		keyset_build(&stop_set, stop_words, LEN(stop_words));
}

/* --- the vocabulary --------------------------------------------------------- */

static size_t slot_of(const struct vocab *v, uint64_t stem)
{
	size_t mask = v->cap - 1;
	size_t i = (size_t)((stem * GOLDEN) >> 32) & mask;

	while (v->slot[i].generation == v->generation && v->slot[i].key != stem)
		i = (i + 1) & mask;
	return i;
}

static uint32_t count_of(const struct vocab *v, uint64_t stem)
{
	if (v->cap == 0)
		return 0;
	size_t i = slot_of(v, stem);
	return v->slot[i].generation == v->generation ? v->slot[i].count : 0;
}

static void grow(struct vocab *v)
{
	struct vocab old = *v;

	v->cap = old.cap ? old.cap * 2 : 256;
	v->slot = xmalloc(v->cap * sizeof *v->slot);
	memset(v->slot, 0, v->cap * sizeof *v->slot);
	v->generation = 1;
	v->used = 0;
	for (size_t i = 0; i < old.cap; i++) {
		if (old.slot[i].generation != old.generation)
			continue;
		size_t j = slot_of(v, old.slot[i].key);
		v->slot[j] = (struct vocab_slot){ old.slot[i].key,
						  old.slot[i].count, 1 };
		v->used++;
	}
	free(old.slot);
}

/* Count one more use of stem; returns the new count, or 0 when the
 * vocabulary is full and the stem new (it is then left out). */
static inline uint32_t bump(struct vocab *v, uint64_t stem)
{
	if (2 * (v->used + 1) > v->cap && v->used < VOCAB_MAX)
		grow(v);
	struct vocab_slot *x = &v->slot[slot_of(v, stem)];
	if (x->generation != v->generation) {
		if (v->used >= VOCAB_MAX)
			return 0;
		*x = (struct vocab_slot){ stem, 0, v->generation };
		v->used++;
	}
	if (x->count < UINT32_MAX)
		x->count++;
	return x->count;
}

void vocab_clear(struct vocab *v)
{
	v->used = 0;
	if (++v->generation == 0) {     /* wrapped: really empty the table */
		if (v->cap > 0)
			memset(v->slot, 0, v->cap * sizeof *v->slot);
		v->generation = 1;
	}
}

void vocab_add(struct vocab *v, const uint8_t *s, size_t n)
{
	size_t i = 0;
	uint64_t stem;

	if (v->generation == 0)
		v->generation = 1;
	stop_set_ready();
	while (next_stem(s, n, &i, &stem))
		bump(v, stem);
}

/* Add to o the distinct stems of s[0, n) not yet in seen, and how v
 * holds them.  With quick, stop at the first stem v holds twice or more
 * and return false. */
static bool compare_text(const struct vocab *v, struct vocab *seen,
			 const uint8_t *s, size_t n, bool quick,
			 struct overlap *o)
{
	size_t i = 0;
	uint64_t stem;

	while (next_stem(s, n, &i, &stem)) {
		/* Seen before, or past VOCAB_MAX distinct stems. */
		if (bump(seen, stem) != 1)
			continue;
		uint32_t count = count_of(v, stem);
		o->distinct++;
		o->shared += count >= 1;
		o->recurring += count >= 2;
		if (quick && count >= 2)
			return false;
	}
	return true;
}

static struct overlap compare(const struct vocab *v, struct vocab *scratch,
			      const uint8_t *const *s, const size_t *len,
			      size_t n, bool quick)
{
	struct overlap o = { 0, 0, 0 };

	vocab_clear(scratch);
	stop_set_ready();
	for (size_t t = 0; t < n; t++)
		if (!compare_text(v, scratch, s[t], len[t], quick, &o))
			break;
	return o;
}

struct overlap vocab_compare(const struct vocab *v, struct vocab *scratch,
			     const uint8_t *const *s, const size_t *len,
			     size_t n)
{
	return compare(v, scratch, s, len, n, false);
}

struct overlap vocab_compare_until_recurring(const struct vocab *v,
					     struct vocab *scratch,
					     const uint8_t *const *s,
					     const size_t *len, size_t n)
{
	return compare(v, scratch, s, len, n, true);
}

void vocab_free(struct vocab *v)
{
	free(v->slot);
	memset(v, 0, sizeof *v);
}

/* --- the shape of a lede ------------------------------------------------ */

/* The words lede_shape looks for; a word is looked up once, by its key,
 * and then compared as a small number. */
enum lit {
	L_YESTERDAY, L_TODAY, L_TOMORROW, L_TONIGHT, L_WEEK, L_MONTH, L_YEAR,
	L_NIGHT, L_LAST, L_NEXT, L_THIS, L_ON, L_FROM, L_THE, L_OVER, L_BY,
	L_END, L_SAID, L_SAYS, L_MONDAY, L_TUESDAY, L_WEDNESDAY, L_THURSDAY,
	L_FRIDAY, L_SATURDAY, L_SUNDAY, L_COUNT,
	L_NONE = L_COUNT    /* any other word */
};
static const char *const lit_words[L_COUNT] = {
	"yesterday", "today", "tomorrow", "tonight", "week", "month", "year",
	"night", "last", "next", "this", "on", "from", "the", "over", "by",
	"end", "said", "says", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday",
};
static struct keyset lit_set;

static enum lit lit_of(uint64_t key)
{
	int k = keyset_find(&lit_set, key);

	return k < 0 ? L_NONE : (enum lit)k;
}

/* Does a time expression end at word w[2] (w[0], w[1] the words before)?
 * `yesterday`, `next month`, `on Monday`, `over the next`, `by the end`. */
static bool time_expression(const enum lit *w)
{
	switch (w[2]) {
	case L_YESTERDAY: case L_TODAY: case L_TOMORROW: case L_TONIGHT:
		return true;
	case L_WEEK: case L_MONTH: case L_YEAR:
		return w[1] == L_LAST || w[1] == L_NEXT || w[1] == L_THIS;
	case L_NIGHT:
		return w[1] == L_LAST;
	case L_NEXT:
		return w[1] == L_FROM || (w[1] == L_THE && w[0] == L_OVER);
	case L_END:
		return w[1] == L_THE && w[0] == L_BY;
	default:
		return w[2] >= L_MONDAY && w[2] <= L_SUNDAY && w[1] == L_ON;
	}
}

/* Does the first sentence end at s[i]: a . ! or ? before white space? */
static bool sentence_ends(const uint8_t *s, size_t n, size_t i)
{
	return (s[i] == '.' || s[i] == '!' || s[i] == '?') && i + 1 < n &&
	       (s[i + 1] == ' ' || s[i + 1] == '\t');
}

/* Is the text at s[i] inside quotation marks, given whether the text
 * before it was (quoted)?  `"` turns them on and off; `“` opens them
 * and `”` closes them.  Single quotes double as apostrophes
 * (`Taichung’s`): they turn nothing. */
static bool quote_mark(const uint8_t *s, size_t n, size_t i, bool quoted)
{
	ucs4_t uc;

	/* Most bytes here are spaces and commas: only `"` and the lead
	 * byte of `“` and `”` (E2 80 9C, E2 80 9D) are decoded. */
	if (s[i] != '"' && s[i] != 0xE2)
		return quoted;
	text_next(s + i, n - i, &uc);
	switch (uc) {
	case '"': return !quoted;
	case 0x201C: return true;
	case 0x201D: return false;
	default: return quoted;
	}
}

/* Does a clause end at word count after `said` at word told (0: none),
 * as an attribution's: `the board said yesterday`, then a comma or the
 * sentence's end? */
static bool told_here(unsigned count, unsigned told)
{
	return told > 0 && count - told <= LEDE_TOLD_WORDS;
}

enum lede lede_kind(const uint8_t *s, size_t n)
{
	enum lit w[3] = { L_NONE, L_NONE, L_NONE };
	unsigned count = 0;
	bool when = false, quoted = false, attributed = false;
	unsigned told = 0;      /* the word count at the last `said` */

	if (!lit_set.ready)
		keyset_build(&lit_set, lit_words, L_COUNT);
	for (size_t i = 0; i < n;) {
		if (!in_class(s[i], LETTER)) {
			if (sentence_ends(s, n, i))
				break;
			attributed = attributed ||
				     (s[i] == ',' && i + 1 < n && s[i + 1] == ' ' &&
				      told_here(count, told));
			quoted = quote_mark(s, n, i, quoted);
			i++;
			continue;
		}
		size_t start = i;
		i = scan(s, n, i + 1, LETTER, false);
		w[0] = w[1];
		w[1] = w[2];
		w[2] = lit_of(word_key(s + start, i - start, n - start));
		bool said = w[2] == L_SAID || w[2] == L_SAYS;
		/* Reported speech (`The council said that …`) continues a
		 * story; a lede tells the news itself, and may say who told
		 * it after (`…, the board said yesterday.`). */
		if (++count <= LEDE_SAID_WORDS && said)
			return LEDE_NONE;
		if (said && !quoted)
			told = count;
		/* A time in quotation marks is a title's or a slogan's
		 * (`“How hot is it in your city today”`), not the news's */
		when = when || (!quoted && time_expression(w));
	}
	if (!when)
		return LEDE_NONE;
	return attributed || told_here(count, told) ? LEDE_ATTRIBUTED :
						       LEDE_PLAIN;
}

bool lede_shape(const uint8_t *s, size_t n)
{
	return lede_kind(s, n) != LEDE_NONE;
}
