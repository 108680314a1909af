#include "role.h"

#include <string.h>

#include "header_block.h"

/* A caption sentence over its credit line has at most this many words. */
enum { CAPTION_WORDS = 30 };

bool role_is_cut(const struct para *p)
{
	return !p->ends_sentence || p->open_quote || p->ellipsis;
}

void role_file(struct roles *r)
{
	memset(r, 0, sizeof *r);
	r->last_role = R_BLANK;
}

void role_page(struct roles *r)
{
	r->npatterns = 0;
	r->caption_leads = r->title_leads = false;
	r->footer_seen = false;
	r->block_open = false;
	/* the page's first line stands apart from the page above it */
	r->glued_run = 1;
}

void role_stamp_opened(struct roles *r, uint32_t pattern)
{
	role_remember_pattern(r, pattern);
}

bool role_known_pattern(const struct roles *r, uint32_t pattern)
{
	for (size_t i = 0; i < r->npatterns; i++)
		if (r->lead_pattern[i] == pattern)
			return true;
	return false;
}

void role_remember_pattern(struct roles *r, uint32_t pattern)
{
	if (pattern == 0 || role_known_pattern(r, pattern))
		return;
	if (r->npatterns == ROLE_PATTERNS) {
		memmove(r->lead_pattern, r->lead_pattern + 1,
			(ROLE_PATTERNS - 1) * sizeof *r->lead_pattern);
		r->npatterns--;
	}
	r->lead_pattern[r->npatterns++] = pattern;
}

/* Does the paragraph hold at most one sentence end, at its end? */
static bool one_sentence(const struct wline *l)
{
	return flag(l, SHF_SENTENCE);
}

/* The role of a line no block decided. */
static enum role own_role(const struct view *v, const struct roles *r)
{
	const struct wline *l = v->w[0];

	switch (shape(l)) {
	case SH_BLANK: return R_BLANK;
	case SH_FORMFEED: return R_FORMFEED;
	case SH_PROSE:
		if (!is_text(v, 0))
			return R_DECK;
		/* Alt text glued under a card, a blank line before the next
		 * headline; or glued under the card's footer, whatever comes
		 * next (the card was the page's last). */
		if (flag(l, SHF_CAPTION) && r->last_role != R_HEADLINE &&
		    ((attached(v, 0, r) && shape(v->w[1]) == SH_TITLE) ||
		     (r->last_role == R_FOOTER && l->gap == 0)))
			return R_CREDIT;
		/* A caption sentence over its credit line (`Photo courtesy
		 * of …`): a short one, or any inside a paragraph split
		 * around the photo. */
		if (l->para.words <= CAPTION_WORDS && one_sentence(l) &&
		    !role_is_cut(&l->para) && !flag(l, SHF_SAID) &&
		    (r->last_cut || flag(l, SHF_CAPTION)) &&
		    v->m > 1 && shape(v->w[1]) == SH_CREDIT &&
		    v->w[1]->para.words <= 8)
			return R_CREDIT;
		return R_BODY;
	case SH_TITLE:
		if (flag(l, SHF_ITEM))
			return R_BODY;
		if (in_signature(v, 0, r))
			return R_SIGNOFF;
		if (v->m == 1 && v->eof)
			return R_HEADLINE;      /* cut by the dump, or the end */
		return v->m > 1 && is_text(v, 1) ? R_SUBHEAD : R_LIST;
	case SH_LABEL:
		return in_signature(v, 0, r) ? R_SIGNOFF : R_LABEL;
	case SH_HEADING: return R_LABEL;
	case SH_BYLINE: return r->last_role == R_BODY ? R_FOOTER : R_BYLINE;
	case SH_META:
		/* under complete text a stamp closes the item; under text
		 * that was cut off it may as well open the next page */
		if (r->last_role == R_BODY)
			return r->last_cut ? R_META : R_FOOTER;
		return r->last_role == R_FOOTER || r->last_role == R_CREDIT ?
		       R_FOOTER : R_META;
	case SH_CREDIT: return R_CREDIT;
	case SH_SIGNOFF: return R_SIGNOFF;
	case SH_LINK: return R_LINK;
	case SH_UI: return R_UI;
	case SH_LIST: return R_LIST;
	case SH_COMMENTS: return R_COMMENTS;
	}
	return R_UI;
}

/* Remember the line just decided. */
static void note(struct roles *r, const struct wline *l)
{
	if (l->role == R_BLANK)
		return;
	/* A stamp over an item's text: this page's items open with it. */
	if (l->role == R_META && l->shape.shape == SH_META &&
	    r->last_role != R_HEADLINE && r->last_role != R_META &&
	    r->last_role != R_BYLINE && r->last_role != R_DECK &&
	    r->last_role != R_BODY)
		role_remember_pattern(r, l->shape.pattern);
	if (l->role == R_BODY) {
		r->ended = l->para.has_link;
		r->last_cut = role_is_cut(&l->para) && !l->para.broken_gloss;
	} else if (l->role == R_HEADLINE) {
		/* a paragraph cut above a headline is behind it: the
		 * lines under the headline are its item's, not a cut
		 * page's next one */
		r->last_cut = false;
	} else if (l->role == R_FOOTER || l->role == R_LINK ||
		   l->role == R_SIGNOFF || l->role == R_COMMENTS) {
		r->ended = true;
	}
	if (l->role == R_BODY) {
		r->body_run++;
		r->block_open = false;  /* its text has begun */
	} else if (l->role != R_CREDIT) {
		r->body_run = 0;
	}
	/* Paragraphs in a row, an article's: the cards whose caption
	 * opened them are behind, and the paragraph over the next
	 * headline is this text's last, no caption. */
	if (r->body_run >= CARD_TEXT_RUN)
		r->caption_leads = false;
	if (l->role == R_FOOTER)
		r->footer_seen = true;
	r->last_signer = signer_name(l) && r->last_role == R_BODY &&
			 l->gap <= 1 && l->gap == r->last_gap;
	r->last_gap = l->gap;
	r->last_role = l->role;
	r->last_shape = l->shape.shape;
	r->last_text = l->shape.text;
	r->last_bullet = (l->shape.flags & SHF_BULLET) != 0;
	if (l->gap > 0)
		r->glued_run = 1;
	else if (r->glued_run < GLUED_RUN)
		r->glued_run++;
	r->last_opening = l->role == R_BODY && !r->texts && one_sentence(l) &&
			  !r->last_cut;
	if (l->role == R_BODY || l->role == R_HEADLINE)
		r->texts = true;
	r->began = true;
}

/* Bring the lines after w[0] into view, up to the end of the page:
 * before the next page's top, after this one's copyright notice.  A
 * --start marker ends the page as the end of its file would.  What an
 * earlier look gave the lines in view and no block planned is gone. */
static void look_ahead(struct view *v, struct wline **w,
		       struct wline *const *next, size_t nnext)
{
	for (size_t i = 0; i < nnext && i < ROLE_LOOKAHEAD; i++) {
		if (next[i]->shape.flags & SHF_MARKER) {
			v->eof = v->ends = true;
			break;
		}
		if (next[i]->shape.flags & (SHF_TOP | SHF_PAGE)) {
			v->eof = false;
			v->ends = true;
			break;
		}
		w[v->m++] = next[i];
		if (next[i]->shape.flags & SHF_END) {
			v->eof = false;
			v->ends = true;
			break;
		}
	}
	for (size_t k = 1; k < v->m; k++)
		if (!(w[k]->rflags & RF_PLANNED))
			w[k]->rflags = 0;
}

/* Plan what opens at cur, the view's first line: an RSS item, a caption
 * over a header block, or the block.  False when no block was planned
 * (an RSS item's line is decided here all the same, with RF_LEAD). */
static bool plan_at(struct roles *r, const struct view *v, struct wline *cur)
{
	if (flag(cur, SHF_ITEM) && flag(cur, SHF_HEADER)) {
		/* an RSS item's title line: the item starts here */
		cur->role = R_HEADLINE;
		cur->rflags = RF_LEAD | RF_STRONG;
	} else if (is_text(v, 0)) {
		if (flag(cur, SHF_ITEM)) {
			cur->role = R_BODY;
			cur->rflags = RF_LEAD | RF_STRONG;
		} else if (v->m > 1 && !is_text(v, 1)) {
			return header_block_plan_caption(r, v);
		}
	} else if (shape(cur) != SH_FORMFEED) {
		return header_block_plan(r, v) || header_block_plan_label(r, v);
	}
	return false;
}

/* How many paragraphs follow w[0] in a row in the view (captions
 * between them do not count or break the row). */
static unsigned text_after(const struct view *v)
{
	unsigned n = 0;

	for (size_t k = 1; k < v->m; k++) {
		if (is_text(v, k))
			n++;
		else if (shape(v->w[k]) != SH_CREDIT)
			break;
	}
	return n;
}

/* Decide a line that nothing planned: its own role, unless it opens a
 * page or, by this page's layout, an item. */
static void decide_alone(const struct roles *r, const struct view *v,
			 struct wline *cur)
{
	cur->role = own_role(v, r);
	/* A page's metadata line opens the page.  So does a day's date (a
	 * weekday, no time) under an item's text: a page or a day's items
	 * are headed with it; an item's own stamp has a time or no day. */
	if ((flag(cur, SHF_PAGE) ||
	     (flag(cur, SHF_DAY) && cur->role == R_FOOTER)) && r->began) {
		cur->role = R_META;
		cur->rflags |= RF_LEAD | RF_STRONG;
	}
	/* A stamp between two articles (two paragraphs or more above it
	 * and below it), where no stamp has closed an item on this page:
	 * SPEC §2.1 makes a stamp a footer where the page lays out its
	 * items that way, one paragraph and a stamp under it; here it
	 * opens the text under it. */
	if (cur->role == R_FOOTER && shape(cur) == SH_META &&
	    r->body_run >= STAMP_ARTICLE_BODY && !r->footer_seen &&
	    !flag(cur, SHF_SOURCE) && text_after(v) >= STAMP_ARTICLE_BODY) {
		cur->role = R_META;
		cur->rflags |= RF_LEAD | RF_STRONG;
	}
	/* A stamp of the layout that opens this page's items, over text:
	 * it opens the next item. */
	if (shape(cur) == SH_META && r->began &&
	    role_known_pattern(r, cur->shape.pattern) &&
	    !flag(cur, SHF_SOURCE) && v->m > 1 && is_text(v, 1)) {
		cur->role = R_META;
		cur->rflags |= RF_LEAD | RF_STRONG;
	}
}

void role_decide(struct roles *r, struct wline *cur, struct wline *const *next,
		 size_t nnext, bool eof)
{
	struct wline *w[1 + ROLE_LOOKAHEAD];
	struct view v = { w, 1, eof, eof };

	/* A --start marker is the page's own furniture, whatever it looks
	 * like; the lines after it are decided as at a file's start. */
	if (cur->shape.flags & SHF_MARKER) {
		cur->role = R_MARKER;
		cur->rflags = 0;
		role_file(r);
		return;
	}
	if (cur->rflags & RF_PLANNED) {
		/* a line of a header block that repeats the one above it */
		if (cur->shape.text != 0 && cur->shape.text == r->last_text &&
		    shape(cur) != SH_PROSE)
			cur->rflags |= RF_DUP;
		note(r, cur);
		return;
	}
	cur->rflags = 0;
	if (cur->para.blank) {
		cur->role = R_BLANK;
		return;
	}
	/* Furniture that only a page's top holds begins a page, and the
	 * lines from it on are decided as at a file's start (as after a
	 * --start marker): what the page above taught is forgotten before
	 * the line is read, and what the page's own lines teach is kept. */
	if ((cur->shape.flags & SHF_TOP) && r->began)
		role_file(r);
	w[0] = cur;
	look_ahead(&v, w, next, nnext);
	if (!plan_at(r, &v, cur) && !(cur->rflags & RF_LEAD))
		decide_alone(r, &v, cur);
	if (is_dup(&v, 0, r) && shape(cur) != SH_PROSE)
		cur->rflags |= RF_DUP;
	if (attached(&v, 0, r))
		cur->rflags |= RF_ATTACHED;
	note(r, cur);
}
