#include "tiling.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "idf.h"
#include "wordscan.h"

enum { MIN_WORD = 3, MIN_DIGITS = 2,
       /* Distinct words a bag holds at most (288 KiB of table): more
        * than a long article has (5,000 or so), and a bound for a
        * hostile line, whose bag the window keeps with 15 others. */
       BAG_MAX = 1 << 13,
       BAG_MIN = 64 };          /* slots of a new table: a paragraph's */

#define GOLDEN UINT64_C(0x9E3779B97F4A7C15)     /* 2^64 / phi, odd */

/* A slot of a bag's table: key 0 is empty (no word's key is 0). */
struct bag_slot {
	uint64_t key;
	uint32_t count;
	uint16_t weight;
};

/* --- words ------------------------------------------------------------------ */

/* Does a sentence begin at s[w]: nothing before it but white space, or a
 * sentence's end or an opening quote?  A capital there names nothing. */
static bool sentence_start(const uint8_t *s, size_t w)
{
	while (w > 0 && (s[w - 1] == ' ' || s[w - 1] == '\t'))
		w--;
	if (w == 0)
		return true;
	switch (s[w - 1]) {
	case '.': case '!': case '?': case ':': case '"': case '(':
	case 0x9c:          /* the last byte of “ */
	case 0x98:          /* ... of ‘ */
		return true;
	default:
		return false;
	}
}

/* A number's key: its digits, without the `,` and `.` between them, the
 * first five packed as a word's are.  *end is set past it; the key is 0
 * when it has fewer than MIN_DIGITS digits. */
static uint64_t number_key(const uint8_t *s, size_t n, size_t i, size_t *end)
{
	uint64_t key = 0;
	unsigned digits = 0;

	for (; i < n; i++) {
		if (in_class(s[i], DIGIT)) {
			if (digits < STEM)
				key |= (uint64_t)s[i] << (8 * digits);
			digits++;
		} else if (!((s[i] == ',' || s[i] == '.') && i + 1 < n &&
			     in_class(s[i + 1], DIGIT))) {
			break;
		}
	}
	*end = i;
	return digits >= MIN_DIGITS ? key : 0;
}

/* --- the bag ---------------------------------------------------------------- */

static size_t slot_of(const struct bag *b, uint64_t key)
{
	size_t mask = b->cap - 1;
	size_t i = (size_t)((key * GOLDEN) >> 32) & mask;

	while (b->slot[i].key != 0 && b->slot[i].key != key)
		i = (i + 1) & mask;
	return i;
}

/* Double the table (at most half full, so order needs cap / 2 places);
 * the words keep their order. */
static void grow(struct bag *b)
{
	struct bag old = *b;

	b->cap = old.cap ? old.cap * 2 : BAG_MIN;
	b->slot = xmalloc(b->cap * sizeof *b->slot);
	memset(b->slot, 0, b->cap * sizeof *b->slot);
	b->order = xmalloc(b->cap / 2 * sizeof *b->order);
	for (size_t i = 0; i < old.used; i++) {
		size_t j = slot_of(b, old.slot[old.order[i]].key);
		b->slot[j] = old.slot[old.order[i]];
		b->order[i] = (uint32_t)j;
	}
	free(old.slot);
	free(old.order);
}

/* key's slot, made for it (count 0) if it is new; NULL when the bag is
 * full and key new to it (the word is then left out). */
static struct bag_slot *slot_for(struct bag *b, uint64_t key)
{
	if (2 * (b->used + 1) > b->cap && b->used < BAG_MAX)
		grow(b);
	size_t j = slot_of(b, key);
	struct bag_slot *x = &b->slot[j];
	if (x->key == 0) {
		if (b->used >= BAG_MAX)
			return NULL;
		*x = (struct bag_slot){ key, 0, 0 };
		b->order[b->used++] = (uint32_t)j;
	}
	return x;
}

/* count more uses of key, of the weight given when it is new to the
 * bag (or was taken out of it).  Returns what the bag held of it before,
 * weight times count (0 when new): one term of a dot product. */
static double bump(struct bag *b, uint64_t key, unsigned weight,
		   uint32_t count)
{
	struct bag_slot *x = slot_for(b, key);
	if (x == NULL)
		return 0;
	if (x->count == 0)
		x->weight = (uint16_t)weight;
	double w = x->weight, was = x->count;
	x->count = count > UINT32_MAX - x->count ? UINT32_MAX : x->count + count;
	b->norm2 += w * w * ((double)x->count * x->count - was * was);
	return w * was;
}

void bag_clear(struct bag *b)
{
	for (size_t i = 0; i < b->used; i++)
		b->slot[b->order[i]].key = 0;
	b->used = 0;
	b->norm2 = 0;
}

/* The weight of word s[w, end) of key: a number or a name (a capital
 * inside a sentence) weighs half as much again as the table says. */
static unsigned weight_of(const uint8_t *s, size_t w, uint64_t key)
{
	unsigned weight = idf_lookup(key);

	if (in_class(s[w], DIGIT) || (s[w] < 'a' && !sentence_start(s, w)))
		weight = weight * 3 / 2;
	return weight;
}

/* One more use of a word of the text: its weight is looked up only
 * when it is new to the bag, and the norm is left to the caller. */
static void count_word(struct bag *b, uint64_t key, const uint8_t *s,
		       size_t w)
{
	struct bag_slot *x = slot_for(b, key);
	if (x == NULL)
		return;
	if (x->count == 0)
		x->weight = (uint16_t)weight_of(s, w, key);
	if (x->count < UINT32_MAX)
		x->count++;
}

/* A two-letter name inside a sentence (`Ho said`, `Wu`, `Li`): the
 * surnames of the region are often that short.  Not a title (`Mr`). */
static bool short_name(const uint8_t *s, size_t w, size_t end)
{
	static const char titles[][3] = { "Co", "Dr", "Jr", "Mr", "Ms", "Mt",
					  "No", "Sr", "St" };

	if (end - w != 2 || s[w] < 'A' || s[w] > 'Z' || s[w + 1] < 'a' ||
	    s[w + 1] > 'z' || sentence_start(s, w))
		return false;
	for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
		if (memcmp(s + w, titles[i], 2) == 0)
			return false;
	return true;
}

void bag_add(struct bag *b, const uint8_t *s, size_t n)
{
	size_t j = 0;

	idf_ready();
	for (;;) {
		j = scan(s, n, j, LETTER | DIGIT, true);
		if (j == n)
			break;
		size_t w = j;
		uint64_t key;
		if (in_class(s[w], DIGIT)) {
			key = number_key(s, n, w, &j);
			if (key == 0)
				continue;
		} else {
			j = scan(s, n, w + 1, LETTER | JOINER, false);
			if (j - w < MIN_WORD && !short_name(s, w, j))
				continue;
			key = stem_of(word_key(s + w, j - w, n - w));
		}
		count_word(b, key, s, w);
	}
	/* The norm once, over the words, not at every word. */
	double norm2 = 0;
	for (size_t i = 0; i < b->used; i++) {
		const struct bag_slot *x = &b->slot[b->order[i]];
		double wc = (double)x->weight * x->count;
		norm2 += wc * wc;
	}
	b->norm2 = norm2;
}

double bag_merge_tie(struct bag *dst, const struct bag *src)
{
	double before = dst->norm2, dot = 0;

	for (size_t i = 0; i < src->used; i++) {
		const struct bag_slot *x = &src->slot[src->order[i]];
		dot += (double)x->weight * x->count *
		       bump(dst, x->key, x->weight, x->count);
	}
	if (before <= 0 || src->norm2 <= 0)
		return 0;
	return dot / sqrt(before * src->norm2);
}

void bag_merge(struct bag *dst, const struct bag *src)
{
	for (size_t i = 0; i < src->used; i++) {
		const struct bag_slot *x = &src->slot[src->order[i]];
		bump(dst, x->key, x->weight, x->count);
	}
}

/* b's slot of key: count 0 when b does not hold it. */
static const struct bag_slot *find(const struct bag *b, uint64_t key)
{
	static const struct bag_slot none = { 0, 0, 0 };

	if (b->cap == 0)
		return &none;
	const struct bag_slot *x = &b->slot[slot_of(b, key)];
	return x->key == key ? x : &none;
}

double bag_dot(const struct bag *a, const struct bag *b)
{
	if (a->used > b->used) {        /* walk the smaller bag */
		const struct bag *t = a;
		a = b;
		b = t;
	}
	double dot = 0;
	for (size_t i = 0; i < a->used; i++) {
		const struct bag_slot *x = &a->slot[a->order[i]];
		const struct bag_slot *y = find(b, x->key);
		if (y->count > 0)
			dot += (double)x->weight * x->count * y->weight * y->count;
	}
	return dot;
}

double bag_norm2(const struct bag *b)
{
	return b->norm2;
}

double bag_cosine(const struct bag *a, const struct bag *b)
{
	if (a->norm2 <= 0 || b->norm2 <= 0)
		return 0;
	return bag_dot(a, b) / sqrt(a->norm2 * b->norm2);
}

size_t bag_size(const struct bag *b)
{
	return b->used;
}

void bag_free(struct bag *b)
{
	free(b->slot);
	free(b->order);
	memset(b, 0, sizeof *b);
}
