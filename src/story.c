#include "story.h"

#include <string.h>

#include "para.h"
#include "shape.h"
#include "text.h"

bool line_sflag(const struct line *l, uint32_t f)
{
	uint32_t kept = (l->cutoff ? SHF_CUTOFF : 0) | (l->end ? SHF_END : 0) |
			(l->page ? SHF_PAGE : 0) | (l->day ? SHF_DAY : 0) |
			(l->cjk ? SHF_CJK : 0) | (l->time ? SHF_TIME : 0) |
			(l->source ? SHF_SOURCE : 0);

	return (kept & f) != 0;
}

void line_bounds(const struct story *st, const struct line *l,
		 struct text_bounds *b)
{
	para_bounds(line_text(st, l), line_len(l), b);
}

void line_para(const struct story *st, const struct line *l, struct para *p)
{
	para_analyze(line_text(st, l), line_len(l), p);
}

const char *boundary_name(enum boundary b)
{
	static const char *const names[] = {
		[B_FIRST] = "first", [B_KICKER] = "kicker",
		[B_AFTER_BLURB] = "after-blurb", [B_HEADLINE] = "headline",
		[B_DATELINE] = "dateline", [B_PATTERN] = "pattern",
		[B_FORMFEED] = "formfeed", [B_TOPIC_SHIFT] = "topic-shift",
		[B_MAX_STORY] = "max-story",
	};
	return names[b];
}

const char *role_name(enum role r)
{
	static const char *const names[] = {
		[R_BLANK] = "blank", [R_BODY] = "body",
		[R_HEADLINE] = "headline", [R_BYLINE] = "byline",
		[R_META] = "meta", [R_CREDIT] = "credit", [R_LINK] = "link",
		[R_FORMFEED] = "formfeed", [R_FOOTER] = "footer",
		[R_LABEL] = "label", [R_LIST] = "list", [R_UI] = "ui",
		[R_SUBHEAD] = "subhead", [R_DECK] = "deck",
		[R_SIGNOFF] = "signoff", [R_COMMENTS] = "comments",
		[R_MARKER] = "marker",
	};
	return names[r];
}

const char *kind_name(enum kind k)
{
	return k == K_BLURB ? "blurb" : "article";
}

const char *gloss_type_name(enum gloss_type t)
{
	return t == G_PERSON ? "person" : "other";
}

/* The next line of the run r, split as the reader split it: at LF, a
 * CR before the LF being part of the terminator; the file's last line
 * may have none. */
static void run_line(const struct story *st, const struct line *r,
		     struct story_iter *it, struct story_line *out)
{
	const uint8_t *s = line_text(st, r) + it->off;
	size_t n = line_len(r) - it->off, len = n, eol = 0;
	const uint8_t *lf = memchr(s, '\n', n);

	if (lf != NULL) {
		len = (size_t)(lf - s);
		eol = 1;
		if (len > 0 && s[len - 1] == '\r') {
			len--;
			eol = 2;
		}
	}
	*out = (struct story_line){ s, line_start(r) + it->off, len, eol,
				    false, true, it->lineno++, r };
	it->off += len + eol;
}

bool story_next_line(const struct story *st, struct story_iter *it,
		     struct story_line *out)
{
	if (it->left > 0) {
		run_line(st, &st->lines[it->rec - 1], it, out);
		it->left--;
		return true;
	}
	if (it->rec >= st->nlines)
		return false;
	const struct line *l = &st->lines[it->rec++];
	if (l->run) {
		it->off = 0;
		it->left = (long)l->text - 1;
		run_line(st, l, it, out);
		return true;
	}
	*out = (struct story_line){ line_text(st, l), line_start(l), line_len(l),
				    l->eol, l->cut, l->valid, it->lineno, l };
	it->lineno = story_next_lineno(l, it->lineno);
	return true;
}

long story_first_line(const struct story *st)
{
	long lineno = st->lineno;

	for (size_t i = 0; i < st->nlines; i++) {
		if (!line_blank(&st->lines[i]))
			return lineno;
		lineno = story_next_lineno(&st->lines[i], lineno);
	}
	return st->nlines > 0 ? st->lineno : 0;
}

long story_line_count(const struct story *st)
{
	long lineno = st->lineno;

	if (st->nlines == 0)
		return 0;
	for (size_t i = 0; i + 1 < st->nlines; i++)
		lineno = story_next_lineno(&st->lines[i], lineno);
	const struct line *last = &st->lines[st->nlines - 1];
	if (last->run)
		lineno += (long)last->text - 1;
	return lineno - st->lineno + 1;
}

void story_check(struct story *st, long *invalid, long *nul)
{
	long lineno = st->lineno;

	for (size_t i = 0; i < st->nlines; i++) {
		struct line *l = &st->lines[i];
		bool bad, zero;
		if (l->run) {   /* white space and terminators: valid */
			l->valid = true;
			lineno = story_next_lineno(l, lineno);
			continue;
		}
		text_check(line_text(st, l), line_len(l), &bad, &zero);
		l->valid = !bad;
		if (bad && *invalid == 0)
			*invalid = lineno;
		if (zero && *nul == 0)
			*nul = lineno;
		lineno = story_next_lineno(l, lineno);
	}
}
