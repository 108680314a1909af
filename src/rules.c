#include "rules.h"

#include <math.h>
#include <string.h>

#include "role.h"
#include "text.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* rule_topic_shift: the valley (topic.h) a topic shift takes, and the
 * part of it a lede's shape stands for: e^5.5, about 250 times less
 * shared across the line than within each side, or e^4 for a lede.
 *
 * A valley of e^4 is enough for a wire story's lede (the news, its
 * time, then who told it: LEDE_ATTRIBUTED), which names its own topic
 * so fully that a word or two it shares with the paragraph above are
 * chance.  And for a paragraph that stands apart: it shares next to
 * nothing with the paragraph right before it (topic_tie below
 * TOPIC_APART_TIE), where an article's next paragraph goes on with a
 * name or a word of the last one, and it is tied to the paragraph
 * right after it (TOPIC_NEXT_TIE at least), as a lede is to the second
 * paragraph of its article.  The last paragraph of an article, over the
 * text of the next one, is not tied to that.  Where a caption, a stamp
 * or a title stands between the paragraph and the next text (a card:
 * caption, date, headline, text), the tie must reach TOPIC_PAST_TIE:
 * past them may be the next page, and a few words shared with it are
 * chance.
 *
 * Under a story of one paragraph (a brief whose headline the feed's
 * dump stripped), the valley has little to measure from: only that
 * test holds there, for a paragraph that opens as a lede, right under a
 * paragraph of a lede's length (LEDE_MIN_WORDS: not a pull quote or a
 * kicker; no title between, which would be a header's business), and
 * not itself cut off (a promo's lede, then the cut start of its next
 * paragraph). */
#define TOPIC_DEPTH 5.5
#define TOPIC_LEDE 1.5
#define TOPIC_APART_DEPTH 4.0
#define TOPIC_APART_TIE 0.03
#define TOPIC_NEXT_TIE 0.01
#define TOPIC_PAST_TIE 0.05
#define TOPIC_CARD_TIE 0.1

enum {
	/* rule_topic_shift: body paragraphs the story needs first, and
	 * the words of one that is the story's only paragraph. */
	TOPIC_MIN_BODY = 1, LEDE_MIN_WORDS = 15,
	/* A title that only a paragraph backs starts a story on a topic
	 * the story has not touched, after TITLE_MIN_BODY paragraphs: 1 in
	 * TITLE_SHARED_DIV words shared. */
	TITLE_MIN_BODY = 3, TITLE_SHARED_DIV = 5, TITLE_TEXT_WORDS = 20,
	TITLE_MIN_DISTINCT = 8,
	/* rule_cut_text: a paragraph cut this long, and one this long after
	 * it, are two pages pasted where the first was cut off. */
	CUT_MIN_WORDS = 8, NEXT_MIN_WORDS = 8,
	/* rule_spacing: paragraphs parted by blank lines, in a row,
	 * before a glued one. */
	SPACING_PARTED = 3,
	/* caption_above: a card's caption has at most this many
	 * words. */
	CARD_CAPTION_WORDS = 40,
	/* photo_above: a credit alone (`Photo: Reuters`, `CNA file
	 * photo`) has at most this many words; a caption that says what
	 * the photo shows has more. */
	BARE_CREDIT_WORDS = 6,
	/* A story in a new script takes this many characters of text. */
	SCRIPT_MIN_CHARS = 30,
	SCRIPT_TEXTS = 2,       /* ... in one of this many paragraphs */
	/* A paragraph this short without a sentence end is a tagline or a
	 * caption, not a teaser that was cut off. */
	BLURB_MIN_WORDS = 10,
	/* rule_subject_lede: an encyclopedia's lede names its subject in
	 * NAME_WORDS words at most, its parenthesis within NAME_LEDE_BYTES
	 * bytes. */
	NAME_WORDS = 6, NAME_LEDE_BYTES = 120,
	/* A wiki's footnote mark (`[a]`, `[12]`) takes this many bytes at
	 * most. */
	FOOTNOTE_BYTES = 6,
	/* A brief's headline has this many words (not a channel's name). */
	BRIEF_HEADLINE_WORDS = 4,
	/* rule_list_item: headless one-paragraph stories before this one,
	 * and the share of the new text's words (1 in LIST_SHARED_DIV) the
	 * item above may have used. */
	LIST_RUN = 2, LIST_SHARED_DIV = 4,
	/* rule_item_text: headline-only items in a row before this one. */
	ITEM_RUN = 2,
};

/* rule_list_item: an item's paragraph ties to the item above less than
 * this (topic.h: unrelated paragraphs measure below 0.1 nearly always,
 * an article's next paragraph often above). */
static const double LIST_TIE = 0.15;

/* Discourse connectives never open a story (SPEC §2.1). */
static const char *const connectives[] = {
	"Additionally,", "Also,", "At the same time,", "Elsewhere,",
	"However,", "In a related development,", "In addition,",
	"In other developments,", "In other news,", "In related news,",
	"Meanwhile,", "Separately,", "Similarly,",
};

static const struct line *last_body(const struct rule_ctx *c)
{
	size_t i = c->sf->last_body;

	return i == NO_LINE ? NULL : &c->st->lines[i];
}

static bool body_cut(const struct line *l)
{
	return l != NULL && line_is_cut(l) && !line_broken_gloss(l);
}

bool sofar_begun(const struct sofar *sf)
{
	return sf->body > 0 || sf->headlines > 0 || sf->decks > 0;
}

static bool opens_with_connective(const struct rule_ctx *c)
{
	if (c->len == 0 || c->text[c->len - 1] == ':')
		return false;
	for (size_t i = 0; i < LEN(connectives); i++)
		if (text_prefix_ci(c->text, c->len, connectives[i]) &&
		    (c->text[0] | 0x20) == (connectives[i][0] | 0x20))
			return true;
	return false;
}

/* Does the paragraph's text open as a new paragraph, not the rest of a
 * sentence split around a caption, a quotation or a connective?  Asked
 * of a line ahead too, before it has its role. */
static bool opens_fresh(const struct rule_ctx *c)
{
	const struct para *p = &c->cur->para;

	return !p->starts_lower && !p->quotation && !opens_with_connective(c);
}

/* Is the line a body paragraph that reads as a new paragraph? */
static bool fresh_text(const struct rule_ctx *c)
{
	return c->cur->role == R_BODY && opens_fresh(c);
}

/* Can the line open a story at all?  Furniture, footers, credits that
 * lead nothing, links, duplicates and sign-offs never do. */
static bool can_open(const struct rule_ctx *c)
{
	const struct wline *l = c->cur;

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
static bool rule_formfeed(const struct rule_ctx *c)
{
	return c->sf->after_formfeed;
}

/* §2.1.6: a --start pattern matched the line (the segmenter tested it
 * as it came in). */
static bool rule_pattern(const struct rule_ctx *c)
{
	return (c->cur->shape.flags & SHF_MARKER) != 0;
}

/* The next non-blank line after the line, if it has been read. */
static const struct wline *next_line(const struct rule_ctx *c)
{
	return c->nnext > 0 ? c->next[0] : NULL;
}

/* A title no header block took: a list line, or one read as a caption
 * or a signature under the text above.  After a story that ended, it is
 * the next item's. */
static bool loose_title(const struct wline *l)
{
	return l->shape.shape == SH_TITLE &&
	       (l->role == R_LIST || l->role == R_CREDIT || l->role == R_SIGNOFF);
}

/* Can the line open the story after one that a teaser link ended? */
static bool after_link(const struct rule_ctx *c)
{
	const struct wline *l = c->cur;

	if (l->rflags & RF_DUP)
		return false;
	/* a label or a title in front of the next item (SPEC §2.1: labels
	 * before a headline belong to the story they precede) right
	 * under the link, not over the page's closing furniture */
	if (c->sf->prev == c->sf->last_link &&
	    (l->role == R_LABEL || loose_title(l))) {
		const struct wline *n = next_line(c);
		return n == NULL || (n->shape.shape != SH_UI &&
				     n->shape.shape != SH_LINK);
	}
	return can_open(c) && (l->rflags & RF_LEAD || l->role == R_BODY);
}

/* §2.1.3: the story's only paragraph was cut off, or a teaser link ended
 * it (a link ends any story): the next line that is not furniture opens
 * the next one — unless it goes on with a sentence split around a
 * caption. */
static bool rule_after_blurb(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct line *l = last_body(c);

	/* A link ends a blurb; after it only an item opens: its header
	 * block or its text. */
	if (sf->link)
		return sf->body <= 1 && after_link(c);
	/* A standfirst that is the item's only text, cut off. */
	if (sf->body == 0 && sf->last_deck != NO_LINE &&
	    line_is_cut(&c->st->lines[sf->last_deck]))
		return c->cur->rflags & RF_LEAD && !(c->cur->rflags & RF_DUP);
	if (sf->body != 1 || !body_cut(l) || sf->caption_after ||
	    line_words(l) < BLURB_MIN_WORDS)
		return false;
	/* The dump cut the page: what comes next is the next page's, its
	 * furniture and the day's date over it too. */
	if (c->cur->role == R_UI ||
	    (c->cur->shape.shape == SH_META &&
	     (c->cur->shape.flags & (SHF_DAY | SHF_BULLET | SHF_PAGE))))
		return true;
	/* A list line, or a title no text backs, after the cut: the next
	 * page's (a title glued under the cut text is no caption of it) */
	if ((c->cur->role == R_LIST || loose_title(c->cur)) &&
	    !(c->cur->rflags & RF_DUP))
		return true;
	if (!can_open(c))
		return false;
	return c->cur->role != R_BODY || fresh_text(c);
}

/* §2.1.3 for an article of several paragraphs that a teaser link ended
 * (`[FULL  STORY]` after an excerpt): tried after the headline, kicker
 * and dateline rules, so the boundary names the line's own shape when it
 * has one. */
static bool rule_after_link(const struct rule_ctx *c)
{
	return c->sf->link && after_link(c);
}

/* How much of the text after the line (its own and the next
 * paragraph's) the story has used. */
static struct overlap overlap_after(const struct rule_ctx *c)
{
	struct sofar *sf = c->sf;
	const uint8_t *text[2];
	size_t len[2], n = 0;

	/* The vocabulary is built only now, from the lines not yet in it:
	 * most stories never reach here, and each line is added once. */
	for (; sf->vocab_upto < c->index; sf->vocab_upto++) {
		const struct line *l = &c->st->lines[sf->vocab_upto];
		struct text_bounds b;
		if (l->role != R_BODY)
			continue;
		line_bounds(c->st, l, &b);
		vocab_add(&sf->vocab, line_text(c->st, l) + b.begin,
			  b.text_end - b.begin);
	}
	for (size_t k = 0; k <= c->nnext && n < 2; k++) {
		const struct wline *w = k == 0 ? c->cur : c->next[k - 1];
		if (k > 0 && w->shape.shape != SH_PROSE)
			continue;
		text[n] = line_text(c->st, &c->st->lines[w->idx]) + w->para.begin;
		len[n++] = w->para.text_end - w->para.begin;
	}
	/* One stem the story has used twice says no: stop counting there. */
	return vocab_compare_until_recurring(&sf->vocab, &sf->seen, text, len, n);
}

/* The next paragraph after the line, or NULL. */
static const struct wline *next_text(const struct rule_ctx *c)
{
	for (size_t k = 0; k < c->nnext; k++)
		if (c->next[k]->shape.shape == SH_PROSE)
			return c->next[k];
	return NULL;
}

/* Is the paragraph l long, and in another script than every body
 * paragraph of a story that has two (an English article, then a post
 * in Chinese)? */
static bool in_other_script(const struct sofar *sf, const struct wline *l)
{
	if (sf->body < 2 || l->para.end - l->para.begin < 3 * SCRIPT_MIN_CHARS)
		return false;
	bool cjk = (l->shape.flags & SHF_CJK) != 0;
	return cjk ? sf->cjk_body == 0 : sf->latin_body == 0;
}

/* Is the text after the line in another script than the story's (a blog
 * post in Chinese after one in English)?  A paragraph too short to tell
 * (`HUAT AH!` under a post's title) does not decide: the one after it
 * does. */
static bool script_changes(const struct rule_ctx *c)
{
	unsigned seen = 0;

	for (size_t k = 0; k < c->nnext && seen < SCRIPT_TEXTS; k++) {
		const struct wline *n = c->next[k];
		if (n->shape.shape != SH_PROSE)
			continue;
		if (n->para.end - n->para.begin >= 3 * SCRIPT_MIN_CHARS)
			return in_other_script(c->sf, n);
		seen++;
	}
	return false;
}

/* Is the line set apart by the spacing: glued under lines glued to each
 * other (GLUED_RUN with it), with a blank line under it?  Where a page
 * glues its lines, the first blank line is where the next page begins
 * (role_view.h's set_apart, from the segmenter's count). */
static bool spaced_apart(const struct rule_ctx *c)
{
	return c->cur->gap == 0 && c->sf->glued_run + 1 >= GLUED_RUN &&
	       c->nnext > 0 && c->next[0]->gap > 0;
}

/* Does a title that only a paragraph backs open a new story?  It does
 * where the story above is over (a footer, a sign-off, a link, or text
 * cut off), where the spacing sets it apart from the text it is glued
 * under, where the page lists briefs (a headline and one complete
 * paragraph, then another title), where this page's items have opened
 * that way before, or where the text after it is on another topic.  A
 * story with a subhead keeps its titles as subheads. */
static bool weak_title_opens(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct line *l = last_body(c);

	if (sf->comments)
		return false;
	if (sf->ended || (sf->body > 0 && body_cut(l) && !sf->caption_after))
		return true;
	if (sf->body == 0)
		return sf->headlines > 0 && (sf->long_decks > 0 || sf->item) &&
		       sf->subheads == 0;
	if (sf->prev == sf->last_body && spaced_apart(c))
		return true;
	if (sf->subheads > 0)
		return false;
	/* news in brief: a headline, one complete paragraph, a title; not
	 * a page's name over its introduction (an article's headline
	 * printed twice is no name) */
	if (sf->body == 1 && sf->body_words >= BLURB_MIN_WORDS &&
	    !sf->named_twice &&
	    (sf->headline_words >= BRIEF_HEADLINE_WORDS || sf->opened_by_lead ||
	     (sf->headlines == 0 && !sf->page_first)))
		return true;
	if (script_changes(c))
		return true;
	const struct wline *n = next_text(c);
	if (sf->body < TITLE_MIN_BODY || n == NULL || n->para.quotation ||
	    n->para.starts_lower || n->para.words < TITLE_TEXT_WORDS)
		return false;
	struct overlap o = overlap_after(c);
	return o.distinct >= TITLE_MIN_DISTINCT && o.recurring == 0 &&
	       o.shared * TITLE_SHARED_DIV <= o.distinct;
}

/* A short line that repeats the line the story opened with, once the
 * story has text: the page's item separator (`Image for post`). */
static bool repeats_opening(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct wline *l = c->cur;

	return sf->body > 0 && sf->opening != 0 && l->shape.text == sf->opening &&
	       l->para.words <= 6 && l->shape.shape != SH_PROSE &&
	       !(l->rflags & RF_DUP);
}

/* Is the story so far one paragraph that opened it (no header above)?
 * A page pasted under a blank line opens that way: the text glued under
 * its first paragraph is its own. */
static bool opened_by_its_text(const struct rule_ctx *c)
{
	size_t f = 0;

	if (c->sf->body != 1)
		return false;
	while (f < c->sf->last_body && line_blank(&c->st->lines[f]))
		f++;
	return f == c->sf->last_body;
}

/* A card: a photo caption or a one-sentence preview, then a label or a
 * date, a headline and the text.  How much the paragraph at line cap
 * shares with the card whose header block opens at c's line: the most it
 * shares with its headline or its first paragraph.  At TOPIC_CARD_TIE,
 * as much as an article's second paragraph with its lede. */
static bool tied_to_card(const struct rule_ctx *c, size_t cap)
{
	const struct line *l = &c->st->lines[cap];
	struct topic *t = &c->sf->topic;

	if (!(c->cur->rflags & RF_LEAD) || line_is_cut(l) ||
	    line_has_link(l) || line_words(l) > CARD_CAPTION_WORDS)
		return false;
	for (size_t k = 0; k <= c->nnext; k++) {
		const struct wline *w = k == 0 ? c->cur : c->next[k - 1];
		if ((w->role == R_HEADLINE || w->shape.shape == SH_PROSE) &&
		    topic_tie(t, c->st, cap, w->idx) >= TOPIC_CARD_TIE)
			return true;
		if (w->shape.shape == SH_PROSE)
			break;
	}
	return false;
}

/* Is the story so far a page's introduction: one complete paragraph at
 * a page's top, under no headline but the page's name (printed twice)?
 * The page's first header block is its first item's, and stays with it
 * (SPEC §2.1: furniture at the top of a page belongs to its first
 * story). */
static bool page_introduction(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;

	return ((sf->headlines == 0 && !sf->opened_by_lead) ||
		sf->named_twice) &&
	       sf->body == 1 && !sf->ended && sf->page_first &&
	       !body_cut(last_body(c));
}

static size_t lede_subject(const struct rule_ctx *c);

/* §2.1.4: a header block — labels, stamps, a headline with its byline,
 * source or dateline — after a story that has begun. */
static bool rule_headline(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct wline *l = c->cur;

	if (repeats_opening(c))
		return true;
	/* The story's own headline again (a page prints it twice). */
	if (l->shape.text != 0 && (l->shape.text == sf->headline_text[0] ||
				   l->shape.text == sf->headline_text[1]))
		return false;
	if (!(l->rflags & RF_LEAD) || (l->rflags & RF_DUP) || !sofar_begun(sf))
		return false;
	/* A line above an encyclopedia's title (a caption under the story)
	 * opens nothing: the page opens at its title (rule_subject_lede). */
	size_t title = lede_subject(c);
	if (title != NO_LINE && title > c->index)
		return false;
	/* The story is the card's caption, which opened it by its text
	 * (and nothing closed it). */
	if (!sf->ended && opened_by_its_text(c) &&
	    tied_to_card(c, sf->last_body))
		return false;
	/* Headlines and lines in a page's top furniture (a site name over a
	 * player's clock) are no item of their own; nor is a headline over
	 * a few words of text that nothing closed (an address under
	 * `Physical Address`), wherever the page is. */
	if ((sf->page_first ||
	     (sf->headlines > 0 && sf->body > 0 && !sf->ended)) &&
	    sf->body_words < BLURB_MIN_WORDS &&
	    sf->long_decks == 0)
		return false;
	if (l->rflags & (RF_STRONG | RF_ITEM)) {
		/* In a comment section a post's header is no item; a day's
		 * date over a page is the next page, and so is a line the
		 * spacing sets apart (the next page's site name). */
		if (sf->comments && !sf->ended &&
		    !(l->shape.flags & (SHF_DAY | SHF_PAGE)) &&
		    !spaced_apart(c))
			return false;
		return !page_introduction(c);
	}
	return weak_title_opens(c);
}

/* The words of s[0, n) up to a parenthesis, or the first `max` + 1 of
 * them: each word's offset into s, and its end. */
static size_t name_words(const uint8_t *s, size_t n, size_t max,
			 size_t *at, size_t *end)
{
	size_t w = 0, i = 0;

	while (w <= max) {
		while (i < n && s[i] == ' ')
			i++;
		if (i == n || s[i] == '(')
			break;
		at[w] = i;
		while (i < n && s[i] != ' ')
			i++;
		end[w++] = i;
	}
	return w;
}

/* An encyclopedia's lede: its subject's name, a parenthesis (the name in
 * another script, the dates), then what it is (`Yeongwol County
 * (Korean: 영월군) is a county in …`). */
static bool defines_name(const uint8_t *s, size_t n)
{
	static const char *const verbs[] = { " is ", " was ", " are ",
					     " were " };
	const uint8_t *open = memchr(s, '(', n > NAME_LEDE_BYTES ?
				     NAME_LEDE_BYTES : n);
	if (open == NULL || open == s || open[-1] != ' ')
		return false;
	size_t rest = n - (size_t)(open - s);
	const uint8_t *close = memchr(open, ')', rest);
	if (close == NULL)
		return false;
	const uint8_t *after = close + 1;
	rest = n - (size_t)(after - s);
	/* a wiki's footnote mark after the parenthesis: `)[a] is` */
	if (rest > 0 && after[0] == '[') {
		const uint8_t *mark = memchr(after, ']', rest < FOOTNOTE_BYTES ?
					     rest : FOOTNOTE_BYTES);
		if (mark != NULL) {
			rest -= (size_t)(mark + 1 - after);
			after = mark + 1;
		}
	}
	for (size_t v = 0; v < LEN(verbs); v++)
		if (text_prefix_ci(after, rest, verbs[v]))
			return true;
	return false;
}

/* Does the title t name the subject the lede p defines: the same words
 * up to a parenthesis, the one's a prefix of the other's, two at least
 * or all of both (`Mak Siu-fung (politician)` and `Mak Siu-fung MBE
 * (Chinese: …) was`; `Chou Yu-ting facts for kids` and `Chou Yu-ting
 * (Chinese: …) is`)? */
static bool names_subject(const uint8_t *t, size_t tn, const uint8_t *p,
			  size_t pn)
{
	size_t ta[NAME_WORDS + 1], te[NAME_WORDS + 1];
	size_t pa[NAME_WORDS + 1], pe[NAME_WORDS + 1];
	size_t nt = name_words(t, tn, NAME_WORDS, ta, te);
	size_t np = name_words(p, pn, NAME_WORDS, pa, pe);
	size_t k = 0;

	if (np == 0 || np > NAME_WORDS || nt == 0)
		return false;
	while (k < nt && k < np && te[k] - ta[k] == pe[k] - pa[k] &&
	       memcmp(t + ta[k], p + pa[k], te[k] - ta[k]) == 0)
		k++;
	return (k == nt || k == np) && (k >= 2 || (nt == 1 && np == 1));
}

/* The first title of story st in lines [from, to) that names what the
 * paragraph s[0, n) defines, or NO_LINE. */
static size_t title_naming(const struct story *st, size_t from, size_t to,
			   const uint8_t *s, size_t n)
{
	if (!defines_name(s, n))
		return NO_LINE;
	for (size_t k = from; k < to; k++) {
		const struct line *l = &st->lines[k];
		if (line_blank(l) || line_shape(l) != SH_TITLE)
			continue;
		struct text_bounds b;
		line_bounds(st, l, &b);
		if (names_subject(line_text(st, l) + b.begin,
				  b.text_end - b.begin, s, n))
			return k;
	}
	return NO_LINE;
}

/* The first title since the story's last paragraph, above line at,
 * that names the subject the paragraph s[0, n) defines, or NO_LINE. */
static size_t subject_title_of(const struct rule_ctx *c, const uint8_t *s,
			       size_t n, size_t at)
{
	const struct sofar *sf = c->sf;

	/* past the story's text and its headline: those are its own */
	size_t from = sf->last_body == NO_LINE ? 1 : sf->last_body + 1;
	if (sf->headline_at != NO_LINE && sf->headline_at >= from)
		from = sf->headline_at + 1;
	return title_naming(c->st, from, at, s, n);
}

size_t rule_defined_title(const struct story *st, size_t lede,
			  const uint8_t *s, size_t n)
{
	return title_naming(st, 0, lede, s, n);
}

/* The first title since the story's last paragraph that names the
 * subject the paragraph at c defines, or NO_LINE. */
static size_t subject_title(const struct rule_ctx *c)
{
	return subject_title_of(c, c->text, c->len, c->index);
}

/* The title that names what the lede under the header line at c
 * defines (an encyclopedia's page: its title, its infobox, its lede),
 * above the lede, or NO_LINE. */
static size_t lede_subject(const struct rule_ctx *c)
{
	const struct wline *n = next_text(c);

	if (n == NULL)
		return NO_LINE;
	const struct line *l = &c->st->lines[n->idx];
	return subject_title_of(c, line_text(c->st, l) + n->para.begin,
				n->para.end - n->para.begin, n->idx);
}

/* Where the encyclopedia's page whose title is at line k opens: the
 * site furniture right above the title is its page's top (`kids
 * encyclopedia robot`; SPEC §2.1: furniture at the top of a page belongs
 * to its first story).  A copyright that ended the page above is
 * rule_page_end's. */
static size_t subject_page_top(const struct rule_ctx *c, size_t k)
{
	size_t top = k;

	for (size_t j = k; j > c->sf->last_body + 1; j--) {
		const struct line *above = &c->st->lines[j - 1];
		if (line_blank(above))
			continue;
		if (above->role != R_UI)
			break;
		top = j - 1;
	}
	return top;
}

/* §2.1.7: an encyclopedia's article under a story: a title, its infobox
 * maybe, then a lede that defines what the title names.  The story opens
 * at the title, unless that is the story's own headline. */
static bool rule_subject_lede(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;

	return sofar_begun(sf) && !sf->comments && fresh_text(c) &&
	       subject_title(c) != NO_LINE;
}

/* §2.1.4: furniture that only the top of a page holds (a skip link,
 * the site's logo), once the story has text or a headline: the next
 * page, which the furniture opens. */
static bool rule_page_top(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;

	if (!(c->cur->shape.flags & SHF_TOP))
		return false;
	if (sf->body > 0 || sf->headlines > 0)
		return true;
	/* ... or a title the roles took for no headline (a listing's last
	 * item, cut off) */
	if (sf->prev == NO_LINE)
		return false;
	const struct line *prev = &c->st->lines[sf->prev];
	return line_shape(prev) == SH_TITLE && !line_sflag(prev, SHF_TOP);
}

/* §2.1.7: a page's copyright notice ended it; what is not more of its
 * furniture belongs to the next page, however many lines of that
 * furniture (a feed's `]]>`, share buttons) stand between. */
static bool rule_page_end(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct wline *l = c->cur;

	if (!sf->page_ended || !sofar_begun(sf))
		return false;
	switch (l->shape.shape) {
	case SH_UI: case SH_LINK: case SH_CREDIT: case SH_SIGNOFF:
		return false;
	default:
		return true;
	}
}

/* §2.1.2: a kicker, once the story's text has begun. */
static bool rule_kicker(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;

	if (sf->body == 0 || c->cur->para.kicker == 0 ||
	    (c->cur->role != R_BODY && c->cur->role != R_DECK) ||
	    (c->cur->rflags & RF_DUP))
		return false;
	/* Not right under a headline, byline or stamp: that is the
	 * headline's kicker paragraph. */
	switch (c->st->lines[sf->prev].role) {
	case R_HEADLINE: case R_SUBHEAD: case R_BYLINE: case R_META:
	case R_DECK: case R_LABEL:
		return false;
	default:
		return true;
	}
}

/* Are the lines between the story's last paragraph and the line only
 * what closes a page or an item: captions, footers, sign-offs and site
 * furniture (`This article is issued from Wikipedia`), no line that
 * leads an item? */
static bool only_closing_since_text(const struct rule_ctx *c)
{
	for (size_t i = c->sf->last_body + 1; i < c->index; i++) {
		switch (c->st->lines[i].role) {
		case R_BLANK: case R_CREDIT: case R_FOOTER: case R_SIGNOFF:
		case R_UI:
			break;
		default:
			return false;
		}
	}
	return true;
}

/* §2.1.5: a dateline after a complete paragraph, with nothing but
 * furniture that closes the text above between them.  In a comment
 * section too: a reader's reply does not open with a wire's dateline,
 * the next page's article does. */
static bool rule_dateline(const struct rule_ctx *c)
{
	const struct line *l = last_body(c);

	return c->cur->role == R_BODY && c->cur->para.dateline > 0 &&
	       l != NULL && !line_is_cut(l) && only_closing_since_text(c);
}

/* Is the line the last non-blank one read: nothing follows it in the
 * window, which is full unless the input ends within it? */
static bool last_read(const struct rule_ctx *c)
{
	return c->nnext == 0;
}

/* §2.1.7: the text after a footer or a sign-off (`Additional reporting
 * by …`, `(END)`) is another item's; but a short line that ends the
 * input is the card's photo caption, too short for an item's text. */
static bool rule_after_footer(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;

	return sf->ended && sf->body > 0 && !sf->comments && fresh_text(c) &&
	       (c->cur->para.words >= BLURB_MIN_WORDS || !last_read(c));
}

/* §2.1.7: a page of one-paragraph items without headlines (search
 * results, teaser lines): after two such stories, a complete one ends at
 * its paragraph too.  A run of headed cards does not make a headless
 * story after it an item: that is an article pasted under a listing. */
static bool rule_list_item(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct line *l = last_body(c);

	/* ... a story opened after the one above ended at its text, not a
	 * wire brief at its dateline */
	if (c->opened_by != NULL && strcmp(c->opened_by, "after-blurb") != 0 &&
	    strcmp(c->opened_by, "list-item") != 0 &&
	    strcmp(c->opened_by, "cut-text") != 0)
		return false;
	if (l != NULL && line_has_dateline(l))
		return false;
	/* ... laid out as the items above it */
	if (c->cur->gap != sf->start_gap || sf->start_gap != sf->run_gap ||
	    (sf->run_decked && sf->decks == 0))
		return false;
	if (!(sf->single_run >= LIST_RUN && sf->headless_run > 0 &&
	      sf->multi_stories == 0 &&
	      sf->body == 1 && sf->headlines == 0 && l != NULL &&
	      !line_is_cut(l) && fresh_text(c)))
		return false;
	/* ... and not going on with the item's topic (the second
	 * paragraph of an article pasted under the list): few words in
	 * common, and little weight in them (topic_tie) */
	struct overlap o = overlap_after(c);
	if (o.recurring != 0 || o.shared * LIST_SHARED_DIV > o.distinct ||
	    topic_tie(&c->sf->topic, c->st, sf->last_body, c->index) >=
	    LIST_TIE)
		return false;
	/* ... nor the paragraph after it: an article's third paragraph
	 * goes back to its lede, where the next item has nothing to do
	 * with the one two above it */
	const struct wline *n = next_text(c);
	return n == NULL ||
	       topic_tie(&c->sf->topic, c->st, sf->last_body, n->idx) < LIST_TIE;
}

/* §2.1.7, §2.2: a title cut off inside a word or a phrase (`Teochew
 * opera troupe marks 95 years with free sho`): the page dump stopped
 * there, and the line after it is the next page's, its furniture too.
 * Sites cut their teasers, not their headlines.  Not a line that goes on
 * with the title in lower case (the rest of a line the dump split), but
 * furniture in lower case (`kids encyclopedia robot`) opens the page. */
static bool rule_cut_title(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;

	if (sf->prev == NO_LINE)
		return false;
	const struct line *l = &c->st->lines[sf->prev];
	if (line_shape(l) != SH_TITLE || !line_sflag(l, SHF_CUTOFF) ||
	    (c->cur->rflags & RF_DUP))
		return false;
	return c->cur->shape.shape == SH_UI || !c->cur->para.starts_lower;
}

/* §2.1.7: a paragraph cut off mid-sentence, then a line that does not go
 * on with it (no caption between, not in lower case): the page dump cut
 * one page there and the next one began, with its furniture or text. */
static bool rule_cut_text(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct line *l = last_body(c);

	/* A title cut off: the dump cut the page there. */
	const struct line *prev = &c->st->lines[sf->prev];
	if (line_shape(prev) == SH_TITLE && line_sflag(prev, SHF_CUTOFF) &&
	    sofar_begun(sf) && !c->cur->para.starts_lower)
		return c->cur->role == R_BODY ? fresh_text(c) :
		       c->cur->shape.shape != SH_CREDIT;
	if (!body_cut(l) || sf->caption_after || sf->prev != sf->last_body)
		return false;
	/* Cut inside a word or phrase, the text was surely cut; else it
	 * takes an article's text, long enough not to be a caption's.  A
	 * comment ends as it likes, but not inside a word. */
	bool midword = line_sflag(l, SHF_CUTOFF);
	if (sf->comments && !midword)
		return false;
	if (sf->body < 2 && !midword)
		return false;
	struct text_bounds b;
	line_bounds(c->st, l, &b);
	uint8_t last = line_text(c->st, l)[b.text_end - 1];
	if (last == ',' || last == ':' || last == ';' || last == '-')
		return false;
	switch (c->cur->role) {
	case R_BODY:
		return fresh_text(c) && c->cur->para.words >= NEXT_MIN_WORDS &&
		       (line_words(l) >= CUT_MIN_WORDS || midword);
	case R_CREDIT: case R_LINK: case R_FOOTER: case R_COMMENTS:
	case R_SIGNOFF: case R_BLANK: case R_FORMFEED:
		return false;
	default:
		return !(c->cur->rflags & RF_DUP) && !c->cur->para.starts_lower;
	}
}

/* Does the paragraph share next to nothing with the story's last one,
 * and go on into the next paragraph? */
static bool stands_apart(const struct rule_ctx *c)
{
	struct topic *t = &c->sf->topic;
	const struct wline *n = next_text(c);

	if (n == NULL ||
	    topic_tie(t, c->st, c->sf->last_body, c->index) >= TOPIC_APART_TIE)
		return false;
	return topic_tie(t, c->st, c->index, n->idx) >=
	       (n == c->next[0] ? TOPIC_NEXT_TIE : TOPIC_PAST_TIE);
}

/* §2.1.7: two pages pasted in two layouts.  A page that parts its
 * paragraphs with blank lines (the last SPACING_PARTED of them at
 * least), then a paragraph glued under the story's last one that shares
 * next to nothing with it: the next page (unless the story is that one
 * paragraph, which opened it: a page pasted under a blank line, going
 * on in its own layout).  Or a page that glues its lines, then a
 * paragraph glued under them with a blank line under it (spaced_apart)
 * that stands apart from the text above and goes on into the text under
 * it, itself parted from what follows: the next page's lede.  Where the
 * text under the blank line is glued again, the blank line only parts
 * two pages laid out alike.  No page of the corpora changes its spacing
 * inside an article that way; a fragment shorter than a paragraph (a
 * broken gloss's head, a paragraph's tail) is no text to measure a tie
 * to. */
static bool rule_spacing(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;

	if (c->cur->gap != 0 || sf->body == 0 || sf->prev != sf->last_body ||
	    body_cut(last_body(c)) || sf->comments || !fresh_text(c) ||
	    c->cur->para.words < NEXT_MIN_WORDS ||
	    line_words(last_body(c)) < NEXT_MIN_WORDS)
		return false;
	if (sf->parted_run >= SPACING_PARTED)
		return !opened_by_its_text(c) &&
		       topic_tie(&c->sf->topic, c->st, sf->last_body,
				 c->index) < TOPIC_APART_TIE;
	return spaced_apart(c) && stands_apart(c) && (c->nnext == 1 ||
	       c->next[1]->gap > 0);
}

/* §2.1.7: a page of headline-only items (a `Latest` list: headlines and
 * their stamps), then a paragraph under the last headline that shares
 * next to nothing with it: no item's text (an item with text names its
 * topic in its headline) but the next page's. */
static bool rule_item_text(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;

	if (sf->item_run < ITEM_RUN || sf->body != 0 || sf->headlines != 1 ||
	    sf->headline_at == NO_LINE || sf->long_decks > 0 ||
	    sf->headline_words < BRIEF_HEADLINE_WORDS || !fresh_text(c) ||
	    c->cur->para.words < NEXT_MIN_WORDS)
		return false;
	return topic_tie(&c->sf->topic, c->st, sf->headline_at, c->index) <
	       TOPIC_APART_TIE;
}

/* The paragraph's lede kind (cohesion.h), read from its first
 * sentence. */
static enum lede lede_of(const struct rule_ctx *c)
{
	return lede_kind(c->text, c->cur->para.text_end - c->cur->para.begin);
}

/* The valley before the paragraph (topic.h), with the part a lede's
 * shape stands for (TOPIC_LEDE) added when it reads as one; NAN when
 * there is nothing ahead to measure. */
static double lede_valley(const struct rule_ctx *c, enum lede lede)
{
	double valley = topic_valley(&c->sf->topic, c->st, c->cur, c->next,
				     c->nnext);

	return lede != LEDE_NONE ? valley + TOPIC_LEDE : valley;
}

/* Is the valley before the next paragraph deeper than the one before
 * this (valley, its lede's part counted), with this paragraph told as
 * the story's?  A story starts at the bottom of the valley, as
 * TextTiling's boundaries do: an article's last paragraph may share
 * next to nothing with the paragraph above it and a word or two with
 * the next article's lede, and the valley before it is then deep as
 * well, but not as deep as the one before that lede.  The next
 * paragraph must be prose that can open a story, right under this one
 * (blank lines between).
 *
 * Measuring it tells this paragraph to the topic (topic.h), which only
 * moves forward: the next paragraph is measured with it told anyway,
 * and a story that starts here resets the topic. */
static bool deeper_ahead(const struct rule_ctx *c, double valley)
{
	size_t k = 0;

	while (k < c->nnext && c->next[k]->shape.shape == SH_BLANK)
		k++;
	if (k == c->nnext || c->next[k]->shape.shape != SH_PROSE)
		return false;
	const struct wline *y = c->next[k];
	const struct line *rec = &c->st->lines[y->idx];
	struct rule_ctx below = *c;
	below.cur = y;
	below.rec = rec;
	below.index = y->idx;
	below.next = c->next + k + 1;
	below.nnext = c->nnext - k - 1;
	below.text = line_text(c->st, rec) + y->para.begin;
	below.len = y->para.end - y->para.begin;
	if (!opens_fresh(&below))
		return false;
	double deeper = lede_valley(&below, lede_of(&below));
	return !isnan(deeper) && deeper > valley;
}

/* §2.1.7: two articles pasted back to back.  The line must open fresh
 * text (not in lower case, no connective, no quotation) after a
 * complete paragraph of a story with TOPIC_MIN_BODY paragraphs, and be
 * in another script than all of them, or the valley before it must be
 * deep: less deep when the line reads like a lede, with a time
 * expression in its first sentence (lede_shape).  And it must be the
 * valley's bottom (deeper_ahead), unless the line's shape says it opens
 * an article: a wire lede, attributed at its end.  Under a comment
 * section, where each reply may take up a topic of its own, only a
 * paragraph that reads like a lede opens the next article. */
static bool rule_topic_shift(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct para *p = &c->cur->para;
	const struct line *l = last_body(c);
	ucs4_t first;

	if (sf->body < TOPIC_MIN_BODY || l == NULL || line_is_cut(l) ||
	    !fresh_text(c))
		return false;
	bool one = sf->body == 1;
	if (one && (line_words(l) < LEDE_MIN_WORDS ||
		    sf->prev != sf->last_body || role_is_cut(p)))
		return false;
	/* Not a paragraph cut inside a word with text under it: the page
	 * dump cut the page there, and what follows is the next page
	 * (rule_cut_text), measured against the page it was cut from */
	if ((c->cur->shape.flags & SHF_CUTOFF) && !p->broken_gloss &&
	    next_text(c) != NULL)
		return false;
	/* Not a paragraph's tail in lower case (a script without case,
	 * Chinese or Japanese, opens a story as well as a capital) */
	text_next(c->text, c->len, &first);
	if (text_is_lower(first))
		return false;
	/* Under a comment section, a paragraph that is no lede is a
	 * reply, in any script */
	enum lede lede = lede_of(c);
	if (sf->comments && lede == LEDE_NONE)
		return false;
	/* In another script than the story: the topic the words would
	 * measure changed with the language */
	if (in_other_script(sf, c->cur))
		return true;
	if (one && lede == LEDE_NONE)
		return false;
	double valley = lede_valley(c, lede);
	if (isnan(valley))
		return false;
	if (valley > TOPIC_DEPTH && !one)
		return !deeper_ahead(c, valley);
	if (valley <= TOPIC_APART_DEPTH)
		return false;
	if (lede == LEDE_ATTRIBUTED && !one)
		return true;
	return stands_apart(c) && !deeper_ahead(c, valley);
}

/* Pasted under an article, a card's caption reads as the article's last
 * paragraph.  It is the card's where it shares next to nothing with the
 * article's paragraph before it (TOPIC_APART_TIE) and is tied to the
 * card.  Stamps and labels between the caption and the header block go
 * with it. */
static size_t caption_above(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct story *st = c->st;
	size_t cap = sf->last_body;

	if (sf->body < 2 || cap == NO_LINE)
		return c->index;
	for (size_t j = cap + 1; j < c->index; j++) {
		const struct line *between = &st->lines[j];
		if (!line_blank(between) && between->role != R_FOOTER &&
		    between->role != R_META && between->role != R_LABEL)
			return c->index;
	}
	size_t before = cap;
	while (before > 0 && st->lines[before - 1].role != R_BODY)
		before--;
	if (before == 0 ||
	    topic_tie(&c->sf->topic, st, before - 1, cap) >= TOPIC_APART_TIE)
		return c->index;
	return tied_to_card(c, cap) ? cap : c->index;
}

/* A lead photo: a caption right above the paragraph that a rule found
 * opening a story by its text, tied to that paragraph and to the text
 * after it (TOPIC_CARD_TIE) and not to the story's last paragraph
 * (TOPIC_APART_TIE), is the photo over the next article's text, not the
 * last article's; the site furniture right above it (a text-to-speech
 * notice) is the top of that page.  A bare credit (`Photo: CNA`) ties
 * to a wire lede by the agency's name alone, and stays unless the text
 * after the lede shares its words too; a caption that says what the
 * photo shows shares them with the lede, and the next paragraph may go
 * on to other things (the person the lede brought in).  Unlike a card's
 * caption (tied_to_card), the line may read as cut: a credit ends on
 * its date (`CNA photo Oct. 14, 2025`). */
static size_t photo_above(const struct rule_ctx *c)
{
	const struct sofar *sf = c->sf;
	const struct story *st = c->st;
	size_t last = sf->last_body, k = c->index;

	if (last == NO_LINE)
		return c->index;
	while (k > last + 1 && line_blank(&st->lines[k - 1]))
		k--;
	if (k == last + 1)
		return c->index;
	size_t cap = k - 1;
	const struct line *l = &st->lines[cap];
	if (l->role != R_CREDIT)
		return c->index;
	const struct wline *n = next_text(c);
	if (line_has_link(l) || n == NULL ||
	    line_words(l) > CARD_CAPTION_WORDS ||
	    topic_tie(&c->sf->topic, st, cap, c->index) < TOPIC_CARD_TIE ||
	    (line_words(l) <= BARE_CREDIT_WORDS &&
	     topic_tie(&c->sf->topic, st, cap, n->idx) < TOPIC_CARD_TIE) ||
	    topic_tie(&c->sf->topic, st, last, cap) >= TOPIC_APART_TIE)
		return c->index;
	for (k = cap; k > last + 1; k--) {
		const struct line *above = &st->lines[k - 1];
		if (!line_blank(above) && above->role != R_UI)
			break;
	}
	while (line_blank(&st->lines[k]))
		k++;
	return k;
}

/* The headline-only item above a paragraph that rule_item_text took for
 * the next page's ends with its stamps and labels; the lines between
 * them and the paragraph (a page's top furniture: `Quantcast`, a channel
 * line, counters) are the next page's (SPEC §2.1). */
static size_t item_top(const struct rule_ctx *c)
{
	const struct story *st = c->st;
	size_t k = c->sf->headline_at;

	if (k == NO_LINE)
		return c->index;
	for (k++; k < c->index; k++) {
		const struct line *l = &st->lines[k];
		if (!line_blank(l) && l->role != R_META && l->role != R_FOOTER &&
		    l->role != R_BYLINE && l->role != R_LABEL)
			break;
	}
	while (k < c->index && line_blank(&st->lines[k]))
		k++;
	return k;
}

size_t rule_first_line(const struct rule_ctx *c, const struct rule *r,
		       bool *caption)
{
	size_t first = c->index;

	if (r->test == rule_headline) {
		/* an encyclopedia's page opens at its title, not at the
		 * infobox line over its lede (rule_headline) */
		size_t k = lede_subject(c);
		if (k != NO_LINE && c->sf->last_body != NO_LINE) {
			*caption = false;
			return subject_page_top(c, k);
		}
		first = caption_above(c);
	} else if (r->test == rule_item_text)
		first = item_top(c);
	else if (r->test == rule_subject_lede)
		first = subject_title(c);
	else if (r->by_text)
		first = photo_above(c);
	*caption = first < c->index && r->test == rule_headline;
	return first;
}

/* The boundary rules of SPEC §2.1, in the order they are tried. */
static const struct rule rules[] = {
	{ rule_formfeed, B_FORMFEED, "formfeed", PAGE_IF_MARKED, false },
	{ rule_pattern, B_PATTERN, "pattern", PAGE_IF_MARKED, false },
	{ rule_after_blurb, B_AFTER_BLURB, "after-blurb", PAGE_AT_UI, false },
	{ rule_page_top, B_HEADLINE, "page-top", PAGE_ALWAYS, false },
	{ rule_cut_title, B_AFTER_BLURB, "cut-title", PAGE_ALWAYS, false },
	{ rule_page_end, B_TOPIC_SHIFT, "page-end", PAGE_ALWAYS, false },
	{ rule_headline, B_HEADLINE, "headline", PAGE_IF_MARKED, false },
	{ rule_subject_lede, B_HEADLINE, "subject-lede", PAGE_ALWAYS, false },
	{ rule_kicker, B_KICKER, "kicker", PAGE_IF_MARKED, false },
	{ rule_dateline, B_DATELINE, "dateline", PAGE_IF_MARKED, true },
	{ rule_after_link, B_AFTER_BLURB, "after-link", PAGE_IF_MARKED, false },
	{ rule_after_footer, B_TOPIC_SHIFT, "after-footer", PAGE_IF_MARKED,
	  false },
	{ rule_list_item, B_TOPIC_SHIFT, "list-item", PAGE_IF_MARKED, false },
	{ rule_cut_text, B_TOPIC_SHIFT, "cut-text", PAGE_ALWAYS, false },
	{ rule_spacing, B_TOPIC_SHIFT, "spacing", PAGE_ALWAYS, false },
	{ rule_item_text, B_TOPIC_SHIFT, "item-text", PAGE_ALWAYS, false },
	{ rule_topic_shift, B_TOPIC_SHIFT, "topic-shift", PAGE_IF_MARKED,
	  true },
};

const struct rule *rule_first(const struct rule_ctx *c)
{
	for (size_t r = 0; r < LEN(rules); r++)
		if (rules[r].test(c))
			return &rules[r];
	return NULL;
}

/* The text above was cut off (the dump went on with the next page), or
 * the line is a page's furniture or metadata, or a day's date over it.
 * After a blurb, furniture that its story kept (a cookie banner under
 * the last teaser's link) parts it from the next page as well as
 * furniture the new story opens with. */
bool rule_opens_page(const struct rule *r, const struct line *first,
		     enum role above)
{
	if (r->page == PAGE_ALWAYS ||
	    line_sflag(first, SHF_PAGE | SHF_DAY))
		return true;
	return r->page == PAGE_AT_UI &&
	       (first->role == R_UI || above == R_UI);
}
