#include "segment.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "blurb.h"
#include "diag.h"
#include "rules.h"

/* A new story: its state starts empty. */
static void story_reset(struct segmenter *sg)
{
	struct sofar *sf = &sg->sf;

	sg->decided = 0;
	sg->stamp_at = NO_LINE;
	sf->body = sf->headlines = sf->decks = sf->subheads = 0;
	sf->long_decks = sf->body_words = sf->headline_words = 0;
	sf->headline_text[0] = sf->headline_text[1] = 0;
	sf->last_deck = NO_LINE;
	sf->headline_at = NO_LINE;
	sf->opening = 0;
	sf->latin_body = sf->cjk_body = 0;
	sf->last_body = sf->prev = NO_LINE;
	sf->ended = sf->link = sf->caption_after = sf->comments = false;
	sf->page_ended = false;
	sf->last_link = NO_LINE;
	sf->opened_by_lead = sf->item = false;
	sf->page_first = sf->named_twice = sf->marker = false;
	vocab_clear(&sf->vocab);
	sf->vocab_upto = 0;
	topic_reset(&sf->topic);
}

/* A story ends: count it into this file's runs of stories.  One laid
 * out unlike the one before it (glued to it, or parted by blank lines
 * where it was not) begins a new run: the next page's paragraphs are not
 * this list's. */
static void count_story(struct sofar *sf)
{
	bool single = sf->body == 1 && sf->subheads == 0;
	bool same = sf->start_gap == sf->run_gap;

	sf->single_run = single ? (same ? sf->single_run : 0) + 1 : 0;
	sf->headless_run = !single ? 0 :
		(same ? sf->headless_run : 0) + (sf->headlines == 0);
	sf->run_decked = single && sf->decks > 0;
	sf->run_gap = sf->start_gap;
	sf->multi_stories += sf->body > 1;
	sf->item_run = sf->item && sf->body == 0 ? sf->item_run + 1 : 0;
}

/* Move what is pending, when it is little, back to the start of the
 * arrays.  Left where it is, the windows would slide over all the room a
 * long story made, and every page of it would become resident: 600,000
 * short lines and more stories after them took 27 MiB, not 19. */
static void rewind_windows(struct segmenter *sg)
{
	enum { FEW_LINES = 64, FEW_BYTES = 16 << 10 };
	struct story *st = &sg->st;

	if (st->lines != sg->lines_base && st->nlines <= FEW_LINES) {
		memmove(sg->lines_base, st->lines, st->nlines * sizeof *st->lines);
		st->lines = sg->lines_base;
		st->lines_cap = sg->lines_cap;
	}
	if (st->bytes.data != sg->bytes_base && st->bytes.len <= FEW_BYTES) {
		memmove(sg->bytes_base, st->bytes.data, st->bytes.len);
		st->bytes.data = sg->bytes_base;
		st->bytes.cap = sg->bytes_cap;
	}
}

/* Hand lines [0, i) to the callback as a story, and keep the rest. */
static void emit_story(struct segmenter *sg, size_t i, enum boundary next)
{
	struct story *st = &sg->st;
	size_t nlines = st->nlines, used = st->bytes.len;
	size_t cut = i < nlines ? st->lines[i].raw : used;
	long lineno = st->lineno;

	for (size_t j = 0; j < i; j++)
		lineno = story_next_lineno(&st->lines[j], lineno);
	st->nlines = i;
	st->bytes.len = cut;
	if (i > 0) {
		count_story(&sg->sf);
		sg->emit(st, sg->ctx);
	}
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
	for (size_t k = 0; k < sg->pending; k++)
		sg->window[(sg->window_head + k) % SEG_WINDOW].idx -= i;
	rewind_windows(sg);
	st->offset += cut;
	st->lineno = lineno;
	st->number++;
	st->boundary = next;
	story_reset(sg);
}

/* The story's first non-blank line: how the story opens. */
static void take_opening(struct sofar *sf, const struct line *l)
{
	if (!line_blank(l))
		sf->start_gap = l->gap;
	/* A page's metadata line, or a day's date over a page, opens its
	 * page as the file's start does, not a header block. */
	if (l->rflags & RF_LEAD && !line_sflag(l, SHF_PAGE | SHF_DAY)) {
		sf->opened_by_lead = true;
		sf->item = (l->rflags & RF_ITEM) != 0;
	}
	sf->opening = line_hash(l);
}

/* The words of a paragraph; Chinese and Japanese do not space theirs,
 * and a character (three bytes of UTF-8) counts as one. */
static unsigned text_words(const struct wline *l)
{
	size_t chars = (l->para.text_end - l->para.begin) / 3;

	if ((l->shape.flags & SHF_CJK) && chars > l->para.words)
		return (unsigned)(chars < PARA_WORDS_MAX ? chars : PARA_WORDS_MAX);
	return l->para.words;
}

/* A paragraph of the story's text: what ended the text before it (a
 * link, a caption) is behind it now, unless it holds a link itself. */
static void take_body(struct sofar *sf, const struct wline *l, size_t i)
{
	sf->body++;
	sf->body_words += text_words(l);
	sf->last_body = i;
	sf->link = l->para.has_link;
	sf->ended = l->para.has_link;
	sf->page_ended = false;
	if (l->para.has_link)
		sf->last_link = i;
	sf->caption_after = false;
	if (l->shape.flags & SHF_CJK)
		sf->cjk_body++;
	else
		sf->latin_body++;
}

/* A headline inside a story that goes on is a subhead; so is a second
 * one that started nothing (`Abstract`). */
static void take_headline(struct sofar *sf, struct line *l, size_t i)
{
	if (sf->body > 0 || sf->headlines > 0) {
		l->role = R_SUBHEAD;
		sf->subheads++;
	} else {
		sf->headlines++;
		sf->headline_at = i;
	}
	sf->headline_text[sf->headlines > 1] = line_hash(l);
	if (sf->headlines == 1)
		sf->headline_words = line_words(l);
}

/* What the line's role tells of the story so far.  w is the line in
 * the window, or NULL for one taken again; a body line is never. */
static void take_role(struct sofar *sf, struct line *l,
		      const struct wline *w, size_t i)
{
	switch (l->role) {
	case R_BODY:
		take_body(sf, w, i);
		break;
	case R_HEADLINE:
		take_headline(sf, l, i);
		break;
	case R_SUBHEAD:
		if (sf->body > 0)
			sf->subheads++;
		break;
	case R_DECK:
		sf->decks++;
		/* The headline again before any text: a page prints its own
		 * title twice (its <title>, its <h1>), a listing's item does
		 * not.  The header block is a page's top; a name there (a
		 * site's, a section's) heads the page, not an article (a
		 * line taken again has no shape flags left: no name). */
		if (sf->body == 0 && sf->headlines == 1 &&
		    line_hash(l) == sf->headline_text[0]) {
			sf->page_first = true;
			sf->named_twice = w != NULL &&
					  (w->shape.flags & SHF_NAME);
		}
		if (l->rflags & RF_TEXT) {
			sf->long_decks++;
			sf->last_deck = i;
		}
		break;
	case R_LINK:
		sf->link = sf->ended = true;
		sf->last_link = i;
		break;
	case R_FOOTER: case R_SIGNOFF:
		sf->ended = sofar_begun(sf);
		break;
	case R_CREDIT:
		if (sf->last_body != NO_LINE)
			sf->caption_after = true;
		break;
	case R_COMMENTS:
		sf->comments = true;
		break;
	case R_UI:
		/* `No comments yet...`: the comment section is empty, and
		 * over; what comes next is no comment */
		if (w != NULL && (w->shape.flags & SHF_EMPTY) && sf->comments) {
			sf->comments = false;
			sf->ended = sofar_begun(sf);
		}
		break;
	default:
		break;
	}
}

/* How many of the n lines after the window's oldest come before a
 * --start marker: the rules look no further, into the next page. */
static size_t before_marker(struct wline *const *next, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (next[k]->shape.flags & SHF_MARKER)
			return k;
	return n;
}

/* What the page so far taught of its layout: its runs of stories and
 * its spacing. */
static void forget_page(struct sofar *sf)
{
	sf->single_run = sf->headless_run = sf->item_run = 0;
	sf->run_decked = false;
	sf->multi_stories = 0;
	sf->page_begun = false;
	sf->parted_run = sf->glued_run = 0;
}

/* A new page: what this file's pages so far taught is forgotten.  The
 * roles forget the layout when they read a line that only a page's top
 * holds (role_decide), before its own lines teach theirs: roles is false
 * for a page that such a line opens. */
static void new_page(struct segmenter *sg, bool roles)
{
	sg->sf.page_first = true;
	forget_page(&sg->sf);
	if (roles)
		role_page(&sg->roles);
}

/* Take the decided line into the story's state.  A --start marker opens
 * its page and is furniture: the rules see the story as if it began at
 * the line after it, as a file begins (SPEC §4). */
static void take(struct segmenter *sg, size_t i, const struct wline *w)
{
	struct sofar *sf = &sg->sf;
	struct line *l = &sg->st.lines[i];

	if (l->role == R_MARKER) {
		sf->marker = true;
		sf->after_formfeed = false;
		new_page(sg, true);
		return;
	}
	if (w != NULL && w->shape.shape == SH_META) {
		sg->stamp_at = i;
		sg->stamp_pattern = w->shape.pattern;
	}
	if (sf->prev == NO_LINE)
		take_opening(sf, l);
	take_role(sf, l, w, i);
	if (line_sflag(l, SHF_END) && sofar_begun(sf))
		sf->page_ended = true;
	sf->after_formfeed = l->role == R_FORMFEED;
	sf->prev = i;
}

/* The lines in the window after its oldest, for role_decide. */
static size_t lookahead(struct segmenter *sg, struct wline **next)
{
	size_t n = sg->pending - 1;

	for (size_t k = 0; k < n; k++)
		next[k] = &sg->window[(sg->window_head + 1 + k) % SEG_WINDOW];
	return n;
}

/* The rule that starts a story at line i, or NULL.  The first non-blank
 * line of a story needs none, nor the first after the marker it opened
 * with; nor can the second piece of an over-long line start one.  A
 * marker starts a story unless it is the story's first line. */
static const struct rule *starting_rule(struct segmenter *sg,
					const struct wline *cur,
					struct wline *const *next, size_t n,
					size_t *first, bool *caption)
{
	const struct story *st = &sg->st;
	size_t i = cur->idx;
	const struct line *l = &st->lines[i];
	bool begun = sg->sf.prev != NO_LINE ||
		     (sg->sf.marker && (cur->shape.flags & SHF_MARKER));

	if (!begun || (i > 0 && st->lines[i - 1].cut))
		return NULL;
	struct rule_ctx c = {
		.sf = &sg->sf, .st = st, .cur = cur, .rec = l, .index = i,
		.next = next, .nnext = n,
		.text = line_text(st, l) + cur->para.begin,
		.len = cur->para.end - cur->para.begin,
		.opened_by = sg->rule,
	};
	const struct rule *r = rule_first(&c);
	if (r != NULL)
		*first = rule_first_line(&c, r, caption);
	return r;
}

/* Where the story that rule r starts at line i begins: the titles
 * right above a lede that the rule found by its text are its own, and
 * so is a byline among them (a header that read as a post's under a
 * comment section). */
static size_t pull_back(const struct segmenter *sg, size_t i,
			const struct rule *r)
{
	const struct story *st = &sg->st;
	size_t k = i, first = i;

	if (!r->by_text || sg->sf.last_body == NO_LINE)
		return i;
	while (k > sg->sf.last_body + 1) {
		const struct line *l = &st->lines[k - 1];
		k--;
		if (line_blank(l))
			continue;
		if (line_shape(l) == SH_BYLINE && l->role == R_BYLINE)
			continue;
		if (line_shape(l) != SH_TITLE || l->role == R_BODY ||
		    l->role == R_SIGNOFF || l->role == R_CREDIT)
			break;
		first = k;
	}
	return first;
}

/* Where the story that opens with the paragraph at line i begins: a
 * date stamp right above it is its own (SPEC §2.4) where another line
 * already closed the story above (`Friday, 18 July, 2014, 3:06am` then
 * `(SCMP) July 22, 2015.`), or where the spacing sets it apart: glued
 * under the paragraph, itself glued under the line above it (GLUED_RUN
 * lines in a row), with a blank line under the stamp.  A stamp with a
 * time of day or a `Source:` stays a footer: items close with two of
 * those. */
static size_t stamp_above(const struct segmenter *sg, size_t i)
{
	const struct story *st = &sg->st;
	size_t last = sg->sf.last_body, k = i;

	if (st->lines[i].role != R_BODY || last == NO_LINE)
		return i;
	while (k > last + 1 && line_blank(&st->lines[k - 1]))
		k--;
	if (k == last + 1)
		return i;
	const struct line *stamp = &st->lines[k - 1];
	if (line_shape(stamp) != SH_META ||
	    line_sflag(stamp, SHF_TIME | SHF_SOURCE))
		return i;
	for (size_t j = last + 1; j + 1 < k; j++)
		if (!line_blank(&st->lines[j]))
			return k - 1;
	return stamp->gap == 0 && st->lines[i].gap > 0 &&
	       sg->sf.glued_run >= GLUED_RUN ? k - 1 : i;
}

/* The card's caption at line k opens the story that a header block
 * opens at line i (rule_first_line): it leads the card, and the
 * stamps between them, footers of the story above no more, are the
 * card's. */
static void caption_leads(struct segmenter *sg, size_t k, size_t i)
{
	struct line *l = sg->st.lines;
	const unsigned lead = RF_LEAD | RF_STRONG | RF_WEAK | RF_ITEM;

	l[k].role = R_CREDIT;
	l[k].rflags |= l[i].rflags & lead;
	l[i].rflags &= ~lead;
	for (size_t j = k + 1; j < i; j++)
		if (l[j].role == R_FOOTER)
			l[j].role = R_META;
}

/* The role of the last non-blank line above line k, or R_BLANK. */
static enum role role_above(const struct story *st, size_t k)
{
	while (k > 0 && line_blank(&st->lines[k - 1]))
		k--;
	return k > 0 ? st->lines[k - 1].role : R_BLANK;
}

/* Rule r starts a story at line i: the story before it is done.  It
 * begins at line first (rule_first_line: a card's caption, which leads
 * the card, or the next page's top furniture).  A line that only a
 * page's top holds (top) opens a page. */
static size_t start_story(struct segmenter *sg, size_t i, const struct rule *r,
			  size_t first, bool caption, bool top)
{
	size_t k = pull_back(sg, i, r);

	if (first < i && k == i) {
		if (caption)
			caption_leads(sg, first, i);
		k = first;
	}
	if (k == i)
		k = stamp_above(sg, i);
	/* The story opens at a stamp above the line the rule fired at
	 * (stamp_above), which the roles took for a footer of the item
	 * above it: this page's items open with such stamps, as the roles
	 * learn from a stamp over an item's text.  Not when the rule fired
	 * at the stamp itself: after a blurb it fires at the blurb's own
	 * footer too, and that is no layout to learn. */
	bool stamp_opens = k < i && sg->stamp_at == k;
	uint32_t pattern = sg->stamp_pattern;

	enum role above = role_above(&sg->st, k);
	emit_story(sg, k, r->boundary);
	sg->rule = r->name;
	for (size_t j = 0; j < i - k; j++) {
		struct line *l = &sg->st.lines[j];
		if (line_blank(l))
			continue;
		/* a subhead of the story above: a headline of this one */
		if (l->role == R_SUBHEAD)
			l->role = R_HEADLINE;
		take(sg, j, NULL);
	}
	if (rule_opens_page(r, &sg->st.lines[0], above) || top)
		new_page(sg, !top);
	if (stamp_opens)
		role_stamp_opened(&sg->roles, pattern);
	return i - k;
}


/* The story's first paragraph, at line i, is an encyclopedia's lede:
 * the title above it that names what it defines is the story's headline,
 * and a line of the infobox under the title that the header block took
 * for one is an item of the infobox (SPEC §2.4: furniture never heads a
 * story). */
static void title_heads_lede(struct segmenter *sg, size_t i,
			     const struct wline *lede)
{
	struct line *l = sg->st.lines;
	size_t k = rule_defined_title(&sg->st, i,
				      line_text(&sg->st, &l[i]) +
				      lede->para.begin,
				      lede->para.end - lede->para.begin);

	if (k == NO_LINE)
		return;
	for (size_t j = 0; j < k; j++)
		if (l[j].role == R_HEADLINE)
			return;     /* the story has a headline above it */
	l[k].role = R_HEADLINE;
	for (size_t j = k + 1; j < i; j++)
		if (l[j].role == R_HEADLINE)
			l[j].role = R_LIST;
}

/* The blank lines left when the window is empty. */
static void decide_blanks(struct segmenter *sg)
{
	while (sg->decided < sg->st.nlines)
		sg->st.lines[sg->decided++].role = R_BLANK;
}

/* n + 1, or n at the most the spacing counts need. */
static unsigned count_up(unsigned n)
{
	return n < 255 ? n + 1 : n;
}

/* Count how the page spaces its lines: the lines glued to the line
 * above, in a row, and the paragraphs parted from the line above by
 * blank lines, in a row (its headers may glue their lines).  The page's
 * first line has no line above it on the page. */
static void count_spacing(struct sofar *sf, const struct wline *l)
{
	if (l->para.blank)
		return;
	if (sf->page_begun) {
		sf->glued_run = l->gap > 0 ? 0 : count_up(sf->glued_run);
		if (l->role == R_BODY)
			sf->parted_run = l->gap > 0 ? count_up(sf->parted_run) : 0;
	}
	sf->page_begun = true;
}

/* Decide the window's oldest line; the blank lines before it are
 * decided with it. */
static void decide_next(struct segmenter *sg)
{
	struct story *st = &sg->st;
	struct wline *next[ROLE_LOOKAHEAD];
	struct wline *cur = &sg->window[sg->window_head];

	if (sg->pending == 0)
		return;
	while (sg->decided < cur->idx)
		st->lines[sg->decided++].role = R_BLANK;
	size_t n = lookahead(sg, next);
	role_decide(&sg->roles, cur, next, n,
		    sg->at_end && sg->pending <= n + 1);
	/* The record keeps the role; the rules read both. */
	st->lines[cur->idx].role = cur->role;
	st->lines[cur->idx].rflags = cur->rflags;
	size_t i = cur->idx, first = i;
	bool caption = false;
	const struct rule *r = starting_rule(sg, cur, next,
					     before_marker(next, n), &first,
					     &caption);
	if (r != NULL)
		i = start_story(sg, i, r, first, caption,
				(cur->shape.flags & SHF_TOP) != 0);
	take(sg, i, cur);
	if (cur->role == R_BODY && sg->sf.body == 1)
		title_heads_lede(sg, i, cur);
	count_spacing(&sg->sf, cur);
	sg->decided = i + 1;
	sg->pending--;
	sg->window_head = (sg->window_head + 1) % SEG_WINDOW;
}

void seg_init(struct segmenter *sg, const struct seg_options *opt,
	      story_fn emit, void *ctx)
{
	memset(sg, 0, sizeof *sg);
	sg->opt = *opt;
	sg->emit = emit;
	sg->ctx = ctx;
	sg->sf.last_body = sg->sf.prev = NO_LINE;
	sg->sf.last_link = NO_LINE;
	sg->stamp_at = NO_LINE;
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
	sg->pending = 0;
	sg->window_head = 0;
	sg->at_end = sg->sf.after_formfeed = false;
	forget_page(&sg->sf);
	sg->gap = 0;
	sg->prev_cut = false;
	story_reset(sg);
	sg->sf.page_first = true;
	sg->rule = NULL;
	role_file(&sg->roles);
	topic_file(&sg->sf.topic);
}

/* What --max-story bounds: the story's bytes.  Its records add 24 bytes
 * a line, but a run of blank lines takes one (issue 16). */
static size_t story_size(const struct segmenter *sg, size_t more_bytes)
{
	return sg->st.bytes.len + more_bytes;
}

/* Keep a story within --max-story: decide what is pending, then end the
 * story before the new line if it would grow past the bound. */
static void enforce_max(struct segmenter *sg, size_t incoming, long lineno)
{
	struct story *st = &sg->st;

	if (story_size(sg, incoming) <= sg->opt.max_story || st->nlines == 0)
		return;
	while (sg->pending > 0)
		decide_next(sg);
	decide_blanks(sg);
	diag_warn(st->file, lineno,
		  "story longer than %zu bytes: cut here", sg->opt.max_story);
	emit_story(sg, st->nlines, B_MAX_STORY);
}

/* Room in the windows for one more line of size bytes: the story and its
 * pending lines move to the front of the arrays (once per array-full, not
 * per story), which grow if that is not enough. */
static void make_room(struct segmenter *sg, size_t size, bool record)
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
	if (record && st->lines_cap == st->nlines) {
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

void seg_measure(const uint8_t *s, size_t len, bool piece, struct para *p,
		 struct shape_info *shape)
{
	para_analyze(s, len, p);
	if (p->blank) {
		memset(shape, 0, sizeof *shape);
		return;
	}
	shape_of(s, len, p, shape);
	/* A kicker paragraph whose deck runs to its end: no lede on it. */
	if (!piece && p->kicker > 0 && p->text_end > p->begin + p->kicker &&
	    (shape->shape == SH_PROSE || shape->shape == SH_TITLE) &&
	    !para_ends_open(s + p->begin, p->text_end - p->begin) &&
	    !(shape->flags & SHF_CUTOFF) &&
	    blurb_deck(s + p->begin + p->kicker,
		       p->text_end - p->begin - p->kicker) == 0)
		shape->flags |= SHF_DECK;
}

void seg_line(struct segmenter *sg, const struct rawline *rl)
{
	struct para p;
	struct shape_info shape;

	seg_measure(rl->s, rl->len, sg->prev_cut, &p, &shape);
	seg_measured(sg, rl, &p, &shape);
}

/* Fill a line's record: what it is and what the rules and the analysis
 * will ask of it once it has left the window. */
static void keep(struct line *l, const struct rawline *rl,
		 const struct para *p, const struct shape_info *shape)
{
	static const struct line none;

	*l = none;
	l->has_bom = rl->bom != 0;
	line_set_len(l, rl->len);
	l->eol = (unsigned)rl->eol;
	l->cut = rl->cut;
	l->valid = false;    /* until story_check says so */
	l->role = R_BLANK;
	l->blank = p->blank;
	l->words = p->words;
	l->is_cut = role_is_cut(p);
	l->broken_gloss = p->broken_gloss;
	l->has_link = p->has_link;
	l->dateline = p->dateline > 0;
	l->kicker = p->kicker > 0;
	l->gloss_hint = p->paren || p->wide;
	if (p->blank)
		return;     /* shape_of leaves a blank line's shape zero */
	l->shape = shape->shape;
	l->text = shape->text;
	l->cutoff = (shape->flags & SHF_CUTOFF) != 0;
	l->end = (shape->flags & SHF_END) != 0;
	l->page = (shape->flags & SHF_PAGE) != 0;
	l->day = (shape->flags & SHF_DAY) != 0;
	l->cjk = (shape->flags & SHF_CJK) != 0;
	l->time = (shape->flags & SHF_TIME) != 0;
	l->source = (shape->flags & SHF_SOURCE) != 0;
}

/* Does the line s[0, n) match a --start pattern?  Each line is tested
 * once, as it comes in, so that role.c and the rules know a page's
 * marker before they decide the lines above it.  regexec wants a
 * string: the test runs on a copy with a NUL after it. */
static bool matches_start(struct segmenter *sg, const uint8_t *s, size_t n)
{
	struct buf *b = &sg->scratch;

	if (sg->opt.npatterns == 0)
		return false;
	b->len = 0;
	buf_add(b, s, n);
	buf_addc(b, 0);
	for (size_t i = 0; i < sg->opt.npatterns; i++)
		if (regexec(&sg->opt.patterns[i], (const char *)b->data, 0,
			    NULL, 0) == 0)
			return true;
	return false;
}

/* The run of blank lines that a blank line of size bytes may extend:
 * the story's last record, if it is a run with room left; or NULL. */
static struct line *open_run(struct segmenter *sg, size_t size)
{
	struct story *st = &sg->st;
	struct line *last = st->nlines > 0 ? &st->lines[st->nlines - 1] : NULL;

	if (last == NULL || !last->run || last->text == UINT32_MAX ||
	    line_len(last) + size > LINE_LEN_MAX)
		return NULL;
	return last;
}

void seg_measured(struct segmenter *sg, const struct rawline *rl,
		  const struct para *p, const struct shape_info *shape)
{
	struct story *st = &sg->st;
	size_t size = rl->bom + rl->len + rl->eol;
	/* Blank lines fold into one record (issue 16) where the run splits
	 * again at its line feeds as the reader split it: whole lines, no
	 * BOM, not after a line cut for being over-long. */
	bool fold = p->blank && !rl->cut && !sg->prev_cut && rl->bom == 0;
	bool piece = sg->prev_cut;

	sg->prev_cut = rl->cut;
	enforce_max(sg, size, rl->lineno);
	bool grow = fold && open_run(sg, size) != NULL;
	make_room(sg, size, !grow);
	if (st->nlines == 0)
		st->lineno = rl->lineno;
	size_t at = st->bytes.len;
	if (size > 0)
		memcpy(st->bytes.data + at, rl->s - rl->bom, size);
	st->bytes.len += size;
	if (grow) {
		struct line *run = open_run(sg, size);
		line_set_len(run, line_len(run) + size);
		run->text++;
		sg->gap++;
		return;
	}
	struct line *l = &st->lines[st->nlines++];
	keep(l, rl, p, shape);
	l->raw = at;
	if (fold) {     /* a run of one line, terminator included */
		l->run = 1;
		l->text = 1;
		l->eol = 0;
		line_set_len(l, size);
	}
	if (!p->blank) {
		l->gap = sg->gap > 255 ? 255 : sg->gap;
		sg->gap = 0;
		struct wline *w = &sg->window[(sg->window_head + sg->pending++) %
					      SEG_WINDOW];
		*w = (struct wline){ st->nlines - 1, l->eol, *p, *shape, R_BLANK,
				     0, (uint8_t)l->gap };
		if (!piece && shape->shape != SH_FORMFEED &&
		    matches_start(sg, rl->s, rl->len))
			w->shape.flags |= SHF_MARKER;
	} else {
		sg->gap++;
	}
	while (sg->pending > ROLE_LOOKAHEAD)
		decide_next(sg);
}

/* Does the story hold no line but blank ones? */
static bool all_blank(const struct story *st)
{
	for (size_t i = 0; i < st->nlines; i++)
		if (!line_blank(&st->lines[i]))
			return false;
	return true;
}

void seg_end(struct segmenter *sg)
{
	struct story *st = &sg->st;

	sg->at_end = true;
	while (sg->pending > 0)
		decide_next(sg);
	decide_blanks(sg);
	/* A file with no non-blank line has no story (SPEC §2.1).  One
	 * that --max-story has already cut keeps its last piece too, so
	 * that the pieces written tile it. */
	if (st->nlines > 0 && !(st->number == 1 && all_blank(st)))
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
	vocab_free(&sg->sf.vocab);
	vocab_free(&sg->sf.seen);
	topic_free(&sg->sf.topic);
	free(sg->st.glosses);
	free(sg->st.broken);
	sg->st.lines = NULL;
	sg->st.glosses = sg->st.broken = NULL;
}
