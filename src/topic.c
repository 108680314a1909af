#include "topic.h"

#include <math.h>
#include <string.h>

#include "role.h"

/* Below this, two blocks share next to nothing: the logarithms stay
 * finite.  And a story of two or three paragraphs says little of how
 * well it holds together: its ties count with one more, of TOPIC_TIE, a
 * typical article's (the similarity of a paragraph to the paragraphs
 * before it in the project's articles is about that). */
#define TOPIC_EPS 0.01
#define TOPIC_TIE 0.1
#define TOPIC_TIE_WORDS 5

void topic_reset(struct topic *t)
{
	bag_clear(&t->told);
	bag_clear(&t->ahead);
	t->ahead_n = 0;
	t->told_upto = 0;
	t->ties = 0;
	t->tied = 0;
}

void topic_file(struct topic *t)
{
	memset(t->cached_at, 0, sizeof t->cached_at);
}

/* The bag of a line's words: read once, kept while the line is in the
 * window (a line is read again as the line in question, as a line
 * ahead and as the story's).  A line is known by where it is in the
 * file, which does not change when a story before it is written. */
static const struct bag *bag_of(struct topic *t, const struct story *st,
				const struct line *l, const struct para *p)
{
	uint64_t at = (uint64_t)st->offset + l->raw + 1;

	for (unsigned k = 0; k < TOPIC_CACHE; k++)
		if (t->cached_at[k] == at)
			return &t->cached[k];
	unsigned k = t->next_cached;
	struct text_bounds b = { 0, 0, 0 };
	if (p != NULL)
		b = (struct text_bounds){ p->begin, p->end, p->text_end };
	else
		line_bounds(st, l, &b);     /* a line behind the window */
	t->next_cached = (k + 1) % TOPIC_CACHE;
	bag_clear(&t->cached[k]);
	bag_add(&t->cached[k], line_text(st, l) + b.begin,
		b.text_end - b.begin);
	t->cached_at[k] = at;
	return &t->cached[k];
}

static const struct bag *line_bag(struct topic *t, const struct story *st,
				  const struct line *l)
{
	return bag_of(t, st, l, NULL);
}

static const struct bag *window_bag(struct topic *t, const struct story *st,
				    const struct wline *w)
{
	return bag_of(t, st, &st->lines[w->idx], &w->para);
}

/* Bring the story's block up to line index: each body paragraph not yet
 * in it is first compared with the paragraphs before it, then added. */
static void tell(struct topic *t, const struct story *st, size_t index)
{
	for (; t->told_upto < index; t->told_upto++) {
		const struct line *l = &st->lines[t->told_upto];
		if (l->role != R_BODY)
			continue;
		const struct bag *b = line_bag(t, st, l);
		bool first = bag_size(&t->told) == 0;
		double tie = bag_merge_tie(&t->told, b);
		if (!first) {
			t->ties += tie;
			t->tied++;
		}
	}
}

/* Does the line close the text above it: site furniture, a teaser link,
 * a sign-off (`(END)`)?  What comes after it is the next page's or
 * item's text, not more of the line's. */
static bool closes_text(const struct wline *l)
{
	switch (l->shape.shape) {
	case SH_UI: case SH_LINK: case SH_SIGNOFF:
		return true;
	default:
		return false;
	}
}

/* Make t->ahead the bag of the first TOPIC_AHEAD prose lines after line
 * index, before any line that closes the text (a page's last paragraph
 * measured with the next page's lede would read as a lede itself);
 * returns how many there are.  The next line in question is
 * usually the next paragraph, and its lines ahead mostly the same: the
 * lines still wanted stay, and new ones are added.  But once a line
 * leaves, the bag is built anew: a word weighs in a bag what its first
 * use there weighed (a name inside a sentence weighs more than the same
 * word opening one), so taking a line out could leave its weight behind,
 * and the valley would depend on which lines were measured before. */
static unsigned slide_ahead(struct topic *t, const struct story *st,
			    struct wline *const *next, size_t nnext)
{
	const struct wline *wl[TOPIC_AHEAD];
	unsigned n = 0;

	for (size_t k = 0; k < nnext && n < TOPIC_AHEAD; k++) {
		if (closes_text(next[k]))
			break;
		if (next[k]->shape.shape == SH_PROSE)
			wl[n++] = next[k];
	}
	/* The lines held are the first of those wanted, in order, or the
	 * bag starts again. */
	unsigned held = t->ahead_n <= n ? t->ahead_n : 0;
	for (unsigned k = 0; k < held; k++)
		if (t->ahead_line[k] != wl[k]->idx)
			held = 0;
	if (held == 0 && t->ahead_n > 0)
		bag_clear(&t->ahead);
	for (unsigned j = held; j < n; j++) {
		bag_merge(&t->ahead, window_bag(t, st, wl[j]));
		t->ahead_line[j] = wl[j]->idx;
	}
	t->ahead_n = n;
	return n;
}

double topic_valley(struct topic *t, const struct story *st,
		    const struct wline *cur, struct wline *const *next,
		    size_t n)
{
	tell(t, st, cur->idx);
	if (slide_ahead(t, st, next, n) == 0)
		return NAN;
	const struct bag *para = window_bag(t, st, cur);
	double p2 = bag_norm2(para), a2 = bag_norm2(&t->ahead);
	double s2 = bag_norm2(&t->told);
	if (p2 <= 0 || a2 <= 0 || s2 <= 0)
		return NAN;
	/* The new text is the line and the lines ahead: its products are
	 * the sums of theirs. */
	double pa = bag_dot(para, &t->ahead), sp = bag_dot(&t->told, para);
	double sa = bag_dot(&t->told, &t->ahead);
	double within = pa / sqrt(p2 * a2);
	double head = sp / sqrt(s2 * p2);
	double across = (sa + sp) / sqrt(s2 * (a2 + p2 + 2 * pa));
	double story = (t->ties + TOPIC_TIE) / (t->tied + 1);
	/* A short line's tie to the story is a guess from a few words: they
	 * count with TOPIC_TIE_WORDS more, tied as a typical line is. */
	double words = (double)bag_size(para);
	head = (head * words + TOPIC_TIE * TOPIC_TIE_WORDS) /
	       (words + TOPIC_TIE_WORDS);
	return log((within + TOPIC_EPS) / (across + TOPIC_EPS)) +
	       log((story + TOPIC_EPS) / (across + TOPIC_EPS)) -
	       log(head + TOPIC_EPS);
}

double topic_tie(struct topic *t, const struct story *st, size_t a,
		 size_t b)
{
	const struct bag *x = line_bag(t, st, &st->lines[a]);
	const struct bag *y = line_bag(t, st, &st->lines[b]);

	/* Reading b may have taken a's slot, if a's was the next to go; a
	 * read again takes the slot after b's. */
	x = line_bag(t, st, &st->lines[a]);
	double x2 = bag_norm2(x), y2 = bag_norm2(y);
	if (x2 <= 0 || y2 <= 0)
		return 0;
	return bag_dot(x, y) / sqrt(x2 * y2);
}

void topic_free(struct topic *t)
{
	bag_free(&t->told);
	bag_free(&t->ahead);
	for (unsigned k = 0; k < TOPIC_CACHE; k++)
		bag_free(&t->cached[k]);
	topic_file(t);
}
