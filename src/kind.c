#include "kind.h"

bool kind_is_cut(const struct para *p)
{
	return !p->ends_sentence || p->open_quote || p->ellipsis;
}

static struct span line_span(const struct story *st, const struct line *l,
			     size_t from, size_t to)
{
	struct span s = { line_start(l) + from, to > from ? to - from : 0 };
	(void)st;
	return s;
}

void kind_analyze(struct story *st)
{
	const struct line *last_body = NULL, *first_body = NULL;
	unsigned body = 0;
	bool link_line = false;

	st->headline = st->byline = st->dateline = (struct span){ 0, 0 };
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		const struct para *p = &l->para;
		switch (l->role) {
		case R_BODY:
			body++;
			last_body = l;
			link_line = false;
			if (first_body == NULL)
				first_body = l;
			break;
		case R_LINK:
			link_line = true;
			break;
		case R_HEADLINE:
			if (st->headline.len == 0)
				st->headline = line_span(st, l, p->begin + p->kicker, p->end);
			break;
		case R_BYLINE:
			if (st->byline.len == 0)
				st->byline = line_span(st, l, p->begin, p->end);
			break;
		default:
			break;
		}
	}
	if (first_body != NULL && first_body->para.dateline > 0) {
		const struct para *p = &first_body->para;
		st->dateline = line_span(st, first_body, p->begin,
					 p->begin + p->dateline_len);
	}
	if (last_body == NULL) {
		st->kind = K_ARTICLE;
		st->truncated = false;
		return;
	}
	bool cut = kind_is_cut(&last_body->para);
	bool link = link_line || last_body->para.has_link;
	st->kind = body == 1 && (cut || link) ? K_BLURB : K_ARTICLE;
	st->truncated = cut;
}
