#include "glossary.h"

#include <stdlib.h>
#include <string.h>

struct glossary_entry {
	uint64_t hash;          /* 0: empty slot */
	size_t off;             /* name, then cjk, in g->bytes */
	uint32_t name_len, cjk_len;
	uint64_t count;
	enum gloss_type type;
};

/* FNV-1a over the three fields, never 0. */
static uint64_t hash_of(const uint8_t *name, size_t nl, const uint8_t *cjk,
			size_t cl, enum gloss_type type)
{
	uint64_t h = UINT64_C(0xcbf29ce484222325);

	for (size_t i = 0; i < nl; i++)
		h = (h ^ name[i]) * UINT64_C(0x100000001b3);
	h = (h ^ 0xFF) * UINT64_C(0x100000001b3);  /* separates name, cjk */
	for (size_t i = 0; i < cl; i++)
		h = (h ^ cjk[i]) * UINT64_C(0x100000001b3);
	h = (h ^ (uint64_t)type) * UINT64_C(0x100000001b3);
	return h ? h : 1;
}

static struct glossary_entry *find(const struct glossary *g, uint64_t h,
				   const uint8_t *name, size_t nl,
				   const uint8_t *cjk, size_t cl,
				   enum gloss_type type)
{
	size_t mask = g->cap - 1, i = (size_t)h & mask;

	for (;; i = (i + 1) & mask) {
		struct glossary_entry *e = &g->slot[i];
		if (e->hash == 0)
			return e;
		if (e->hash == h && e->type == type && e->name_len == nl &&
		    e->cjk_len == cl &&
		    memcmp(g->bytes.data + e->off, name, nl) == 0 &&
		    memcmp(g->bytes.data + e->off + nl, cjk, cl) == 0)
			return e;
	}
}

static void grow(struct glossary *g)
{
	struct glossary_entry *old = g->slot;
	size_t old_cap = g->cap;

	g->cap = old_cap ? old_cap * 2 : 64;
	g->slot = xmalloc(g->cap * sizeof *g->slot);
	memset(g->slot, 0, g->cap * sizeof *g->slot);
	for (size_t i = 0; i < old_cap; i++) {
		if (old[i].hash == 0)
			continue;
		size_t j = (size_t)old[i].hash & (g->cap - 1);
		while (g->slot[j].hash != 0)
			j = (j + 1) & (g->cap - 1);
		g->slot[j] = old[i];
	}
	free(old);
}

void glossary_add(struct glossary *g, const uint8_t *name, size_t name_len,
		  const uint8_t *cjk, size_t cjk_len, enum gloss_type type)
{
	/* A name or cjk run longer than 4 GiB cannot come from a story
	 * within --max-story; keep the lengths honest anyway. */
	if (name_len > UINT32_MAX || cjk_len > UINT32_MAX)
		return;
	if (2 * (g->used + 1) > g->cap)
		grow(g);
	uint64_t h = hash_of(name, name_len, cjk, cjk_len, type);
	struct glossary_entry *e = find(g, h, name, name_len, cjk, cjk_len,
					type);
	if (e->hash == 0) {
		*e = (struct glossary_entry){ h, g->bytes.len,
					      (uint32_t)name_len,
					      (uint32_t)cjk_len, 0, type };
		buf_add(&g->bytes, name, name_len);
		buf_add(&g->bytes, cjk, cjk_len);
		g->used++;
	}
	e->count++;
}

void glossary_add_story(struct glossary *g, const struct story *st)
{
	for (size_t i = 0; i < st->nglosses; i++) {
		const struct gloss *x = &st->glosses[i];
		glossary_add(g, st->bytes.data + x->name.off, x->name.len,
			     st->bytes.data + x->cjk.off, x->cjk.len, x->type);
	}
}

static int compare_bytes(const uint8_t *a, size_t an, const uint8_t *b,
			 size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);
	return c != 0 ? c : (an > bn) - (an < bn);
}

static const uint8_t *sort_bytes;     /* qsort has no context argument */

static int by_count_then_name(const void *pa, const void *pb)
{
	const struct glossary_entry *a = pa, *b = pb;
	const uint8_t *s = sort_bytes;
	int c;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	c = compare_bytes(s + a->off, a->name_len, s + b->off, b->name_len);
	if (c == 0)
		c = compare_bytes(s + a->off + a->name_len, a->cjk_len,
				  s + b->off + b->name_len, b->cjk_len);
	if (c == 0)
		c = (a->type > b->type) - (a->type < b->type);
	return c;
}

void glossary_print(const struct glossary *g, FILE *out)
{
	struct glossary_entry *all;
	size_t n = 0;

	if (g->used == 0)
		return;
	all = xmalloc(g->used * sizeof *all);
	for (size_t i = 0; i < g->cap; i++)
		if (g->slot[i].hash != 0)
			all[n++] = g->slot[i];
	sort_bytes = g->bytes.data;
	qsort(all, n, sizeof *all, by_count_then_name);
	for (size_t i = 0; i < n; i++) {
		const uint8_t *s = g->bytes.data + all[i].off;
		fwrite(s, 1, all[i].name_len, out);
		fputc('\t', out);
		fwrite(s + all[i].name_len, 1, all[i].cjk_len, out);
		fprintf(out, "\t%s\t%llu\n", gloss_type_name(all[i].type),
			(unsigned long long)all[i].count);
	}
	free(all);
}

void glossary_free(struct glossary *g)
{
	free(g->slot);
	buf_free(&g->bytes);
	memset(g, 0, sizeof *g);
}
