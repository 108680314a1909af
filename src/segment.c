#include "segment.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "blurb.h"
#include "diag.h"
#include "text.h"

#define NONE SIZE_MAX
#define LEN(a) (sizeof(a) / sizeof((a)[0]))

enum {
	/* rule_topic_shift: body paragraphs the story needs first, and the
	 * share of the new text's words (1 in TOPIC_SHARED_DIV) it may
	 * have used. */
	TOPIC_MIN_BODY = 3, TOPIC_SHARED_DIV = 5,
	/* A title that only a paragraph backs starts a story on a topic
	 * the story has not touched: 1 in TITLE_SHARED_DIV words shared. */
	TITLE_SHARED_DIV = 5, TITLE_TEXT_WORDS = 20, TITLE_MIN_DISTINCT = 8,
	/* rule_cut_text: a paragraph cut this long, and one this long after
	 * it, are two pages pasted where the first was cut off. */
	CUT_MIN_WORDS = 8, NEXT_MIN_WORDS = 8,
	/* A story in a new script takes this many characters of text. */
	SCRIPT_MIN_CHARS = 30,
	/* A paragraph this short without a sentence end is a tagline or a
	 * caption, not a teaser that was cut off. */
	BLURB_MIN_WORDS = 10,
	/* A brief's headline has this many words (not a channel's name). */
	BRIEF_HEADLINE_WORDS = 4,
	/* rule_list_item: headless one-paragraph stories before this one,
	 * and the share of the new text's words (1 in LIST_SHARED_DIV) the
	 * item above may have used. */
	LIST_RUN = 2, LIST_SHARED_DIV = 4,
};

/* Discourse connectives never open a story (SPEC §2.1). */
static const char *const connectives[] = {
	"Additionally,", "Also,", "At the same time,", "Elsewhere,",
	"However,", "In a related development,", "In addition,",
	"In other developments,", "In other news,", "In related news,",
	"Meanwhile,", "Separately,", "Similarly,",
};

/* What a boundary rule sees: the line in question and the story so far. */
struct ctx {
	struct segmenter *sg;
	const struct line *cur;
	size_t index;
	const uint8_t *text;        /* the line's trimmed text */
	size_t len;
};

typedef bool (*rule_fn)(const struct ctx *c);

static const struct line *last_body(const struct ctx *c)
{
	return c->sg->last_body == NONE ? NULL : &c->sg->st.lines[c->sg->last_body];
}

static bool body_cut(const struct line *l)
{
	return l != NULL && role_is_cut(&l->para) && !l->para.broken_gloss;
}

/* Has the story text or an item of its own (so a new one can begin)? */
static bool begun(const struct segmenter *sg)
{
	return sg->body > 0 || sg->headlines > 0 || sg->decks > 0;
}

static bool opens_with_connective(const struct ctx *c)
{
	if (c->len == 0 || c->text[c->len - 1] == ':')
		return false;
	for (size_t i = 0; i < LEN(connectives); i++)
		if (text_prefix_ci(c->text, c->len, connectives[i]) &&
		    (c->text[0] | 0x20) == (connectives[i][0] | 0x20))
			return true;
	return false;
}

/* Does the paragraph read as a new paragraph, not the rest of a sentence
 * split around a caption, a quotation or a connective? */
static bool fresh_text(const struct ctx *c)
{
	const struct para *p = &c->cur->para;

	return c->cur->role == R_BODY && !p->starts_lower && !p->quotation &&
	       !opens_with_connective(c);
}

/* Can the line open a story at all?  Furniture, footers, credits that
 * lead nothing, links, duplicates and sign-offs never do. */
static bool can_open(const struct ctx *c)
{
	const struct line *l = c->cur;

	if (l->rflags & RF_DUP)
		return false;
	if (l->rflags & RF_LEAD)
		return true;
	switch (l->role) {
	case R_BODY: return !l->para.quotation && !opens_with_connective(c);
	case R_HEADLINE: case R_DECK: case R_LABEL: return true;
	default: return false;
	}
}

/* §2.1.6: the line after a form-feed line. */
static bool rule_formfeed(const struct ctx *c)
{
	return c->sg->after_formfeed;
}

/* §2.1.6: a --start pattern. */
static bool rule_pattern(const struct ctx *c)
{
	struct segmenter *sg = c->sg;
	const struct line *l = c->cur;

	if (sg->opt.npatterns == 0)
		return false;
	sg->scratch.len = 0;
	buf_add(&sg->scratch, line_text(&sg->st, l), l->len);
	buf_addc(&sg->scratch, 0);
	for (size_t i = 0; i < sg->opt.npatterns; i++)
		if (regexec(&sg->opt.patterns[i], (const char *)sg->scratch.data,
			    0, NULL, 0) == 0)
			return true;
	return false;
}

/* The next non-blank line after the line, if it has been read. */
static const struct line *next_line(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;

	for (size_t i = c->index + 1; i < sg->st.nlines; i++)
		if (!sg->st.lines[i].para.blank)
			return &sg->st.lines[i];
	return NULL;
}

/* Can the line open the story after one that a teaser link ended? */
static bool after_link(const struct ctx *c)
{
	const struct line *l = c->cur;

	if (l->rflags & RF_DUP)
		return false;
	/* a label or a title in front of the next item (SPEC §2.1: labels
	 * before a headline belong to the story they precede) right
	 * under the link, not over the page's closing furniture */
	if (c->sg->prev != c->sg->last_link)
		;
	else if (l->role == R_LABEL ||
	    (l->shape.shape == SH_TITLE && (l->role == R_LIST ||
					    l->role == R_CREDIT ||
					    l->role == R_SIGNOFF))) {
		const struct line *n = next_line(c);
		return n == NULL || (n->shape.shape != SH_UI &&
				     n->shape.shape != SH_LINK);
	}
	return can_open(c) && (l->rflags & RF_LEAD || l->role == R_BODY);
}

/* §2.1.3: the story's only paragraph was cut off, or a teaser link ended
 * it (a link ends any story): the next line that is not furniture opens
 * the next one — unless it goes on with a sentence split around a
 * caption. */
static bool rule_after_blurb(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct line *l = last_body(c);

	/* A link ends a blurb; after it only an item opens: its header
	 * block or its text. */
	if (sg->link)
		return sg->body <= 1 && after_link(c);
	/* A standfirst that is the item's only text, cut off. */
	if (sg->body == 0 && sg->last_deck != NONE &&
	    role_is_cut(&sg->st.lines[sg->last_deck].para))
		return c->cur->rflags & RF_LEAD && !(c->cur->rflags & RF_DUP);
	if (sg->body != 1 || !body_cut(l) || sg->caption_after ||
	    l->para.words < BLURB_MIN_WORDS)
		return false;
	/* The dump cut the page: what comes next is the next page's, its
	 * furniture and the day's date over it too. */
	if (c->cur->role == R_UI ||
	    (c->cur->shape.shape == SH_META &&
	     (c->cur->shape.flags & (SHF_DAY | SHF_BULLET | SHF_PAGE))))
		return true;
	/* A title no text backs, after the cut: the next page's (a title
	 * glued under the cut text is no caption of it) */
	if (c->cur->shape.shape == SH_TITLE && !(c->cur->rflags & RF_DUP) &&
	    (c->cur->role == R_LIST || c->cur->role == R_CREDIT ||
	     c->cur->role == R_SIGNOFF))
		return true;
	if (c->cur->role == R_LIST && !(c->cur->rflags & RF_DUP))
		return true;
	if (!can_open(c))
		return false;
	return c->cur->role != R_BODY || fresh_text(c);
}

/* §2.1.3 for an article of several paragraphs that a teaser link ended
 * (`[FULL  STORY]` after an excerpt): tried after the headline, kicker
 * and dateline rules, so the boundary names the line's own shape when it
 * has one. */
static bool rule_after_link(const struct ctx *c)
{
	return c->sg->link && after_link(c);
}

/* How much of the text after the line (its own and the next
 * paragraph's) the story has used. */
static struct overlap overlap_after(const struct ctx *c)
{
	struct segmenter *sg = c->sg;
	const uint8_t *text[2];
	size_t len[2], n = 0;

	/* The vocabulary is built only now, from the lines not yet in it:
	 * most stories never reach here, and each line is added once. */
	for (; sg->vocab_upto < c->index; sg->vocab_upto++) {
		const struct line *l = &sg->st.lines[sg->vocab_upto];
		if (l->role == R_BODY)
			vocab_add(&sg->vocab, line_text(&sg->st, l) +
				  l->para.begin, l->para.text_end - l->para.begin);
	}
	for (size_t i = c->index; i < sg->st.nlines && n < 2; i++) {
		const struct line *l = &sg->st.lines[i];
		if (l->para.blank || (i > c->index && l->shape.shape != SH_PROSE))
			continue;
		text[n] = line_text(&sg->st, l) + l->para.begin;
		len[n++] = l->para.text_end - l->para.begin;
	}
	/* One stem the story has used twice says no: stop counting there. */
	return vocab_compare_until_recurring(&sg->vocab, &sg->seen, text, len, n);
}

/* The next paragraph after the line, or NULL. */
static const struct line *next_text(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;

	for (size_t i = c->index + 1; i < sg->st.nlines; i++) {
		const struct line *l = &sg->st.lines[i];
		if (l->shape.shape == SH_PROSE)
			return l;
	}
	return NULL;
}

/* Is the text after the line in another script than the story's (a blog
 * post in Chinese after one in English)? */
static bool script_changes(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct line *n = next_text(c);

	if (n == NULL || sg->body < 2 || n->para.end - n->para.begin <
	    3 * SCRIPT_MIN_CHARS)
		return false;
	bool cjk = (n->shape.flags & SHF_CJK) != 0;
	return cjk ? sg->latin_body > 0 && sg->cjk_body == 0
		   : sg->cjk_body > 0 && sg->latin_body == 0;
}

/* Does a title that only a paragraph backs open a new story?  It does
 * where the story above is over (a footer, a sign-off, a link, or text
 * cut off), where the page lists briefs (a headline and one complete
 * paragraph, then another title), where this page's items have opened
 * that way before, or where the text after it is on another topic.  A
 * story with a subhead keeps its titles as subheads. */
static bool weak_title_opens(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct line *l = last_body(c);

	if (sg->comments)
		return false;
	if (sg->ended || (sg->body > 0 && body_cut(l) && !sg->caption_after))
		return true;
	if (sg->body == 0)
		return sg->headlines > 0 && (sg->long_decks > 0 || sg->item) &&
		       sg->subheads == 0;
	if (sg->subheads > 0)
		return false;
	/* news in brief: a headline, one complete paragraph, a title */
	if (sg->body == 1 && sg->body_words >= BLURB_MIN_WORDS &&
	    (sg->headline_words >= BRIEF_HEADLINE_WORDS || sg->opened_by_lead ||
	     (sg->headlines == 0 && !sg->page_first)))
		return true;
	if (script_changes(c))
		return true;
	const struct line *n = next_text(c);
	if (sg->body < TOPIC_MIN_BODY || n == NULL || n->para.quotation ||
	    n->para.starts_lower || n->para.words < TITLE_TEXT_WORDS)
		return false;
	struct overlap o = overlap_after(c);
	return o.distinct >= TITLE_MIN_DISTINCT && o.recurring == 0 &&
	       o.shared * TITLE_SHARED_DIV <= o.distinct;
}

/* A short line that repeats the line the story opened with, once the
 * story has text: the page's item separator (`Image for post`). */
static bool repeats_opening(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct line *l = c->cur;

	return sg->body > 0 && sg->opening != 0 && l->shape.text == sg->opening &&
	       l->para.words <= 6 && l->shape.shape != SH_PROSE &&
	       !(l->rflags & RF_DUP);
}

/* §2.1.4: a header block — labels, stamps, a headline with its byline,
 * source or dateline — after a story that has begun. */
static bool rule_headline(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct line *l = c->cur;

	if (repeats_opening(c))
		return true;
	/* The story's own headline again (a page prints it twice). */
	if (l->shape.text != 0 && (l->shape.text == sg->headline_text[0] ||
				   l->shape.text == sg->headline_text[1]))
		return false;
	if (!(l->rflags & RF_LEAD) || (l->rflags & RF_DUP) || !begun(sg))
		return false;
	/* Headlines and lines in a page's top furniture (a site name over a
	 * player's clock, an address) are no item of their own. */
	if (sg->page_first && sg->body_words < BLURB_MIN_WORDS &&
	    sg->long_decks == 0)
		return false;
	if (l->rflags & (RF_STRONG | RF_ITEM)) {
		/* In a comment section a post's header is no item; a day's
		 * date over a page is the next page. */
		if (sg->comments && !sg->ended &&
		    !(l->shape.flags & (SHF_DAY | SHF_PAGE)))
			return false;
		/* One complete paragraph and no headline above a page's
		 * first header block: the page's introduction. */
		return !(sg->headlines == 0 && !sg->opened_by_lead &&
			 sg->body == 1 && !sg->ended && sg->page_first &&
			 !body_cut(last_body(c)));
	}
	return weak_title_opens(c);
}

/* §2.1.4: furniture that only the top of a page holds (a skip link,
 * the site's logo), once the story has text or a headline: the next
 * page, which the furniture opens. */
static bool rule_page_top(const struct ctx *c)
{
	return (c->cur->shape.flags & SHF_TOP) &&
	       (c->sg->body > 0 || c->sg->headlines > 0);
}

/* §2.1.7: a page's copyright notice ended it; what is not more of its
 * furniture belongs to the next page. */
static bool rule_page_end(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct line *l = c->cur;

	if (!(sg->st.lines[sg->prev].shape.flags & SHF_END) || !begun(sg))
		return false;
	switch (l->shape.shape) {
	case SH_UI: case SH_LINK: case SH_CREDIT: case SH_SIGNOFF:
		return false;
	default:
		return true;
	}
}

/* §2.1.2: a kicker, once the story's text has begun. */
static bool rule_kicker(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;

	if (sg->body == 0 || c->cur->para.kicker == 0 ||
	    (c->cur->role != R_BODY && c->cur->role != R_DECK) ||
	    (c->cur->rflags & RF_DUP))
		return false;
	/* Not right under a headline, byline or stamp: that is the
	 * headline's kicker paragraph. */
	switch (sg->st.lines[sg->prev].role) {
	case R_HEADLINE: case R_SUBHEAD: case R_BYLINE: case R_META:
	case R_DECK: case R_LABEL:
		return false;
	default:
		return true;
	}
}

/* §2.1.5: a dateline right after a complete paragraph. */
static bool rule_dateline(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct line *l = last_body(c);

	return c->cur->role == R_BODY && c->cur->para.dateline > 0 &&
	       l != NULL && sg->prev_content == sg->last_body &&
	       !role_is_cut(&l->para) && !sg->comments;
}

/* §2.1.7: the text after a footer or a sign-off (`Additional reporting
 * by …`, `(END)`) is another item's. */
static bool rule_after_footer(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;

	return sg->ended && sg->body > 0 && !sg->comments && fresh_text(c);
}

/* §2.1.7: a page of one-paragraph items without headlines (search
 * results, teaser lines): after two such stories, a complete one ends at
 * its paragraph too. */
static bool rule_list_item(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct line *l = last_body(c);

	/* ... a story opened after the one above ended at its text, not a
	 * wire brief at its dateline */
	if (sg->rule != NULL && strcmp(sg->rule, "after-blurb") != 0 &&
	    strcmp(sg->rule, "list-item") != 0 &&
	    strcmp(sg->rule, "cut-text") != 0)
		return false;
	if (l != NULL && l->para.dateline > 0)
		return false;
	/* ... laid out as the items above it */
	if (c->cur->gap != sg->start_gap || sg->start_gap != sg->run_gap)
		return false;
	if (!(sg->single_run >= LIST_RUN && sg->multi_stories == 0 &&
	      sg->body == 1 && sg->headlines == 0 && l != NULL &&
	      !role_is_cut(&l->para) && fresh_text(c)))
		return false;
	/* ... and not going on with the item's topic (the second
	 * paragraph of an article pasted under the list) */
	struct overlap o = overlap_after(c);
	return o.recurring == 0 && o.shared * LIST_SHARED_DIV <= o.distinct;
}

/* §2.1.7: a paragraph cut off mid-sentence, then a line that does not go
 * on with it (no caption between, not in lower case): the page dump cut
 * one page there and the next one began, with its furniture or text. */
static bool rule_cut_text(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct line *l = last_body(c);

	/* A title cut off: the dump cut the page there. */
	const struct line *prev = &sg->st.lines[sg->prev];
	if (prev->shape.shape == SH_TITLE && (prev->shape.flags & SHF_CUTOFF) &&
	    begun(sg) && !c->cur->para.starts_lower)
		return c->cur->role == R_BODY ? fresh_text(c) :
		       c->cur->shape.shape != SH_CREDIT;
	if (!body_cut(l) || sg->caption_after || sg->prev != sg->last_body ||
	    sg->comments)
		return false;
	/* Cut inside a word or phrase, the text was surely cut; else it
	 * takes an article's text, long enough not to be a caption's. */
	bool midword = (l->shape.flags & SHF_CUTOFF) != 0;
	if (sg->body < 2 && !midword)
		return false;
	const uint8_t *t = line_text(&sg->st, l);
	uint8_t last = t[l->para.text_end - 1];
	if (last == ',' || last == ':' || last == ';' || last == '-')
		return false;
	switch (c->cur->role) {
	case R_BODY:
		return fresh_text(c) && c->cur->para.words >= NEXT_MIN_WORDS &&
		       (l->para.words >= CUT_MIN_WORDS || midword);
	case R_CREDIT: case R_LINK: case R_FOOTER: case R_COMMENTS:
	case R_SIGNOFF: case R_BLANK: case R_FORMFEED:
		return false;
	default:
		return !(c->cur->rflags & RF_DUP) && !c->cur->para.starts_lower;
	}
}

/* §2.1.7: two articles pasted back to back.  Conservative: the line must
 * read like a lede (lede_shape), follow a complete paragraph of a story
 * with some body already, and, with the paragraph after it, share no
 * word the story has used twice and few words at all. */
static bool rule_topic_shift(const struct ctx *c)
{
	const struct segmenter *sg = c->sg;
	const struct para *p = &c->cur->para;
	const struct line *l = last_body(c);
	ucs4_t first;

	if (sg->body < TOPIC_MIN_BODY || l == NULL || role_is_cut(&l->para) ||
	    !fresh_text(c) || sg->comments)
		return false;
	text_next(c->text, c->len, &first);
	if (!text_is_upper(first) ||
	    !lede_shape(c->text, p->text_end - p->begin, p->words))
		return false;
	struct overlap o = overlap_after(c);
	return o.distinct > 0 && o.recurring == 0 &&
	       o.shared * TOPIC_SHARED_DIV <= o.distinct;
}

/* The boundary rules of SPEC §2.1, in the order they are tried. */
static const struct {
	rule_fn test;
	enum boundary boundary;
	const char *name;
} rules[] = {
	{ rule_formfeed, B_FORMFEED, "formfeed" },
	{ rule_pattern, B_PATTERN, "pattern" },
	{ rule_after_blurb, B_AFTER_BLURB, "after-blurb" },
	{ rule_page_top, B_HEADLINE, "page-top" },
	{ rule_page_end, B_TOPIC_SHIFT, "page-end" },
	{ rule_headline, B_HEADLINE, "headline" },
	{ rule_kicker, B_KICKER, "kicker" },
	{ rule_dateline, B_DATELINE, "dateline" },
	{ rule_after_link, B_AFTER_BLURB, "after-link" },
	{ rule_after_footer, B_TOPIC_SHIFT, "after-footer" },
	{ rule_list_item, B_TOPIC_SHIFT, "list-item" },
	{ rule_cut_text, B_TOPIC_SHIFT, "cut-text" },
	{ rule_topic_shift, B_TOPIC_SHIFT, "topic-shift" },
};

/* A new story: its state starts empty. */
static void story_reset(struct segmenter *sg)
{
	sg->decided = 0;
	sg->body = sg->headlines = sg->decks = sg->subheads = 0;
	sg->long_decks = sg->body_words = sg->headline_words = 0;
	sg->headline_text[0] = sg->headline_text[1] = 0;
	sg->last_deck = NONE;
	sg->opening = 0;
	sg->latin_body = sg->cjk_body = 0;
	sg->last_body = sg->prev = sg->prev_content = NONE;
	sg->ended = sg->link = sg->caption_after = sg->comments = false;
	sg->last_link = NONE;
	sg->opened_by_lead = sg->item = false;
	sg->page_first = false;
	vocab_clear(&sg->vocab);
	sg->vocab_upto = 0;
}

/* Hand lines [0, i) to the callback as a story, and keep the rest. */
static void emit_story(struct segmenter *sg, size_t i, enum boundary next)
{
	struct story *st = &sg->st;
	size_t nlines = st->nlines, used = st->bytes.len;
	size_t cut = i < nlines ? st->lines[i].raw : used;

	st->nlines = i;
	st->bytes.len = cut;
	if (i > 0) {
		bool single = sg->body == 1 && sg->subheads == 0;
		/* A story laid out unlike the one before it (glued to it,
		 * or parted by blank lines where it was not) begins a new
		 * run: the next page's paragraphs are not this list's. */
		unsigned run = sg->start_gap == sg->run_gap ? sg->single_run : 0;
		sg->single_run = single ? run + 1 : 0;
		sg->run_gap = sg->start_gap;
		sg->multi_stories += sg->body > 1;
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
	st->offset += cut;
	st->number++;
	st->boundary = next;
	story_reset(sg);
}

/* Take the decided line into the story's state. */
static void take(struct segmenter *sg, size_t i)
{
	struct line *l = &sg->st.lines[i];

	if (sg->prev == NONE && !l->para.blank)
		sg->start_gap = l->gap;
	/* A page's metadata line opens its page as the file's start does,
	 * not a header block. */
	if (l->rflags & RF_LEAD && sg->prev == NONE &&
	    !(l->shape.flags & SHF_PAGE)) {
		sg->opened_by_lead = true;
		sg->item = (l->rflags & RF_ITEM) != 0;
	}
	if (sg->prev == NONE)
		sg->opening = l->shape.text;
	switch (l->role) {
	case R_BODY:
		sg->body++;
		sg->body_words += l->para.words;
		sg->last_body = i;
		sg->link = l->para.has_link;
		sg->ended = l->para.has_link;
		if (l->para.has_link)
			sg->last_link = i;
		sg->caption_after = false;
		if (l->shape.flags & SHF_CJK)
			sg->cjk_body++;
		else
			sg->latin_body++;
		break;
	case R_HEADLINE:
		/* A headline inside a story that goes on is a subhead; so is
		 * a second one that started nothing (`Abstract`). */
		if (sg->body > 0 || sg->headlines > 0) {
			l->role = R_SUBHEAD;
			sg->subheads++;
		} else {
			sg->headlines++;
		}
		sg->headline_text[sg->headlines > 1] = l->shape.text;
		if (sg->headlines == 1)
			sg->headline_words = l->para.words;
		break;
	case R_SUBHEAD:
		if (sg->body > 0)
			sg->subheads++;
		break;
	case R_DECK:
		sg->decks++;
		if (l->rflags & RF_TEXT) {
			sg->long_decks++;
			sg->last_deck = i;
		}
		break;
	case R_LINK:
		sg->link = sg->ended = true;
		sg->last_link = i;
		break;
	case R_FOOTER: case R_SIGNOFF:
		sg->ended = begun(sg);
		break;
	case R_CREDIT:
		if (sg->last_body != NONE)
			sg->caption_after = true;
		break;
	case R_COMMENTS:
		sg->comments = true;
		break;
	default:
		break;
	}
	sg->after_formfeed = l->role == R_FORMFEED;
	sg->prev = i;
	if (l->role != R_CREDIT)
		sg->prev_content = i;
}

/* The non-blank lines after line i, for role_decide. */
static size_t lookahead(const struct segmenter *sg, size_t i,
			struct line **next)
{
	size_t n = 0;
	unsigned gap = 0;

	for (size_t j = i + 1; j < sg->st.nlines && n < ROLE_LOOKAHEAD; j++) {
		struct line *l = &sg->st.lines[j];
		if (l->para.blank) {
			gap++;
			continue;
		}
		l->gap = (uint8_t)(gap > 255 ? 255 : gap);
		gap = 0;
		next[n++] = l;
	}
	return n;
}

/* Does the story that rule test started at line l open a new page: the
 * text above was cut off (the dump went on with the next page), or the
 * line is a page's furniture or metadata? */
static bool opens_page(const struct segmenter *sg, rule_fn test,
		       const struct line *l)
{
	(void)sg;
	if (test == rule_cut_text || test == rule_page_top ||
	    test == rule_page_end)
		return true;
	if (l->shape.flags & SHF_PAGE)
		return true;
	return test == rule_after_blurb && l->role == R_UI;
}

/* A new page: what this file's pages so far taught is forgotten. */
static void new_page(struct segmenter *sg)
{
	sg->page_first = true;
	sg->headed_stories = sg->single_run = sg->multi_stories = 0;
	role_page(&sg->roles);
}

static void decide_next(struct segmenter *sg)
{
	struct story *st = &sg->st;
	struct line *next[ROLE_LOOKAHEAD];

	while (sg->decided < st->nlines && st->lines[sg->decided].para.blank)
		st->lines[sg->decided++].role = R_BLANK;
	if (sg->decided == st->nlines)
		return;
	size_t i = sg->decided;
	size_t n = lookahead(sg, i, next);
	role_decide(&sg->roles, &st->lines[i], next, n,
		    sg->at_end && sg->pending <= n + 1);
	/* The first non-blank line of a story needs no rule; nor can the
	 * second piece of an over-long line start one. */
	if (sg->prev != NONE && !(i > 0 && st->lines[i - 1].cut)) {
		struct ctx c = { sg, &st->lines[i], i, NULL, 0 };
		c.text = line_text(st, c.cur) + c.cur->para.begin;
		c.len = c.cur->para.end - c.cur->para.begin;
		for (size_t r = 0; r < LEN(rules); r++)
			if (rules[r].test(&c)) {
				enum boundary b = rules[r].boundary;
				emit_story(sg, i, b);
				sg->rule = rules[r].name;
				if (opens_page(sg, rules[r].test, &st->lines[0]))
					new_page(sg);
				if (b != B_TOPIC_SHIFT || st->lines[0].rflags & RF_LEAD)
					sg->headed_stories++;
				i = 0;
				break;
			}
	}
	take(sg, i);
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
	sg->last_body = sg->prev = sg->prev_content = sg->last_link = NONE;
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
	sg->at_end = sg->after_formfeed = false;
	sg->headed_stories = sg->single_run = sg->multi_stories = 0;
	sg->gap = 0;
	story_reset(sg);
	sg->page_first = true;
	sg->rule = NULL;
	role_file(&sg->roles);
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

/* What the line looks like alone: its shape, and for a kicker paragraph
 * whether its deck runs to the end (no lede on the line). */
static void look_at(struct line *l, const uint8_t *s, bool piece)
{
	const struct para *p = &l->para;

	shape_of(s, l->len, p, &l->shape);
	if (!piece && p->kicker > 0 && p->text_end > p->begin + p->kicker &&
	    (l->shape.shape == SH_PROSE || l->shape.shape == SH_TITLE) &&
	    !para_ends_open(s + p->begin, p->text_end - p->begin) &&
	    !(l->shape.flags & SHF_CUTOFF) &&
	    blurb_deck(s + p->begin + p->kicker,
		       p->text_end - p->begin - p->kicker) == 0)
		l->shape.flags |= SHF_DECK;
}

void seg_line(struct segmenter *sg, const struct rawline *rl)
{
	struct story *st = &sg->st;
	size_t size = rl->bom + rl->len + rl->eol;

	enforce_max(sg, size, rl->lineno);
	make_room(sg, size);
	struct line *l = &st->lines[st->nlines++];
	memset(l, 0, sizeof *l);
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
	if (!l->para.blank) {
		look_at(l, rl->s, st->nlines > 1 && l[-1].cut);
		l->gap = (uint8_t)(sg->gap > 255 ? 255 : sg->gap);
		sg->gap = 0;
		sg->pending++;
	} else {
		sg->gap++;
	}
	while (sg->pending > ROLE_LOOKAHEAD)
		decide_next(sg);
}

void seg_end(struct segmenter *sg)
{
	struct story *st = &sg->st;

	sg->at_end = true;
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
