#include "header_block.h"

enum {
	/* A title of this many words or more is a headline or a deck; a
	 * shorter one in front of another title is a label or a name. */
	HEADLINE_WORDS = 4, DECK_WORDS = 5,
	/* Under a headline, more titles or bulleted lines than these end
	 * its header block. */
	MAX_TITLES_AFTER = 2, MAX_BULLETS_AFTER = 3,
	/* A title this long under a headline, with no stamp or text after
	 * it, is the item's standfirst. */
	STANDFIRST_WORDS = 13,
	/* A caption or preview that opens an item is at most this long. */
	LEAD_CAPTION_WORDS = 40,
	/* UI inside a header block is a button or a player's line; a
	 * notice this long (`… uses tracking technologies to improve your
	 * reading experience …`) closes the page above. */
	FOLLOW_UI_WORDS = 12,
};

/* How well the lines after a title back it as a headline. */
enum support { SUP_NONE, SUP_WEAK, SUP_STRONG, SUP_ITEM };

/* Can the title at k head an item? */
static bool title_like(const struct view *v, size_t k, const struct roles *r)
{
	enum shape sh = shape(v->w[k]);

	if (is_dup(v, k, r))
		return false;
	/* A title cut off heads nothing but the end of the dump. */
	if (flag(v->w[k], SHF_CUTOFF) && !(k + 1 == v->m && v->eof))
		return false;
	/* Nor one cut inside its bracket: the rest of a source line. */
	if (flag(v->w[k], SHF_BRACKET))
		return false;
	/* An item of a bulleted list, after another one, heads nothing. */
	if (flag(v->w[k], SHF_BULLET) &&
	    (k > 0 ? flag(v->w[k - 1], SHF_BULLET) : r->last_bullet))
		return false;
	if (in_signature(v, k, r))
		return false;
	/* A page's title names the page, not the story under it. */
	if (flag(v->w[k], SHF_TOP))
		return false;
	return sh == SH_TITLE ||
	       (sh == SH_HEADING && v->w[k]->para.words <= 12 &&
		!flag(v->w[k], SHF_SUBHEADING));
}

/* A short title of capitalised words right above a stamp or a byline:
 * the item's source (`Taiwan News`, `The Straits Times`). */
static bool source_line(const struct view *v, size_t k)
{
	const struct wline *l = v->w[k];

	if (l->para.words > 5 || k + 1 >= v->m ||
	    !(flag(l, SHF_NAME) || flag(l, SHF_TITLECASE)))
		return false;
	return shape(v->w[k + 1]) == SH_META;
}

/* Is the paragraph at k a standfirst: one paragraph under a headline,
 * followed by a byline or an article's stamp before any other text (a
 * source line, furniture or a caption may sit between)? */
static bool standfirst(const struct view *v, size_t k)
{
	if (v->w[k]->para.words > 45 || flag(v->w[k], SHF_ITEM) ||
	    v->w[k]->para.has_link)
		return false;
	for (size_t i = k + 1; i < v->m && i <= k + 4; i++) {
		const struct wline *l = v->w[i];
		if (shape(l) == SH_BYLINE ||
		    (shape(l) == SH_META && flag(l, SHF_HEADER)))
			return true;
		if (shape(l) == SH_TITLE && (source_line(v, i) ||
					     l->shape.text == v->w[i - 1]->shape.text))
			continue;
		if (shape(l) != SH_UI && shape(l) != SH_CREDIT)
			return false;
	}
	return false;
}

/* A long title under a headline with no stamp or text after it: the
 * item's standfirst, its only text (`Eight lines will run until 1 a.m.
 * …` under `Shanghai Metro Adds …`, then the next headline). */
static bool standfirst_title(const struct view *v, size_t k)
{
	if (v->w[k]->para.words < STANDFIRST_WORDS)
		return false;
	if (flag(v->w[k], SHF_BULLET))
		return false;
	if (k + 1 == v->m)
		return v->ends;
	enum shape n = shape(v->w[k + 1]);
	if (n == SH_TITLE && source_line(v, k + 1))
		return false;
	/* a stamp closing the item, then the next title */
	if (n == SH_META && !flag(v->w[k + 1], SHF_HEADER) && k + 2 < v->m)
		n = shape(v->w[k + 2]);
	return n == SH_TITLE || n == SH_LABEL || n == SH_HEADING;
}

/* What the lines under a title hold, up to its text. */
struct under {
	unsigned titles, bullets;
	bool meta;              /* a stamp */
	bool time;              /* a timestamp of its own, not an article's */
	bool header;            /* an article's stamp */
	bool byline, link;
	bool deck;              /* a standfirst, or a kicker and its deck */
};

/* What a line under a headline does to its header block: the block goes
 * on, or ends before it, or ends with it (a standfirst title, the item's
 * only text). */
enum step { STEP_ON, STEP_STOP, STEP_STANDFIRST };

/* A title or heading at k under the headline at h.  After a stamp or a
 * byline, a title is the next item's; a duplicate of the headline is
 * not, nor a source right above the stamp (`Taiwan News` / `Date: …`). */
static enum step title_under(const struct view *v, size_t h, size_t k,
			     const struct roles *r, struct under *u)
{
	const struct wline *l = v->w[k];

	if (is_dup(v, k, r) || l->shape.text == v->w[h]->shape.text)
		return STEP_ON;
	if (flag(l, SHF_BULLET) && l->para.words <= 3)
		return STEP_ON;         /* a bulleted label: `• The Star` */
	if (!u->meta && !u->byline && source_line(v, k))
		return STEP_ON;
	/* a deck in bullets */
	if (flag(l, SHF_BULLET) && !u->meta && !u->byline)
		return ++u->bullets > MAX_BULLETS_AFTER ? STEP_STOP : STEP_ON;
	if (u->titles == 0 && !u->meta && !u->byline && !u->deck &&
	    standfirst_title(v, k))
		return STEP_STANDFIRST;
	return u->meta || u->byline || u->link || u->deck ||
	       ++u->titles > MAX_TITLES_AFTER ? STEP_STOP : STEP_ON;
}

/* Does the separator at k part two items: a title below it, before
 * any text, or no text in view?  Between a headline and its text with
 * no title between (a counter's `$` / `0` / `0` over the text), it
 * parts nothing. */
static bool parts_items(const struct view *v, size_t k)
{
	for (k++; k < v->m && !is_text(v, k); k++)
		if (shape(v->w[k]) == SH_TITLE || shape(v->w[k]) == SH_HEADING)
			return true;
	return k == v->m;
}

/* The line at k, not a paragraph, under the headline at h. */
static enum step line_under(const struct view *v, size_t h, size_t k,
			    const struct roles *r, struct under *u)
{
	const struct wline *l = v->w[k];

	switch (shape(l)) {
	case SH_TITLE: case SH_HEADING:
		return title_under(v, h, k, r, u);
	case SH_PROSE:          /* a kicker and its deck, alone */
		u->deck = true;
		return STEP_ON;
	case SH_LIST:
		/* a post's tags, under its title (a blog's) */
		if (flag(l, SHF_TAGS))
			return STEP_ON;
		return !flag(l, SHF_BULLET) ||
		       ++u->bullets > MAX_BULLETS_AFTER ? STEP_STOP : STEP_ON;
	case SH_LABEL:
		if (flag(l, SHF_SEPARATOR))
			return parts_items(v, k) ? STEP_STOP : STEP_ON;
		/* a section's label over the text, under a dated title
		 * (`CPA Update Issue June 2025` / `30 Jun 2025` / `In the
		 * Spotlight`): the page's header; over a list's first
		 * headline, the list's */
		if (flag(l, SHF_LISTLABEL))
			return u->meta && k + 1 < v->m && is_text(v, k + 1) ?
			       STEP_ON : STEP_STOP;
		return STEP_ON;
	case SH_META:
		if (flag(l, SHF_PAGE))
			return STEP_STOP;       /* the next page */
		/* a day's date under the item's own stamp: over the next
		 * page or the next day's items */
		if (flag(l, SHF_DAY) && u->meta)
			return STEP_STOP;
		u->meta = true;
		u->header |= flag(l, SHF_HEADER);
		u->time |= (flag(l, SHF_TIME) || flag(l, SHF_SOURCE)) &&
			   !flag(l, SHF_HEADER);
		return STEP_ON;
	case SH_BYLINE:
		u->byline = true;
		return STEP_ON;
	case SH_LINK:
		u->link = true;
		return STEP_ON;
	case SH_UI: case SH_CREDIT:
		return STEP_ON;
	default:
		return STEP_STOP;
	}
}

/* How well the lines under the title at h back it, given what they hold
 * (u), its paragraph (text, or v->m) and where its block ends (k). */
static enum support backing(const struct view *v, size_t h,
			    const struct roles *r, const struct under *u,
			    size_t text, size_t k)
{
	if (text < v->m) {
		const struct para *p = &v->w[text]->para;
		if (u->meta || u->byline || u->link || u->deck ||
		    p->dateline > 0 || p->kicker > 0 || p->has_link)
			return SUP_STRONG;
		return SUP_WEAK;
	}
	if (u->deck)
		return SUP_STRONG;      /* the standfirst is its text */
	/* No paragraph in view: a headline-only item when a timestamp, a
	 * byline or a link backs it and the item ends in view. */
	if ((u->time || u->link) && (k < v->m || v->ends))
		return SUP_ITEM;
	if (u->byline && k < v->m)
		return SUP_STRONG;      /* an article's header, text below */
	/* A header block that ends the file: the dump was cut before its
	 * text (`■ Transport` / `Ferry servi`); a title alone under text
	 * only when it was cut too (`Council vote dela`), not a signature. */
	if (k == v->m && v->eof && v->w[k - 1]->eol == 0 &&
	    (h > 0 || r->last_role != R_BODY || flag(v->w[h], SHF_CUTOFF)))
		return SUP_ITEM;
	if ((u->header || u->byline) && k == v->m && !v->ends)
		return SUP_STRONG;      /* its text may be past the view */
	return SUP_NONE;
}

/* What follows the title at h, up to the first paragraph (index *text,
 * or v->m when there is none in view): *end is one past the last line
 * that belongs to the title's item. */
static enum support support_of(const struct view *v, size_t h,
			       const struct roles *r, size_t *text, size_t *end)
{
	struct under u = { 0 };
	size_t k;

	*text = v->m;
	for (k = h + 1; k < v->m; k++) {
		if (is_text(v, k)) {
			if (!u.deck && standfirst(v, k)) {
				u.deck = true;
				continue;
			}
			*text = k;
			break;
		}
		enum step step = line_under(v, h, k, r, &u);
		if (step == STEP_STANDFIRST) {
			*end = k + 1;
			return SUP_STRONG;
		}
		if (step == STEP_STOP)
			break;
	}
	*end = k;
	return backing(v, h, r, &u, *text, k);
}

/* The first paragraph in view, or v->m. */
static size_t first_text(const struct view *v)
{
	for (size_t k = 0; k < v->m; k++)
		if (is_text(v, k) || shape(v->w[k]) == SH_FORMFEED)
			return k;
	return v->m;
}

/* Is the title at k glued under text, or under the line that closed
 * the text (a wire's `(END)`, a reporter's e-mail), with its own text
 * right below it or a byline, stamp, source line or standfirst backing
 * it (a page pasted under the one above, not alt text under a card)? */
static bool after_text(const struct view *v, size_t k, const struct roles *r,
		       size_t text, enum support s)
{
	bool above = k > 0 ? is_text(v, k - 1) ||
			     shape(v->w[k - 1]) == SH_SIGNOFF :
			     r->last_role == R_BODY || r->last_role == R_SIGNOFF;
	if (!above || k + 1 >= v->m)
		return false;
	if (text == k + 1)
		return true;
	/* backed by the next line itself, not by a title further down
	 * (a caption glued under a teaser, then the next headline) */
	enum shape n = shape(v->w[k + 1]);
	return s == SUP_STRONG && (n == SH_BYLINE || n == SH_META ||
				   source_line(v, k + 1) ||
				   standfirst_title(v, k + 1));
}

/* A title and how the lines under it back it. */
struct pick {
	size_t h;               /* the title, or v->m for none */
	enum support sup;
	size_t end;             /* one past the last line of its block */
};

/* The first title before the paragraph at j that a byline, stamp or
 * link backs, or none; a short one in front of another title is a label
 * or a name, and alt text glued under the teaser above is not a
 * headline.  *weak is the last title before it that only its paragraph
 * backs. */
static struct pick strongly_backed(const struct view *v, size_t j,
				   const struct roles *r, struct pick *weak)
{
	for (size_t k = 0; k < j; k++) {
		if (!title_like(v, k, r))
			continue;
		size_t text, e;
		enum support s = support_of(v, k, r, &text, &e);
		if (s == SUP_NONE)
			continue;
		if (s == SUP_WEAK) {
			*weak = (struct pick){ k, SUP_WEAK, e };
			continue;
		}
		bool shortish = v->w[k]->para.words < HEADLINE_WORDS &&
				k + 1 < j && title_like(v, k + 1, r);
		if (shortish || (attached(v, k, r) &&
				 !after_text(v, k, r, text, s)))
			continue;
		return (struct pick){ k, s, e };
	}
	return (struct pick){ v->m, SUP_NONE, 0 };
}

/* A short title with only a stamp after it, then a title with text: the
 * stamp opens the second item (`stamp / headline / teaser`), and p
 * becomes the second title — unless the stamp sits under the first
 * title and a blank line parts it from the second. */
static void stamp_opens_second(const struct view *v, size_t j,
			       const struct roles *r, struct pick *p)
{
	size_t second = p->end;

	if (p->sup != SUP_ITEM || second >= j ||
	    v->w[p->h]->para.words >= HEADLINE_WORDS ||
	    !title_like(v, second, r) || second <= p->h + 1)
		return;
	if (v->w[second - 1]->gap == 0 && v->w[second]->gap > 0)
		return;
	for (size_t k = p->h + 1; k < second; k++)
		if (shape(v->w[k]) != SH_META || flag(v->w[k], SHF_SOURCE))
			return;
	size_t text, e;
	enum support s = support_of(v, second, r, &text, &e);
	if (s == SUP_WEAK || s == SUP_STRONG)
		*p = (struct pick){ second, s, e };
}

/* Which title heads the block before the paragraph at j?  One backed by
 * a byline, stamp or link first (a longer one after a short one wins);
 * else the last title before the paragraph. */
static size_t pick_headline(const struct view *v, size_t j,
			    const struct roles *r, enum support *sup,
			    size_t *end)
{
	struct pick weak = { v->m, SUP_NONE, 0 };
	struct pick p = strongly_backed(v, j, r, &weak);

	if (p.h < v->m)
		stamp_opens_second(v, j, r, &p);
	else
		p = weak;
	*sup = p.sup;
	*end = p.end;
	return p.h;
}

/* A stamp under a complete sentence, the file's first paragraph with no
 * headline above it (site furniture may be), over a headline: a card's
 * (`caption / date / headline / teaser`), whose photo caption opens it.
 * There is no item above it to close. */
static bool card_stamp(size_t k, const struct roles *r)
{
	return k == 0 && r->last_opening;
}

/* How a line may open the next item rather than close the one above. */
enum lead { LEAD_NO, LEAD_ENDED, LEAD_LAYOUT };

/* LEAD_LAYOUT: by its shape, or because this page's items open that way
 * (a stamp, a caption, a section line seen opening one before);
 * LEAD_ENDED: only because the text above was cut off or closed by a
 * footer or link.  ended says which it was. */
static enum lead may_lead(const struct view *v, size_t k,
			  const struct roles *r, bool ended)
{
	const struct wline *l = v->w[k];

	/* what only a page's top holds leads the page's first item */
	if (flag(l, SHF_TOP))
		return LEAD_LAYOUT;
	switch (shape(l)) {
	case SH_HEADING:
		return flag(l, SHF_SUBHEADING) ? LEAD_NO : LEAD_LAYOUT;
	case SH_LABEL:
		/* not a name in capitals that signs the letter above */
		return in_signature(v, k, r) ? LEAD_NO : LEAD_LAYOUT;
	case SH_META:
		/* a page's metadata line, a stamp of the layout that opened
		 * items before, an age above a card (`14h`), the day's date
		 * over a page or a day's items (`Mon, Jan 27, 2025`) */
		if (flag(l, SHF_PAGE) || flag(l, SHF_AGE) || flag(l, SHF_DAY) ||
		    (role_known_pattern(r, l->shape.pattern) &&
		     !flag(l, SHF_SOURCE)) || card_stamp(k, r))
			return LEAD_LAYOUT;
		return LEAD_NO;
	case SH_CREDIT:
		if (r->caption_leads)
			return LEAD_LAYOUT;
		return ended ? LEAD_ENDED : LEAD_NO;
	case SH_TITLE:
		/* a section or author line, where items open that way; not
		 * the rest of a source line the dump cut (`[South China Mor`) */
		if (is_dup(v, k, r) || flag(l, SHF_BRACKET))
			return LEAD_NO;
		if (r->title_leads && l->para.words <= HEADLINE_WORDS)
			return LEAD_LAYOUT;
		/* a short line the spacing sets apart from the glued lines
		 * above it: the next page's section or site line */
		if (l->para.words <= HEADLINE_WORDS && set_apart(v, k, r))
			return LEAD_LAYOUT;
		/* one word apart from the text above, glued over the line
		 * under it: a section label (`ニュース`), not a caption */
		if (l->para.words == 1 && l->gap > 0 && k + 1 < v->m &&
		    v->w[k + 1]->gap == 0)
			return LEAD_LAYOUT;
		return ended ? LEAD_ENDED : LEAD_NO;
	case SH_BYLINE:
		return ended && !is_dup(v, k, r) ? LEAD_ENDED : LEAD_NO;
	case SH_UI:
		return LEAD_NO;
	default:
		return LEAD_NO;
	}
}

/* The role of a line that closes the item above. */
static enum role closing_role(const struct wline *l)
{
	switch (shape(l)) {
	case SH_META: case SH_BYLINE: return R_FOOTER;
	case SH_TITLE: return flag(l, SHF_NAME) ? R_SIGNOFF : R_CREDIT;
	case SH_CREDIT: return R_CREDIT;
	case SH_LINK: return R_LINK;
	case SH_SIGNOFF: return R_SIGNOFF;
	case SH_LIST: return R_LIST;
	case SH_COMMENTS: return R_COMMENTS;
	case SH_LABEL: case SH_HEADING: return R_LABEL;
	default: return R_UI;
	}
}

/* Can the line sit inside a header block that began above it (a stamp,
 * a byline, a share button under a label, a short title among them: a
 * site's or section's name, a tag, an author, a search's terms)? */
static bool may_follow(const struct view *v, size_t k, const struct roles *r)
{
	switch (shape(v->w[k])) {
	case SH_META: case SH_BYLINE: case SH_CREDIT:
		return true;
	case SH_UI:
		return v->w[k]->para.words <= FOLLOW_UI_WORDS;
	case SH_LIST:
		return flag(v->w[k], SHF_BULLET);
	case SH_TITLE:
		return v->w[k]->para.words <= HEADLINE_WORDS || is_dup(v, k, r);
	default:
		return is_dup(v, k, r);
	}
}

/* Where the lines that lead the headline at h begin: at the first line
 * that may open an item, when every line after it up to the headline
 * may open one or sit inside one.  The lines above close the item
 * above; so does a title glued under one of them and parted from what
 * follows by a blank line (alt text under a card). */
static size_t leaders(const struct view *v, size_t h, const struct roles *r)
{
	bool ended = r->ended || r->last_cut;
	size_t start = h;

	for (size_t k = 0; k < h; k++) {
		if (start == h) {
			/* Glued under the text above, a line opens the next
			 * item only by this page's layout, or after text
			 * that was cut off. */
			enum lead lead = may_lead(v, k, r, ended);
			bool glued = attached(v, k, r) && lead != LEAD_LAYOUT &&
				     !(k == 0 && r->last_cut);
			if (lead != LEAD_NO && !is_dup(v, k, r) && !glued) {
				start = k;
				continue;
			}
			enum role cr = closing_role(v->w[k]);
			ended |= cr == R_FOOTER || cr == R_LINK ||
				 shape(v->w[k]) == SH_SIGNOFF;
		} else if (may_lead(v, k, r, ended) == LEAD_NO &&
			   !may_follow(v, k, r)) {
			start = h;      /* the run broke: start again */
			k--;
		}
	}
	return start;
}

/* The role of a line of a header block, before its headline. */
static enum role leading_role(const struct wline *l)
{
	switch (shape(l)) {
	case SH_META: return R_META;
	case SH_BYLINE: return R_BYLINE;
	case SH_CREDIT: case SH_PROSE: return R_CREDIT;
	case SH_UI: return R_UI;
	case SH_LIST: return R_LIST;
	case SH_LINK: return R_LINK;
	default: return R_LABEL;
	}
}

/* The role of a line of a header block after its headline. */
static enum role trailing_role(const struct view *v, size_t k,
			       const struct roles *r, bool *deck)
{
	const struct wline *l = v->w[k];

	switch (shape(l)) {
	case SH_PROSE:
		return R_DECK;  /* a standfirst */
	case SH_TITLE:
		if (is_dup(v, k, r))
			return R_DECK;
		if (!*deck && l->para.words >= DECK_WORDS && !flag(l, SHF_NAME)) {
			*deck = true;
			return R_DECK;
		}
		return R_META;  /* a source or author line */
	case SH_LIST:
		return flag(l, SHF_BULLET) ? R_DECK : R_LIST;
	case SH_META: return R_META;
	case SH_BYLINE: return R_BYLINE;
	case SH_UI: return R_UI;
	case SH_CREDIT: return R_CREDIT;
	case SH_LINK: return R_LINK;
	default: return R_LABEL;
	}
}

static void set(struct wline *l, enum role role, uint8_t flags)
{
	l->role = role;
	l->rflags = (uint8_t)(flags | RF_PLANNED);
}

/* Decide the header block that opens at w[0], if its lines lead to a
 * headline; false when there is none. */
bool header_block_plan(struct roles *r, const struct view *v)
{
	size_t j = first_text(v), end = 0;
	enum support sup = SUP_NONE;
	size_t h = pick_headline(v, j, r, &sup, &end);

	if (h == v->m)
		return false;
	size_t start = r->began ? leaders(v, h, r) : 0;
	/* Lines before the headline: the first that may lead opens the
	 * block; the ones before it close the item above, or go on with
	 * the header block planned last, when that one ran on past the
	 * lines it was planned in view of (a page's title and byline at
	 * the bottom of the view, its stamp and deck below it). */
	bool open_deck = false;
	for (size_t k = 0; k < start; k++)
		set(v->w[k], r->block_open ?
			     trailing_role(v, k, r, &open_deck) :
			     closing_role(v->w[k]), 0);
	for (size_t k = start; k < h; k++) {
		set(v->w[k], leading_role(v->w[k]), 0);
		if (shape(v->w[k]) == SH_META)
			role_remember_pattern(r, v->w[k]->shape.pattern);
	}
	/* An item that opens with a short title above its headline (a
	 * section, an author): remember the layout. */
	if (start < h && shape(v->w[start]) == SH_TITLE &&
	    v->w[start]->para.words <= HEADLINE_WORDS)
		r->title_leads = true;
	/* One that opens at its headline, right under text: no longer. */
	else if (start == h && h == 0 && r->last_role == R_BODY)
		r->title_leads = r->caption_leads = false;
	/* An item that opens with a caption: remember the layout. */
	if ((start < h && shape(v->w[start]) == SH_CREDIT) ||
	    (start == h && h > 0 && shape(v->w[h - 1]) == SH_CREDIT &&
	     v->w[h - 1]->gap > 0 && h == 1 && !r->ended))
		r->caption_leads = true;
	set(v->w[h], R_HEADLINE, 0);
	r->block_open = end == v->m && !v->ends;   /* more may be below */
	bool deck = false;
	for (size_t k = h + 1; k < end; k++)
		set(v->w[k], trailing_role(v, k, r, &deck),
		    k == end - 1 && k == h + 1 && standfirst_title(v, k) ?
		    RF_TEXT : 0);
	/* A header block that opens with a label, a separator or a line
	 * of this page's item layout is an item however little backs its
	 * headline. */
	if (sup == SUP_WEAK && start < h &&
	    may_lead(v, start, r, true) == LEAD_LAYOUT)
		sup = SUP_STRONG;
	static const uint8_t support_flag[] = {
		[SUP_NONE] = 0, [SUP_WEAK] = RF_WEAK, [SUP_STRONG] = RF_STRONG,
		[SUP_ITEM] = RF_ITEM,
	};
	v->w[start]->rflags |= RF_LEAD | support_flag[sup];
	return true;
}

/* The block planned from w[1] opens at w[0] instead, in role: w[1]'s
 * lead and its backing move up to it. */
static void lead_from_below(const struct view *v, enum role role)
{
	uint8_t lead = v->w[1]->rflags & (RF_LEAD | RF_STRONG | RF_WEAK | RF_ITEM);

	v->w[1]->rflags &= (uint8_t)~lead;
	set(v->w[0], role, lead);
}

/* A caption or a one-sentence preview right above a header block opens
 * the item, on a page whose items open that way (or whose first item
 * did: a lone paragraph between furniture and its header block). */
bool header_block_plan_caption(struct roles *r, const struct view *v)
{
	const struct wline *l = v->w[0];

	/* A caption that leads a card is a whole sentence: a line that
	 * ends in none is where the dump cut the page (`Second chip plant
	 * in Kumamoto to`), or no caption. */
	if (v->m < 2 || is_text(v, 1) || l->para.words > LEAD_CAPTION_WORDS ||
	    !l->para.ends_sentence)
		return false;
	/* On the first item: a lone paragraph between furniture and a
	 * label or stamp that heads the item. */
	enum shape next = shape(v->w[1]);
	if (next != SH_LABEL && next != SH_META && next != SH_TITLE &&
	    next != SH_HEADING && next != SH_BYLINE)
		return false;   /* a caption below is the item's, not this */
	bool furniture = r->last_role == R_LABEL || r->last_role == R_UI ||
			 r->last_role == R_LIST;
	bool lone = furniture && (shape(v->w[1]) == SH_META ||
				 (shape(v->w[1]) == SH_LABEL &&
				  !flag(v->w[1], SHF_SEPARATOR)));
	if (!r->caption_leads && !lone)
		return false;
	struct view rest = { v->w + 1, v->m - 1, v->eof, v->ends };
	struct roles probe = *r;
	/* A stamp of this page's items over the text: the caption above
	 * it opens the item. */
	if (shape(v->w[1]) == SH_META && r->caption_leads && v->m > 2 &&
	    is_text(v, 2) && role_known_pattern(r, v->w[1]->shape.pattern) &&
	    !flag(v->w[1], SHF_SOURCE)) {
		set(v->w[0], R_CREDIT, RF_LEAD | RF_STRONG);
		set(v->w[1], R_META, 0);
		return true;
	}
	if (!header_block_plan(&probe, &rest) || !(v->w[1]->rflags & RF_LEAD)) {
		/* undo what the probe planned */
		for (size_t k = 1; k < v->m; k++)
			v->w[k]->rflags = 0;
		return false;
	}
	*r = probe;
	lead_from_below(v, R_CREDIT);
	r->caption_leads = true;
	return true;
}

bool header_block_plan_label(struct roles *r, const struct view *v)
{
	if (v->m < 3 || shape(v->w[0]) != SH_LABEL ||
	    flag(v->w[0], SHF_SEPARATOR) || !is_text(v, 1))
		return false;
	struct view rest = { v->w + 1, v->m - 1, v->eof, v->ends };
	struct roles probe = *r;
	probe.last_role = R_LABEL;
	if (!header_block_plan_caption(&probe, &rest))
		return false;
	*r = probe;
	lead_from_below(v, R_LABEL);
	return true;
}
