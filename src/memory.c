#include "memory.h"

#include <stdlib.h>
#include <string.h>

int memory_open(struct memory *m, const struct memory_options *opt,
		char *err, size_t errlen)
{
	memset(m, 0, sizeof *m);
	m->opt = *opt;
	m->remembers = opt->unique || opt->seen != NULL;
	m->active = m->remembers || opt->prints;
	if (opt->seen != NULL) {
		m->store = store_open(opt->seen, opt->now, opt->seen_keep, err,
				      errlen);
		if (m->store == NULL)
			return -1;
	}
	return 0;
}

void memory_file(struct memory *m, const char *name)
{
	if (!m->active)
		return;
	char **files = realloc(m->files, (m->nfiles + 1) * sizeof *files);
	char *copy = strdup(name);
	if (files == NULL || copy == NULL)
		abort();
	m->files = files;
	m->files[m->nfiles++] = copy;
}

/* The story's number as an entry keeps it. */
static uint32_t story_number(const struct story *st)
{
	return st->number < (long)UINT32_MAX ? (uint32_t)st->number :
					       UINT32_MAX;
}

/* The earlier of two times, 0 being none. */
static int64_t earliest(int64_t a, int64_t b)
{
	return a == 0 ? b : b == 0 ? a : a < b ? a : b;
}

/* What the database says of a story not met in this run: when a same
 * story was first seen, and the row to mark as seen again (0: none). */
static int64_t stored_same(struct memory *m, const struct story *st,
			   int64_t *row)
{
	int64_t first = 0;

	*row = 0;
	if (m->store == NULL || !store_find_same(m->store, &st->fp, row, &first))
		return 0;
	return first;
}

/* When the story of known entry e was first seen by an earlier run. */
static int64_t seen_of(const struct memory *m, size_t e)
{
	return m->seen_at != NULL && e < m->known.n ? m->seen_at[e] : 0;
}

static void set_seen(struct memory *m, size_t e, int64_t seen)
{
	if (e >= m->seen_cap) {
		size_t cap = m->seen_cap ? 2 * m->seen_cap : 256;
		while (cap <= e)
			cap *= 2;
		int64_t *v = realloc(m->seen_at, cap * sizeof *v);
		if (v == NULL)
			abort();
		m->seen_at = v;
		m->seen_cap = cap;
	}
	m->seen_at[e] = seen;
}

/* The slot of a blurb's opening and headline in the cache of the
 * database's answers: the one holding them, or the empty one where they
 * go.  Repeats of a blurb, and headline-only items that nothing can tell
 * apart, would otherwise ask the database again each time. */
static struct promoted_answer *asked_slot(struct promoted_cache *c,
					  uint64_t opening, uint64_t headline)
{
	size_t i = (opening * FNV1A64_PRIME ^ headline) & c->mask;

	for (;; i = (i + 1) & c->mask) {
		struct promoted_answer *a = &c->slots[i];
		if ((a->opening == 0 && a->headline == 0) ||
		    (a->opening == opening && a->headline == headline))
			return a;
	}
}

/* Make room for one more answer: at most half full. */
static void asked_grow(struct promoted_cache *c)
{
	if (2 * (c->used + 1) <= c->mask + 1 && c->mask != 0)
		return;
	struct promoted_cache old = *c;
	size_t size = old.mask ? 2 * (old.mask + 1) : 1024;
	c->slots = calloc(size, sizeof *c->slots);
	if (c->slots == NULL)
		abort();
	c->mask = size - 1;
	for (size_t i = 0; old.slots != NULL && i <= old.mask; i++) {
		struct promoted_answer *a = &old.slots[i];
		if (a->opening != 0 || a->headline != 0)
			*asked_slot(c, a->opening, a->headline) = *a;
	}
	free(old.slots);
}

/* The database's article for a blurb with fingerprint f, asked once per
 * opening and headline in a run. */
static bool stored_promoted(struct memory *m, const struct fingerprint *f,
			    uint64_t *article, int64_t *first_seen)
{
	if (m->store == NULL || (f->opening == 0 && f->headline == 0))
		return false;
	asked_grow(&m->asked);
	struct promoted_answer *a = asked_slot(&m->asked, f->opening,
					       f->headline);
	if (a->opening == 0 && a->headline == 0) {
		*a = (struct promoted_answer){ f->opening, f->headline, 0, 0 };
		if (!store_find_promoted(m->store, f, &a->article,
					 &a->first_seen))
			a->article = 0;
		m->asked.used++;
	}
	*article = a->article;
	*first_seen = a->first_seen;
	return a->article != 0;
}

/* A blurb's article: met in this run, else in the database.  Returns
 * when the article was first seen by an earlier run (0: never). */
static int64_t find_promoted(struct memory *m, struct story *st)
{
	size_t e = known_promoted(&m->known, &st->fp);
	uint64_t id;
	int64_t first;

	if (e != KNOWN_NONE) {
		const struct known_story *a = &m->known.v[e];
		st->promotes = (struct promotes){
			.set = true, .id = a->fp.id, .file = m->files[a->file],
			.number = a->number,
			.same_file = a->file == m->nfiles - 1,
		};
		return seen_of(m, e);
	}
	if (stored_promoted(m, &st->fp, &id, &first)) {
		st->promotes = (struct promotes){ .set = true, .id = id };
		return first;
	}
	return 0;
}

bool memory_story(struct memory *m, struct story *st)
{
	bool article = st->kind == K_ARTICLE;
	int64_t row = 0, seen;

	st->promotes = (struct promotes){ 0 };
	st->seen = 0;
	fingerprint_story(st, m->remembers || m->opt.ids, &st->fp);
	if (!m->remembers) {
		/* Only printed: each blurb's article, and the articles. */
		if (!article)
			find_promoted(m, st);
		else
			known_add(&m->known, &st->fp, true, false,
				  (uint32_t)(m->nfiles - 1), story_number(st));
		return true;
	}
	size_t same = known_same(&m->known, &st->fp);
	seen = same != KNOWN_NONE ? seen_of(m, same) : stored_same(m, st, &row);
	if (!article)
		seen = earliest(seen, find_promoted(m, st));
	st->seen = seen;
	if (same == KNOWN_NONE) {
		size_t e = known_add(&m->known, &st->fp, article, true,
				     (uint32_t)(m->nfiles - 1),
				     story_number(st));
		/* A story nothing could find again is not stored either. */
		if (m->store != NULL && e != KNOWN_NONE) {
			set_seen(m, e, seen);
			if (row != 0)
				store_touch(m->store, row);
			else
				store_add(m->store, &st->fp, st->kind,
					  st->promotes.id);
		}
	}
	if (m->opt.unique &&
	    (same != KNOWN_NONE || (st->promotes.set && st->promotes.file != NULL)))
		return false;
	return !(m->opt.new_only && seen != 0);
}

int memory_file_done(struct memory *m, char *err, size_t errlen)
{
	return m->store != NULL ? store_commit(m->store, err, errlen) : 0;
}

void memory_close(struct memory *m)
{
	if (m->store != NULL)
		store_close(m->store);
	known_free(&m->known);
	for (size_t i = 0; i < m->nfiles; i++)
		free(m->files[i]);
	free(m->files);
	free(m->seen_at);
	free(m->asked.slots);
	memset(m, 0, sizeof *m);
}
