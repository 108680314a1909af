#include "cohesion.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

enum { STEM = 5, KEY_CHARS = 8, MIN_WORD = 3, LEDE_MIN_WORDS = 20,
       LEDE_SAID_WORDS = 8,
       /* Distinct stems a vocabulary holds at most (2 MiB of slots):
        * enough for any article, and a bound for a hostile one. */
       VOCAB_MAX = 1 << 16 };

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

/* The stop words' keys in an open-addressing set: asked for every word
 * of a story, so one multiply and a probe or two, not a binary search. */
enum { STOP_SLOTS = 512 };
static uint64_t stop_set[STOP_SLOTS];     /* 0: empty (no key is 0) */
static bool stop_ready;

static bool ascii_letter(uint8_t c)
{
	return (uint8_t)((c | 0x20) - 'a') < 26;
}

static bool word_byte(uint8_t c)
{
	return ascii_letter(c) || c == '\'' || c == '-';
}

/* A word's first KEY_CHARS bytes, lower case, packed little-endian; the
 * top bit marks a longer word.  The low STEM bytes are its stem. */
static uint64_t word_key(const uint8_t *w, size_t n)
{
	uint64_t key = 0;

	for (size_t i = 0; i < n && i < KEY_CHARS; i++) {
		uint8_t c = ascii_letter(w[i]) ? (uint8_t)(w[i] | 0x20) : w[i];
		key |= (uint64_t)c << (8 * i);
	}
	if (n > KEY_CHARS)
		key |= UINT64_C(1) << 63;
	return key;
}

static uint64_t stem_of(uint64_t key)
{
	return key & ((UINT64_C(1) << (8 * STEM)) - 1);
}

static size_t stop_slot(uint64_t key)
{
	return (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> 40) %
	       STOP_SLOTS;
}

static bool is_stop(uint64_t key)
{
	if (!stop_ready) {
		for (size_t i = 0; i < LEN(stop_words); i++) {
			uint64_t k = word_key((const uint8_t *)stop_words[i],
					      strlen(stop_words[i]));
			size_t j = stop_slot(k);
			while (stop_set[j] != 0 && stop_set[j] != k)
				j = (j + 1) % STOP_SLOTS;
			stop_set[j] = k;
		}
		stop_ready = true;
	}
	for (size_t j = stop_slot(key); stop_set[j] != 0;
	     j = (j + 1) % STOP_SLOTS)
		if (stop_set[j] == key)
			return true;
	return false;
}

/* Call fn for the stem of every content word of s. */
static void each_stem(const uint8_t *s, size_t n,
		      void (*fn)(uint64_t stem, void *ctx), void *ctx)
{
	size_t i = 0;

	while (i < n) {
		if (!ascii_letter(s[i])) {
			i++;
			continue;
		}
		size_t w = i;
		while (i < n && word_byte(s[i]))
			i++;
		if (i - w < MIN_WORD)
			continue;
		uint64_t key = word_key(s + w, i - w);
		if (!is_stop(key))
			fn(stem_of(key), ctx);
	}
}

static size_t slot_of(const struct vocab *v, uint64_t stem)
{
	size_t mask = v->cap - 1;
	size_t i = (size_t)((stem * UINT64_C(0x9E3779B97F4A7C15)) >> 32) & mask;

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
static uint32_t bump(struct vocab *v, uint64_t stem)
{
	if (2 * (v->used + 1) > v->cap && v->used < VOCAB_MAX)
		grow(v);
	size_t i = slot_of(v, stem);
	struct vocab_slot *x = &v->slot[i];
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

static void add_stem(uint64_t stem, void *ctx)
{
	bump(ctx, stem);
}

void vocab_add(struct vocab *v, const uint8_t *s, size_t n)
{
	if (v->generation == 0)
		v->generation = 1;
	each_stem(s, n, add_stem, v);
}

struct compare {
	const struct vocab *v;
	struct vocab *seen;
	struct overlap o;
};

static void compare_stem(uint64_t stem, void *ctx)
{
	struct compare *c = ctx;

	if (bump(c->seen, stem) != 1)
		return;     /* seen before, or past VOCAB_MAX distinct stems */
	c->o.distinct++;
	uint32_t k = count_of(c->v, stem);
	if (k >= 1)
		c->o.shared++;
	if (k >= 2)
		c->o.recurring++;
}

struct overlap vocab_compare(const struct vocab *v, struct vocab *scratch,
			     const uint8_t *const *s, const size_t *len,
			     size_t n)
{
	struct compare c = { v, scratch, { 0, 0, 0 } };

	vocab_clear(scratch);
	for (size_t i = 0; i < n; i++)
		each_stem(s[i], len[i], compare_stem, &c);
	return c.o;
}

void vocab_free(struct vocab *v)
{
	free(v->slot);
	memset(v, 0, sizeof *v);
}

/* --- the shape of a lede ------------------------------------------------ */

/* The words lede_shape looks for, compared as word keys. */
enum lit {
	L_YESTERDAY, L_TODAY, L_TOMORROW, L_TONIGHT, L_WEEK, L_MONTH, L_YEAR,
	L_NIGHT, L_LAST, L_NEXT, L_THIS, L_ON, L_FROM, L_THE, L_OVER, L_BY,
	L_END, L_SAID, L_SAYS, L_MONDAY, L_TUESDAY, L_WEDNESDAY, L_THURSDAY,
	L_FRIDAY, L_SATURDAY, L_SUNDAY, L_COUNT
};
static const char *const lit_words[L_COUNT] = {
	"yesterday", "today", "tomorrow", "tonight", "week", "month", "year",
	"night", "last", "next", "this", "on", "from", "the", "over", "by",
	"end", "said", "says", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday",
};
static uint64_t lit_keys[L_COUNT];

static bool is(uint64_t key, enum lit l)
{
	return key == lit_keys[l];
}

/* Does a time expression end at word w[2] (w[0], w[1] the words before)?
 * `yesterday`, `next month`, `on Monday`, `over the next`, `by the end`. */
static bool time_expression(const uint64_t *w)
{
	if (is(w[2], L_YESTERDAY) || is(w[2], L_TODAY) ||
	    is(w[2], L_TOMORROW) || is(w[2], L_TONIGHT))
		return true;
	if ((is(w[2], L_WEEK) || is(w[2], L_MONTH) || is(w[2], L_YEAR)) &&
	    (is(w[1], L_LAST) || is(w[1], L_NEXT) || is(w[1], L_THIS)))
		return true;
	if (is(w[2], L_NIGHT) && is(w[1], L_LAST))
		return true;
	for (int d = L_MONDAY; d <= L_SUNDAY; d++)
		if (is(w[2], (enum lit)d))
			return is(w[1], L_ON);
	if (is(w[2], L_NEXT) && (is(w[1], L_FROM) ||
				 (is(w[1], L_THE) && is(w[0], L_OVER))))
		return true;
	return is(w[2], L_END) && is(w[1], L_THE) && is(w[0], L_BY);
}

/* Where the first sentence ends: a . ! or ? before white space. */
static size_t first_sentence(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') &&
		    (s[i + 1] == ' ' || s[i + 1] == '\t'))
			return i;
	return n;
}

bool lede_shape(const uint8_t *s, size_t n, unsigned words)
{
	static bool ready;
	uint64_t w[3] = { 0, 0, 0 };
	size_t end, i = 0;
	unsigned count = 0;
	bool when = false;

	if (words < LEDE_MIN_WORDS)
		return false;
	if (!ready) {
		for (size_t k = 0; k < L_COUNT; k++)
			lit_keys[k] = word_key((const uint8_t *)lit_words[k],
					       strlen(lit_words[k]));
		ready = true;
	}
	end = first_sentence(s, n);
	while (i < end) {
		if (!ascii_letter(s[i])) {
			i++;
			continue;
		}
		size_t start = i;
		while (i < end && ascii_letter(s[i]))
			i++;
		w[0] = w[1];
		w[1] = w[2];
		w[2] = word_key(s + start, i - start);
		/* Reported speech (`The council said that …`) continues a
		 * story; a lede tells the news itself. */
		if (++count <= LEDE_SAID_WORDS &&
		    (is(w[2], L_SAID) || is(w[2], L_SAYS)))
			return false;
		if (!when)
			when = time_expression(w);
		else if (count > LEDE_SAID_WORDS)
			break;
	}
	return when;
}
