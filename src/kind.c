#include "kind.h"

#include "role.h"

bool kind_is_cut(const struct para *p)
{
	return role_is_cut(p);
}

static struct span line_span(const struct line *l, size_t from, size_t to)
{
	return (struct span){ line_start(l) + from, to > from ? to - from : 0 };
}

/* The headline: its line, past a kicker that opens it.  The record keeps
 * no offsets; they are measured again, once per story. */
static struct span headline_span(const struct story *st, const struct line *l)
{
	struct text_bounds b;

	if (line_has_kicker(l)) {
		struct para p;
		line_para(st, l, &p);
		return line_span(l, p.begin + p.kicker, p.end);
	}
	line_bounds(st, l, &b);
	return line_span(l, b.begin, b.end);
}

static struct span trimmed_span(const struct story *st, const struct line *l)
{
	struct text_bounds b;

	line_bounds(st, l, &b);
	return line_span(l, b.begin, b.end);
}

/* Lines that never count as a story's last paragraph (SPEC §2.2):
 * credits, footers, furniture, a signature, links. */
static bool text_line(const struct line *l)
{
	return l->role == R_BODY;
}

/* Does the story end where the page dump cut the file: no final newline
 * and a last line (of its text, header or a list) that ends no sentence? */
static bool cut_at_end_of_file(const struct story *st)
{
	for (size_t i = st->nlines; i-- > 0;) {
		const struct line *l = &st->lines[i];
		if (line_blank(l))
			continue;
		if (l->eol != 0)
			return false;
		switch (l->role) {
		case R_BODY: case R_HEADLINE: case R_DECK: case R_LIST:
		case R_SUBHEAD: case R_META: case R_BYLINE: case R_LABEL:
			return line_is_cut(l);
		default:
			return false;
		}
	}
	return false;
}

/* What a walk over a story's lines finds besides its headline and
 * byline. */
struct body {
	const struct line *first, *last;   /* the first and last text lines */
	const struct line *last_deck;
	unsigned lines;                    /* how many text lines */
	bool link_line;    /* a teaser link on a line of its own after the
	                      last text line */
};

/* Walk the lines: count the text, and take the first headline and
 * byline above it. */
static void read_lines(struct story *st, struct body *b)
{
	bool comments = false;

	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		/* Comments under an article are not its text. */
		comments |= l->role == R_COMMENTS;
		if (text_line(l) && !comments) {
			b->lines++;
			b->last = l;
			b->link_line = false;
			if (b->first == NULL)
				b->first = l;
			continue;
		}
		switch (l->role) {
		case R_LINK:
			b->link_line = true;
			break;
		case R_DECK:
			b->last_deck = l;
			break;
		case R_HEADLINE:
			if (st->headline.len == 0 && b->first == NULL)
				st->headline = headline_span(st, l);
			break;
		case R_BYLINE:
			if (st->byline.len == 0 && b->first == NULL)
				st->byline = trimmed_span(st, l);
			break;
		default:
			break;
		}
	}
}

void kind_analyze(struct story *st)
{
	struct body b = { NULL, NULL, NULL, 0, false };

	st->headline = st->byline = st->dateline = (struct span){ 0, 0 };
	read_lines(st, &b);
	if (b.first != NULL && line_has_dateline(b.first)) {
		struct para p;
		line_para(st, b.first, &p);
		st->dateline = line_span(b.first, p.begin + p.dateline_off,
					 p.begin + p.dateline_len);
	}
	/* No paragraph: the deck or standfirst is the text; without one, a
	 * headline-only item, truncated only where the dump cut the file. */
	if (b.last == NULL && b.last_deck != NULL) {
		b.last = b.last_deck;
		b.lines = 1;
	}
	if (b.last == NULL) {
		st->kind = st->headline.len > 0 || b.link_line ? K_BLURB : K_ARTICLE;
		st->truncated = cut_at_end_of_file(st);
		if (st->truncated)
			st->kind = K_BLURB;
		return;
	}
	bool cut = line_is_cut(b.last) || cut_at_end_of_file(st);
	bool link = b.link_line || line_has_link(b.last);
	st->kind = b.lines == 1 && (cut || link) ? K_BLURB : K_ARTICLE;
	st->truncated = cut;
}
