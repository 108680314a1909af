#include "gloss.h"

#include <string.h>

#include "name.h"
#include "person.h"
#include "scan.h"
#include "text.h"

enum { LABEL_MAX = 40, SCAN_MAX = 400, GLUED_LATIN_MAX = 8 };

/* Is there a fullwidth or ASCII bracket at s[i]?  Returns its length. */
static size_t open_bracket(const uint8_t *s, size_t n, size_t i)
{
	if (s[i] == '(')
		return 1;
	if (i + 3 <= n && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] == 0x88)
		return 3;
	return 0;
}

static size_t close_bracket(const uint8_t *s, size_t n, size_t i)
{
	if (s[i] == ')')
		return 1;
	if (i + 3 <= n && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] == 0x89)
		return 3;
	return 0;
}

static bool cjk_at(const uint8_t *s, size_t n, size_t i)
{
	ucs4_t uc;

	if (i >= n || s[i] < 0x80)
		return false;
	text_next(s + i, n - i, &uc);
	return text_is_cjk(uc);
}

/* The separator after a label: `,` `;` `:` or their fullwidth forms and
 * the ideographic comma.  Returns its length, 0 if none. */
static size_t label_separator(const uint8_t *s, size_t n, size_t k)
{
	ucs4_t uc;
	size_t len = text_next(s + k, n - k, &uc);

	switch (uc) {
	case ',': case ';': case ':':
	case 0xFF0C: case 0xFF1B: case 0xFF1A: case 0x3001:
		return len;
	}
	return 0;
}

/* Where a run of Latin letters and digits glued to CJK at s[i] ends, if
 * it belongs to the CJK: GLUED_LATIN_MAX of them at most, then more CJK,
 * a name dot, the closing bracket, a separator, a hashtag's `#` or the
 * end of the line; else 0. */
static size_t glued_latin(const uint8_t *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && j - i <= GLUED_LATIN_MAX &&
	       (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') ||
		(s[j] >= '0' && s[j] <= '9')))
		j++;
	if (j - i > GLUED_LATIN_MAX)
		return 0;
	if (j == n || s[j] == ')' || s[j] == ',' || s[j] == ';' ||
	    s[j] == '#' || cjk_at(s, n, j) || close_bracket(s, n, j) ||
	    label_separator(s, n, j))
		return j;
	ucs4_t uc;
	text_next(s + j, n - j, &uc);
	return text_is_name_dot(uc) ? j : 0;
}

/* The run of CJK characters at s[i]: name dots may sit between them, a
 * length mark (`ー` in ハローキティ, script Common) may follow one, and
 * Latin letters and digits glued to it belong to it (SPEC §2.5).
 * Inside a bracket a space between two CJK runs does not end it
 * (`(小野寺 剛)`, `(잘 지내요)`, SPEC §2.5); a space before anything
 * else does. */
static size_t cjk_run(const uint8_t *s, size_t n, size_t i)
{
	size_t end = i;

	while (i < n) {
		ucs4_t uc;
		size_t k = text_next(s + i, n - i, &uc);
		if (text_is_cjk(uc) || (end == i && text_is_cjk_extender(uc)))
			end = i + k;
		else if (end == i && uc < 0x80 &&
			 (text_is_letter(uc) || text_is_digit(uc))) {
			/* `小S`, `村BA回来了`: a few Latin letters glued to
			 * the CJK and followed by more of it or by the
			 * bracket's end; not a word that runs on */
			size_t j = glued_latin(s, n, i);
			if (j == 0)
				break;
			end = j;
			i = j;
			continue;
		}
		else if (uc == ' ' && end == i && cjk_at(s, n, i + 1))
			;       /* one space, then more CJK */
		else if (!text_is_name_dot(uc))
			break;
		i += k;
	}
	return end;
}

/* Where the CJK starts inside a bracket opened just before j: directly,
 * after spaces or a hashtag's `#` (`(#村BA回来了#)`), or after a short
 * Latin label and `,` `;` `:`, whose separator *sep is left at (else
 * SIZE_MAX). */
static size_t cjk_start(const uint8_t *s, size_t n, size_t j, size_t *sep)
{
	*sep = SIZE_MAX;
	j = text_skip_space(s, n, j);
	if (j < n && s[j] == '#' && cjk_at(s, n, j + 1))
		j++;
	if (cjk_at(s, n, j))
		return j;
	for (size_t k = j; k < n && k < j + LABEL_MAX; k++) {
		if (s[k] == ')' || s[k] == '(' || cjk_at(s, n, k))
			return SIZE_MAX;
		size_t len = label_separator(s, n, k);
		if (len > 0) {
			size_t c = text_skip_space(s, n, k + len);
			if (!cjk_at(s, n, c))
				return SIZE_MAX;
			*sep = k;
			return c;
		}
	}
	return SIZE_MAX;
}

static size_t find_close(const uint8_t *s, size_t n, size_t i)
{
	for (size_t k = i; k < n && k < i + SCAN_MAX; k++) {
		if (close_bracket(s, n, k))
			return k;
		if (open_bracket(s, n, k))
			break;
	}
	return SIZE_MAX;
}

static bool is_broken(const uint8_t *s, size_t n, size_t j)
{
	j = text_skip_space(s, n, j);
	return j >= n || close_bracket(s, n, j);
}

/* Does s[i..e) hold a letter or a digit that is not CJK: a word that
 * stays when the CJK is stripped? */
static bool has_word(const uint8_t *s, size_t i, size_t e)
{
	while (i < e) {
		ucs4_t uc;
		i += text_next(s + i, e - i, &uc);
		if ((text_is_letter(uc) || text_is_digit(uc)) &&
		    !text_is_cjk(uc))
			return true;
	}
	return false;
}

/* Where the spaces and tabs before s[i] begin, back to the end of the
 * gloss's name at most. */
static size_t space_before(const uint8_t *s, size_t i,
			   const struct gloss_hit *h)
{
	while (i > h->name_off + h->name_len &&
	       (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	return i;
}

static bool is_colon(const uint8_t *s, size_t n, size_t i)
{
	ucs4_t uc;

	text_next(s + i, n - i, &uc);
	return uc == ':' || uc == 0xFF1A;
}

/* The whole bracket s[i..h->end) and the white space before it, back to
 * the name; a space instead when it was glued to words on both sides. */
static void strip_bracket(const uint8_t *s, size_t n, size_t i,
			  struct gloss_hit *h)
{
	h->strip_off = space_before(s, i, h);
	h->strip_len = h->end - h->strip_off;
	if (h->strip_off == i && h->end < n) {
		ucs4_t after;
		text_next(s + h->end, n - h->end, &after);
		h->strip_space = text_is_letter(after) || text_is_digit(after);
	}
}

/* What --glosses=strip leaves out of the bracket at s[i], its text from j
 * to close, its label's separator at sep (SPEC §4): the CJK run with the
 * separator that joins it to the words kept beside it — `, 台積電` of
 * `(TSMC, 台積電)`, `求是, ` of `(求是, “Seeking Truth”)` — or the whole
 * bracket when no word is left.  A label that ends in a colon
 * (`Chinese:`) names the CJK and goes with it. */
static void strip_span(const uint8_t *s, size_t n, size_t i, size_t j,
		       size_t sep, size_t close, struct gloss_hit *h)
{
	size_t cjk_end = h->cjk_off + h->cjk_len, from, to;
	bool before = sep != SIZE_MAX && !is_colon(s, n, sep) &&
		      has_word(s, j, sep);
	bool after = has_word(s, cjk_end, close);

	if (before) {
		from = j + text_trim_end(s + j, sep - j);
		to = after ? cjk_end : close;
	} else if (after) {
		from = j;
		to = text_skip_space(s, n, cjk_end);
		to = text_skip_space(s, n, to + label_separator(s, n, to));
	} else {
		strip_bracket(s, n, i, h);
		return;
	}
	h->strip_off = from;
	h->strip_len = to - from;
}

/* The gloss of the bracket that opens at s[i] (blen bytes), if any, told
 * to fn; its name must start at `after` or later, past the gloss before
 * it.  Returns where the gloss ends, or `after` when there is none. */
static size_t bracket_gloss(const uint8_t *s, size_t n, size_t i,
			    size_t blen, size_t after, gloss_fn fn, void *ctx)
{
	struct gloss_hit h;
	size_t j = i + blen, c, sep;
	bool broken = false, term;

	memset(&h, 0, sizeof h);
	c = cjk_start(s, n, j, &sep);
	if (c == SIZE_MAX) {
		if (!is_broken(s, n, j))
			return after;
		broken = true;
	}
	if (!name_before(s, i, &h.name_off, &h.name_len, &term) ||
	    h.name_off < after)
		return after;
	h.broken = broken;
	if (broken) {
		h.end = j;
		size_t close = text_skip_space(s, n, j);
		if (close < n)
			h.end = close + close_bracket(s, n, close);
		fn(&h, ctx);
		return h.end;
	}
	h.cjk_off = c;
	h.cjk_len = cjk_run(s, n, c) - c;
	size_t close = find_close(s, n, c + h.cjk_len);
	if (close != SIZE_MAX) {
		h.end = close + close_bracket(s, n, close);
		strip_span(s, n, i, j, sep, close, &h);
	} else {
		h.end = c + h.cjk_len;
	}
	/* A term in quotes (`“Han Wave” (韓流)`) or in lower case is never
	 * a person. */
	h.type = term ? G_OTHER : person_fit(s, &h.name_off, &h.name_len,
					     s + h.cjk_off, h.cjk_len);
	fn(&h, ctx);
	return h.end;
}

/* `By Paul Lin 林保華`: a byline that ends in a CJK name. */
static void byline_gloss(const uint8_t *s, size_t n, gloss_fn fn, void *ctx)
{
	struct gloss_hit h;
	size_t end = text_trim_end(s, n), start = end;

	while (start > 0) {
		ucs4_t uc;
		size_t p = text_char_before(s, start, &uc);
		if (!text_is_cjk(uc) && !text_is_name_dot(uc) &&
		    !text_is_cjk_extender(uc))
			break;
		start = p;
	}
	if (start == end || start == 0 || s[start - 1] != ' ')
		return;
	memset(&h, 0, sizeof h);
	bool term;
	if (!name_before(s, start, &h.name_off, &h.name_len, &term) || term)
		return;
	h.cjk_off = start;
	h.cjk_len = end - start;
	h.end = end;
	/* Strip ` 林保華`: the name stays as the byline. */
	h.strip_off = space_before(s, start, &h);
	h.strip_len = end - h.strip_off;
	h.type = G_PERSON;
	fn(&h, ctx);
}

void gloss_find(const uint8_t *s, size_t n, bool byline, gloss_fn fn,
		void *ctx)
{
	bool bracket = false;
	size_t after = 0;       /* where the last gloss told ended */
	const uint8_t *paren = memchr(s, '(', n), *wide = memchr(s, 0xEF, n);

	/* Two memchr scans find the ASCII and the fullwidth brackets; most
	 * lines have neither. */
	while (paren != NULL || wide != NULL) {
		size_t i;
		if (wide == NULL || (paren != NULL && paren < wide)) {
			i = (size_t)(paren - s);
			paren = memchr(paren + 1, '(', n - i - 1);
		} else {
			i = (size_t)(wide - s);
			wide = memchr(wide + 1, 0xEF, n - i - 1);
		}
		size_t blen = open_bracket(s, n, i);
		if (blen == 0)
			continue;
		bracket = true;
		after = bracket_gloss(s, n, i, blen, after, fn, ctx);
	}
	if (byline && !bracket)
		byline_gloss(s, n, fn, ctx);
}

/* Collecting a story's glosses: offsets become story-relative. */
struct collect {
	struct story *st;
	size_t base;        /* byte offset of the line text in st->bytes */
};

/* Code points, as text_count counts them; in valid UTF-8 they are the
 * bytes that are not continuation bytes.  gloss_offsets counts every line
 * of a story up to its last gloss, so this is paid per byte of input. */
static size_t count_code_points(const uint8_t *s, size_t n, bool valid)
{
	return valid ? scan_lead_bytes(s, n) : text_count(s, n);
}

static void collect_hit(const struct gloss_hit *h, void *arg)
{
	struct collect *c = arg;
	struct story *st = c->st;
	struct gloss g;

	g.name = (struct span){ c->base + h->name_off, h->name_len };
	g.cjk = (struct span){ c->base + h->cjk_off, h->cjk_len };
	g.type = h->type;
	g.end_off = c->base + h->end;
	g.start = g.end = 0;
	g.strip_off = c->base + h->strip_off;
	g.strip_len = h->strip_len;
	g.strip_space = h->strip_space;
	if (h->broken) {
		st->broken = xgrow(st->broken, &st->broken_cap, st->nbroken + 1,
				   sizeof g);
		st->broken[st->nbroken++] = g;
	} else {
		st->glosses = xgrow(st->glosses, &st->glosses_cap,
				    st->nglosses + 1, sizeof g);
		st->glosses[st->nglosses++] = g;
	}
}

void gloss_analyze(struct story *st)
{
	struct collect c = { st, 0 };

	st->nglosses = st->nbroken = 0;
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		c.base = line_start(l);
		/* Brackets need `(` or 0xEF; a byline may gloss without. */
		if (line_gloss_hint(l) || l->role == R_BYLINE)
			gloss_find(line_text(st, l), line_len(l), l->role == R_BYLINE,
				   collect_hit, &c);
	}
}

/* Code points of the json text before story offsets that come in order:
 * lines are counted once, as the offsets pass them; within a line from
 * the last offset on, so a line with many glosses stays linear. */
struct counter {
	const struct story *st;
	struct story_iter it;
	struct story_line line;     /* the line of the last offset */
	size_t base;        /* code points of the json text before it */
	size_t at, cp_at;   /* the last offset in that line's text, and the
	                       code points before it there */
};

static size_t code_points_to(struct counter *c, size_t off)
{
	const struct story_line *l = &c->line;
	struct story_line next;

	while (off > l->start + l->len &&
	       story_next_line(c->st, &c->it, &next)) {
		/* The code points before c->at are counted already. */
		c->base += c->cp_at +
			   count_code_points(l->text + c->at, l->len - c->at,
					     l->valid) +
			   (l->cut ? 0 : 1);
		c->line = next;
		c->at = c->cp_at = 0;
	}
	size_t rel = off - l->start;
	if (rel < c->at)
		c->at = c->cp_at = 0;
	c->cp_at += count_code_points(l->text + c->at, rel - c->at, l->valid);
	c->at = rel;
	return c->base + c->cp_at;
}

static void count_offsets(const struct story *st, struct gloss *g, size_t n)
{
	struct counter c;

	if (n == 0)
		return;
	memset(&c, 0, sizeof c);
	c.st = st;
	story_iter_init(st, &c.it);
	story_next_line(st, &c.it, &c.line);    /* a gloss: a line at least */
	for (size_t i = 0; i < n; i++) {
		g[i].start = code_points_to(&c, g[i].name.off);
		g[i].end = code_points_to(&c, g[i].end_off);
	}
}

void gloss_offsets(struct story *st)
{
	count_offsets(st, st->glosses, st->nglosses);
	count_offsets(st, st->broken, st->nbroken);
}
