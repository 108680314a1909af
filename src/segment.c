#include "segment.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "text.h"

#define NONE SIZE_MAX

/* rule_topic_shift: body paragraphs the story needs first, and the share
 * of the new text's words (1 in TOPIC_SHARED_DIV) it may have used. */
enum { TOPIC_MIN_BODY = 3, TOPIC_SHARED_DIV = 5 };

/* What a boundary rule sees: the line in question, the story so far, and
 * up to SEG_LOOKAHEAD non-blank lines after it. */
struct ctx {
	const struct segmenter *sg;
	const struct line *cur;
	const struct line *last;    /* last content line of the story */
	const struct line *prev;    /* last non-blank line of the story */
	const struct line *next[SEG_LOOKAHEAD];
	size_t nnext;
	size_t index;
};

typedef bool (*rule_fn)(const struct ctx *c);

static bool is_cut(const struct para *p)
{
	return !p->ends_sentence || p->open_quote || p->ellipsis;
}

/* §2.1.6: the line after a form-feed line. */
static bool rule_formfeed(const struct ctx *c)
{
	return c->prev != NULL && c->prev->role == R_FORMFEED;
}

/* §2.1.6: a --start pattern. */
static bool rule_pattern(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	struct buf *scratch = (struct buf *)&sg->scratch;
	const struct line *l = c->cur;

	if (sg->opt.npatterns == 0)
		return false;
	scratch->len = 0;
	buf_add(scratch, line_text(&sg->st, l), l->len);
	buf_addc(scratch, 0);
	for (size_t i = 0; i < sg->opt.npatterns; i++)
		if (regexec(&sg->opt.patterns[i], (const char *)scratch->data,
			    0, NULL, 0) == 0)
			return true;
	return false;
}

/* A caption inserted in a paragraph: the line after it is a credit. */
static bool is_caption(const struct ctx *c)
{
	return c->nnext > 0 && c->next[0]->para.credit;
}

static bool ends_in_link(const struct line *l)
{
	return l->role == R_LINK || (l->role == R_BODY && l->para.has_link);
}

/* §2.1.3: the paragraph before ended a blurb — it ends in a teaser link,
 * or it is the story's only paragraph and it was cut off. */
static bool rule_after_blurb(const struct ctx *c)
{
	const struct line *l = c->last;

	if (l == NULL)
		return false;
	if (ends_in_link(l))
		return c->sg->body <= 1;    /* an article: rule_after_link */
	if (l->role != R_BODY || c->sg->body != 1 || !is_cut(&l->para))
		return false;
	/* A paragraph split around a photo caption continues, often in lower
	 * case; a broken gloss lost the rest of its paragraph, not the story. */
	return !l->para.broken_gloss && !c->cur->para.starts_lower &&
	       !is_caption(c);
}

/* §2.1.4: a headline (or furniture) followed by a byline or metadata,
 * or directly by a dateline or a teaser that ends in a link. */
static bool rule_headline(const struct ctx *c)
{
	const struct para *p = &c->cur->para;

	if (c->sg->body == 0 || c->nnext == 0)
		return false;
	if (p->meta)
		return c->next[0]->para.titleish || c->next[0]->para.meta;
	if (!p->titleish)
		return false;
	const struct para *n = &c->next[0]->para;
	if (n->dateline > 0 || (n->has_link && !n->link_only))
		return true;
	/* News in brief: headline, one complete paragraph, headline, … */
	if (c->sg->headed && c->sg->body == 1 && c->last != NULL &&
	    c->last->role == R_BODY && !is_cut(&c->last->para) &&
	    !n->titleish && !n->credit && !n->link_only && !n->meta &&
	    !n->byline && !n->starts_lower)
		return true;
	for (size_t i = 0; i < c->nnext && i < 2; i++) {
		const struct para *q = &c->next[i]->para;
		if (q->byline || q->meta)
			return true;
		if (!q->titleish)
			break;
	}
	return false;
}

/* §2.1.3 for an aggregator item of several paragraphs that ends in a
 * teaser link: tried after the headline, kicker and dateline rules, so
 * the boundary names the line's own shape when it has one. */
static bool rule_after_link(const struct ctx *c)
{
	return c->last != NULL && ends_in_link(c->last);
}

/* §2.1.2: a kicker, once the story's text has begun. */
static bool rule_kicker(const struct ctx *c)
{
	return c->sg->body > 0 && c->cur->para.kicker > 0;
}

/* §2.1.5: a dateline after a complete paragraph. */
static bool rule_dateline(const struct ctx *c)
{
	return c->sg->body > 0 && c->cur->para.dateline > 0 &&
	       c->last != NULL && c->last->role == R_BODY &&
	       !is_cut(&c->last->para);
}

/* §2.1.7: a sign-off (`Additional reporting by …`) ends an article; a
 * page that goes on after it goes on with another story. */
static bool rule_after_signoff(const struct ctx *c)
{
	return c->sg->body > 0 && c->prev != NULL && c->prev->para.signoff;
}

/* §2.1.7: two articles pasted back to back.  Conservative: the line must
 * read like a lede (lede_shape), follow a complete paragraph of a story
 * with some body already, and, with the paragraph after it, share no
 * word the story has used twice and few words at all. */
static bool rule_topic_shift(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct para *p = &c->cur->para;
	const uint8_t *text[2];
	size_t len[2], n = 0;
	ucs4_t first;

	if (sg->body < TOPIC_MIN_BODY || c->last == NULL ||
	    c->last->role != R_BODY || is_cut(&c->last->para))
		return false;
	text[0] = line_text(&sg->st, c->cur) + p->begin;
	len[0] = p->text_end - p->begin;
	text_next(text[0], len[0], &first);
	if (!text_is_upper(first) || !lede_shape(text[0], len[0], p->words))
		return false;
	/* The vocabulary is built only now, from the lines not yet in it:
	 * most stories never reach here, and each line is added once. */
	struct segmenter *msg = (struct segmenter *)sg;
	for (; msg->vocab_upto < c->index; msg->vocab_upto++) {
		const struct line *l = &sg->st.lines[msg->vocab_upto];
		if (l->role == R_BODY)
			vocab_add(&msg->vocab, line_text(&sg->st, l) +
				  l->para.begin, l->para.text_end - l->para.begin);
	}
	n = 1;
	for (size_t i = 0; i < c->nnext; i++) {
		const struct para *q = &c->next[i]->para;
		if (q->credit || q->link_only || q->formfeed)
			continue;
		text[n] = line_text(&sg->st, c->next[i]) + q->begin;
		len[n++] = q->text_end - q->begin;
		break;
	}
	/* One stem the story has used twice says no: stop counting there. */
	struct overlap o = vocab_compare_until_recurring(&sg->vocab,
			(struct vocab *)&sg->seen, text, len, n);
	return o.distinct > 0 && o.recurring == 0 &&
	       o.shared * TOPIC_SHARED_DIV <= o.distinct;
}

/* The boundary rules of SPEC §2.1, in the order they are tried. */
static const struct {
	rule_fn test;
	enum boundary boundary;
} rules[] = {
	{ rule_formfeed, B_FORMFEED },
	{ rule_pattern, B_PATTERN },
	{ rule_after_blurb, B_AFTER_BLURB },
	{ rule_headline, B_HEADLINE },
	{ rule_kicker, B_KICKER },
	{ rule_dateline, B_DATELINE },
	{ rule_after_link, B_AFTER_BLURB },
	{ rule_after_signoff, B_TOPIC_SHIFT },
	{ rule_topic_shift, B_TOPIC_SHIFT },
};

/* Credit lines, teaser links, form feeds and quotations never open a
 * story (§2.1). */
static bool can_start(const struct para *p)
{
	return !p->credit && !p->link_only && !p->formfeed && !p->quotation;
}

static enum role role_of(const struct ctx *c)
{
	const struct para *p = &c->cur->para;
	bool begun = c->sg->body > 0;

	if (p->formfeed)
		return R_FORMFEED;
	if (p->credit)
		return R_CREDIT;
	if (p->link_only)
		return R_LINK;
	if (begun)
		return R_BODY;
	if (p->byline)
		return R_BYLINE;
	if (p->meta)
		return R_META;
	if (!p->titleish || c->nnext == 0)
		return R_BODY;
	/* A source line such as `Taipei Times` under the headline. */
	if (c->prev != NULL && c->prev->role == R_HEADLINE && p->words <= 4 &&
	    (c->next[0]->para.meta || c->next[0]->para.byline))
		return R_META;
	const struct para *n = &c->next[0]->para;
	if (n->byline || n->meta || !n->titleish ||
	    (c->nnext > 1 && (c->next[1]->para.byline || c->next[1]->para.meta)))
		return R_HEADLINE;
	return R_BODY;
}

static void fill_ctx(const struct segmenter *sg, size_t i, struct ctx *c)
{
	const struct story *st = &sg->st;

	c->sg = sg;
	c->index = i;
	c->cur = &st->lines[i];
	c->last = sg->last == NONE ? NULL : &st->lines[sg->last];
	c->prev = sg->prev == NONE ? NULL : &st->lines[sg->prev];
	c->nnext = 0;
	for (size_t j = i + 1; j < st->nlines && c->nnext < SEG_LOOKAHEAD; j++)
		if (!st->lines[j].para.blank)
			c->next[c->nnext++] = &st->lines[j];
}

/* Hand lines [0, i) to the callback as a story, and keep the rest. */
static void emit_story(struct segmenter *sg, size_t i, enum boundary next)
{
	struct story *st = &sg->st;
	size_t nlines = st->nlines, used = st->bytes.len;
	size_t cut = i < nlines ? st->lines[i].raw : used;

	st->nlines = i;
	st->bytes.len = cut;
	if (i > 0)
		sg->emit(st, sg->ctx);
	/* The pending lines stay where they are; the windows move on. */
	if (i > 0) {
		st->bytes.data += cut;
		st->bytes.cap -= cut;
		st->lines += i;
		st->lines_cap -= i;
	}
	st->bytes.len = used - cut;
	st->nlines = nlines - i;
	for (size_t j = 0; j < st->nlines; j++)
		st->lines[j].raw -= cut;
	st->offset += cut;
	st->number++;
	st->boundary = next;
	sg->decided = 0;
	sg->body = 0;
	sg->last = sg->prev = NONE;
	sg->headed = false;
	vocab_clear(&sg->vocab);
	sg->vocab_upto = 0;
}

static void decide_next(struct segmenter *sg)
{
	struct story *st = &sg->st;
	struct ctx c;

	while (sg->decided < st->nlines && st->lines[sg->decided].para.blank)
		st->lines[sg->decided++].role = R_BLANK;
	if (sg->decided == st->nlines)
		return;
	size_t i = sg->decided;
	fill_ctx(sg, i, &c);
	/* The first non-blank line of a story needs no rule; nor can the
	 * second piece of an over-long line start one. */
	if (sg->prev != NONE && can_start(&c.cur->para) &&
	    !st->lines[i - 1].cut) {
		for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++)
			if (rules[r].test(&c)) {
				emit_story(sg, i, rules[r].boundary);
				i = 0;
				fill_ctx(sg, i, &c);
				break;
			}
	}
	struct line *l = &st->lines[i];
	l->role = role_of(&c);
	if (l->role == R_BODY)
		sg->body++;
	if (l->role == R_HEADLINE)
		sg->headed = true;
	if (l->role != R_CREDIT && l->role != R_FORMFEED)
		sg->last = i;
	sg->prev = i;
	sg->decided = i + 1;
	sg->pending--;
}

void seg_init(struct segmenter *sg, const struct seg_options *opt,
	      story_fn emit, void *ctx)
{
	memset(sg, 0, sizeof *sg);
	sg->opt = *opt;
	sg->emit = emit;
	sg->ctx = ctx;
	sg->last = sg->prev = NONE;
}

void seg_file(struct segmenter *sg, const char *file)
{
	struct story *st = &sg->st;

	st->file = file;
	st->number = 1;
	st->offset = 0;
	st->boundary = B_FIRST;
	st->bytes = (struct buf){ sg->bytes_base, 0, sg->bytes_cap };
	st->lines = sg->lines_base;
	st->lines_cap = sg->lines_cap;
	st->nlines = 0;
	sg->decided = sg->pending = 0;
	sg->body = 0;
	sg->last = sg->prev = NONE;
	sg->headed = false;
	vocab_clear(&sg->vocab);
	sg->vocab_upto = 0;
}

/* The memory a story holds: its bytes and a record per line.  Counting
 * the records keeps a file of 300 000 empty lines within the bound too. */
static size_t story_size(const struct story *st, size_t more_bytes)
{
	return st->bytes.len + more_bytes + (st->nlines + 1) * sizeof *st->lines;
}

/* Keep a story within --max-story: decide what is pending, then end the
 * story before the new line if it would grow past the bound. */
static void enforce_max(struct segmenter *sg, size_t incoming, long lineno)
{
	struct story *st = &sg->st;

	if (story_size(st, incoming) <= sg->opt.max_story || st->nlines == 0)
		return;
	while (sg->pending > 0)
		decide_next(sg);
	while (sg->decided < st->nlines)
		st->lines[sg->decided++].role = R_BLANK;
	diag_warn(st->file, lineno,
		  "story longer than %zu bytes: cut here", sg->opt.max_story);
	emit_story(sg, st->nlines, B_MAX_STORY);
}

/* Room in the windows for one more line of size bytes: the story and its
 * pending lines move to the front of the arrays (once per array-full, not
 * per story), which grow if that is not enough. */
static void make_room(struct segmenter *sg, size_t size)
{
	struct story *st = &sg->st;

	if (st->bytes.cap - st->bytes.len < size) {
		if (st->bytes.len > 0)
			memmove(sg->bytes_base, st->bytes.data, st->bytes.len);
		if (sg->bytes_cap - st->bytes.len < size)
			sg->bytes_base = xgrow(sg->bytes_base, &sg->bytes_cap,
					       st->bytes.len + size, 1);
		st->bytes.data = sg->bytes_base;
		st->bytes.cap = sg->bytes_cap;
	}
	if (st->lines_cap == st->nlines) {
		if (st->nlines > 0)
			memmove(sg->lines_base, st->lines,
				st->nlines * sizeof *st->lines);
		if (sg->lines_cap == st->nlines)
			sg->lines_base = xgrow(sg->lines_base, &sg->lines_cap,
					       st->nlines + 1,
					       sizeof *st->lines);
		st->lines = sg->lines_base;
		st->lines_cap = sg->lines_cap;
	}
}

void seg_line(struct segmenter *sg, const struct rawline *rl)
{
	struct story *st = &sg->st;
	size_t size = rl->bom + rl->len + rl->eol;

	enforce_max(sg, size, rl->lineno);
	make_room(sg, size);
	struct line *l = &st->lines[st->nlines++];
	l->raw = st->bytes.len;
	l->bom = rl->bom;
	l->len = rl->len;
	l->eol = rl->eol;
	l->lineno = rl->lineno;
	l->cut = rl->cut;
	l->valid = false;    /* until story_check says so */
	l->role = R_BLANK;
	if (size > 0)
		memcpy(st->bytes.data + st->bytes.len, rl->s - rl->bom, size);
	st->bytes.len += size;
	para_analyze(rl->s, rl->len, &l->para);
	if (!l->para.blank)
		sg->pending++;
	while (sg->pending > SEG_LOOKAHEAD)
		decide_next(sg);
}

void seg_end(struct segmenter *sg)
{
	struct story *st = &sg->st;

	while (sg->pending > 0)
		decide_next(sg);
	while (sg->decided < st->nlines)
		st->lines[sg->decided++].role = R_BLANK;
	if (st->nlines > 0)
		emit_story(sg, st->nlines, B_FIRST);
}

void seg_free(struct segmenter *sg)
{
	free(sg->bytes_base);
	buf_free(&sg->scratch);
	free(sg->lines_base);
	sg->bytes_base = NULL;
	sg->lines_base = NULL;
	sg->st.bytes = (struct buf){ NULL, 0, 0 };
	vocab_free(&sg->vocab);
	vocab_free(&sg->seen);
	free(sg->st.glosses);
	free(sg->st.broken);
	sg->st.lines = NULL;
	sg->st.glosses = sg->st.broken = NULL;
}
