#include "known.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum { BLOCKS = 4, BLOCK_VALUES = 1 << 16 };

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n);

	if (q == NULL)
		abort();
	return q;
}

void known_free(struct known *k)
{
	free(k->v);
	free(k->heads);
	free(k->lead.slots);
	free(k->opening.slots);
	free(k->headline.slots);
	memset(k, 0, sizeof *k);
}

static unsigned block(uint64_t id, unsigned b)
{
	return (unsigned)(id >> (16 * b)) & 0xFFFF;
}

/* The key an entry has at offset `at` of its fingerprint. */
static uint64_t key_of(const struct known *k, uint32_t slot, size_t at)
{
	uint64_t key;

	memcpy(&key, (const char *)&k->v[slot - 1].fp + at, sizeof key);
	return key;
}

/* The entry whose field (offset `at` in struct fingerprint) is key. */
static size_t table_find(const struct known *k, const struct known_table *t,
			 size_t at, uint64_t key)
{
	if (key == 0 || t->mask == 0)
		return KNOWN_NONE;
	for (size_t i = key & t->mask; t->slots[i] != 0; i = (i + 1) & t->mask)
		if (key_of(k, t->slots[i], at) == key)
			return t->slots[i] - 1;
	return KNOWN_NONE;
}

size_t known_same(const struct known *k, const struct fingerprint *f)
{
	if (k->heads != NULL && f->id != 0)
		for (unsigned b = 0; b < BLOCKS; b++) {
			uint32_t e = k->heads[b * BLOCK_VALUES + block(f->id, b)];
			for (; e != 0; e = k->v[e - 1].next[b])
				if (fingerprint_near(k->v[e - 1].fp.id, f->id))
					return e - 1;
		}
	return table_find(k, &k->lead, offsetof(struct fingerprint, lead),
			  f->lead);
}

size_t known_promoted(const struct known *k, const struct fingerprint *f)
{
	size_t e = table_find(k, &k->opening,
			      offsetof(struct fingerprint, opening), f->opening);

	if (e == KNOWN_NONE)
		e = table_find(k, &k->headline,
			       offsetof(struct fingerprint, headline),
			       f->headline);
	return e;
}

static void table_put(struct known_table *t, uint64_t key, uint32_t value)
{
	size_t i = key & t->mask;

	while (t->slots[i] != 0)
		i = (i + 1) & t->mask;
	t->slots[i] = value;
	t->used++;
}

/* Twice the size (64 to start), its entries put again. */
static void table_grow(const struct known *k, struct known_table *t,
		       size_t at)
{
	struct known_table old = *t;
	size_t size = old.mask ? 2 * (old.mask + 1) : 64;

	t->slots = calloc(size, sizeof *t->slots);
	if (t->slots == NULL)
		abort();
	t->mask = size - 1;
	t->used = 0;
	for (size_t i = 0; old.mask != 0 && i <= old.mask; i++)
		if (old.slots[i] != 0)
			table_put(t, key_of(k, old.slots[i], at), old.slots[i]);
	free(old.slots);
}

/* Add key → entry e unless the key is there: the first entry keeps it.
 * At most half full, so that a probe ends soon. */
static void table_add(struct known *k, struct known_table *t, size_t at,
		      uint64_t key, size_t e)
{
	if (key == 0 || table_find(k, t, at, key) != KNOWN_NONE)
		return;
	if (2 * (t->used + 1) > t->mask + 1)
		table_grow(k, t, at);
	table_put(t, key, (uint32_t)(e + 1));
}

size_t known_add(struct known *k, const struct fingerprint *f, bool article,
		 bool same, uint32_t file, uint32_t number)
{
	bool target = article && (f->opening != 0 || f->headline != 0);

	if (!target && (!same || (f->id == 0 && f->lead == 0)))
		return KNOWN_NONE;
	/* As an article only, it adds nothing when the articles met before
	 * hold its opening and headline: they keep them. */
	if (!same &&
	    (f->opening == 0 ||
	     table_find(k, &k->opening, offsetof(struct fingerprint, opening),
			f->opening) != KNOWN_NONE) &&
	    (f->headline == 0 ||
	     table_find(k, &k->headline, offsetof(struct fingerprint, headline),
			f->headline) != KNOWN_NONE))
		return KNOWN_NONE;
	if (k->n == UINT32_MAX - 1 || file > INT32_MAX)
		return KNOWN_NONE;      /* the links are 32 bits: forget */
	if (k->n == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 256;
		k->v = xrealloc(k->v, k->cap * sizeof *k->v);
	}
	size_t e = k->n++;
	struct known_story *s = &k->v[e];
	*s = (struct known_story){ .fp = *f, .file = file, .number = number,
				   .article = article };
	if (same && f->id != 0) {
		if (k->heads == NULL) {
			k->heads = calloc(BLOCKS * BLOCK_VALUES, sizeof *k->heads);
			if (k->heads == NULL)
				abort();
		}
		for (unsigned b = 0; b < BLOCKS; b++) {
			uint32_t *head = &k->heads[b * BLOCK_VALUES +
						   block(f->id, b)];
			s->next[b] = *head;
			*head = (uint32_t)(e + 1);
		}
	}
	if (same)
		table_add(k, &k->lead, offsetof(struct fingerprint, lead),
			  f->lead, e);
	if (target) {
		table_add(k, &k->opening, offsetof(struct fingerprint, opening),
			  f->opening, e);
		table_add(k, &k->headline,
			  offsetof(struct fingerprint, headline), f->headline, e);
	}
	return e;
}
