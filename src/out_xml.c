/* out_xml.c — the xml format (SPEC §3.3).
 *
 * Each line of a story that is not blank is one element on a line of its
 * own — <headline>, <byline>, <credit> or <p> — holding the line as read,
 * with <kicker>, <deck>, <dateline> and <gloss> around the spans the json
 * format reports and <broken-gloss/> where a broken gloss ends.  So the
 * character data of a <story> is its json text without the blank lines,
 * between a newline at either end. */
#include "output.h"

#include <stdbool.h>
#include <string.h>

#include "scan.h"
#include "text.h"

#define REPLACEMENT "\xEF\xBF\xBD"

/* Is s[i] the start of U+FFFE or U+FFFF, which XML 1.0 forbids? */
static bool is_nonchar(const uint8_t *s, size_t n, size_t i)
{
	return n - i >= 3 && s[i] == 0xEF && s[i + 1] == 0xBF &&
	       s[i + 2] >= 0xBE;
}

/* The character at s[i], a byte >= 0x80: its length, and in *keep
 * whether it may be copied (valid UTF-8 XML allows) or becomes U+FFFD
 * (invalid bytes as text_next reads them, as json has them). */
static size_t high_char(const uint8_t *s, size_t n, size_t i, bool *keep)
{
	size_t k = text_valid_len(s + i, n - i);
	ucs4_t uc;

	*keep = k > 0 && !is_nonchar(s, n, i);
	return k > 0 ? k : text_next(s + i, n - i, &uc);
}

/* The escape of an ASCII byte in character data.  `>` is escaped too, so
 * that `]]>` is never written; a CR as a reference, as a parser reads a
 * raw one as LF; a control XML 1.0 forbids becomes U+FFFD. */
static void text_escape(struct buf *b, uint8_t c)
{
	switch (c) {
	case '&': buf_addlit(b, "&amp;"); break;
	case '<': buf_addlit(b, "&lt;"); break;
	case '>': buf_addlit(b, "&gt;"); break;
	case '\r': buf_addlit(b, "&#13;"); break;
	default: buf_addlit(b, REPLACEMENT); break;
	}
}

/* Character data of bytes that may be invalid UTF-8: copied in runs up to
 * the next byte that must change, as json_bytes does. */
static void xml_bytes(struct buf *b, const uint8_t *s, size_t n)
{
	size_t run = 0, i = 0;

	while ((i = scan_xml_or_high(s, n, i)) < n) {
		if (s[i] == '\t' || s[i] == '\n') {
			i++;
			continue;
		}
		if (s[i] >= 0x80) {
			bool keep;
			size_t k = high_char(s, n, i, &keep);
			if (keep) {
				i += k;
				continue;
			}
			buf_add(b, s + run, i - run);
			buf_addlit(b, REPLACEMENT);
			i += k;
		} else {
			buf_add(b, s + run, i - run);
			text_escape(b, s[i]);
			i++;
		}
		run = i;
	}
	buf_add(b, s + run, n - run);
}

/* xml_bytes for text known to be valid UTF-8: only controls, markup and
 * the two noncharacters change. */
static void xml_valid_bytes(struct buf *b, const uint8_t *s, size_t n)
{
	size_t run = 0, i = 0;

	while ((i = scan_xml_escape(s, n, i)) < n) {
		if (s[i] == '\t' || s[i] == '\n' ||
		    (s[i] == 0xEF && !is_nonchar(s, n, i))) {
			i++;
			continue;
		}
		buf_add(b, s + run, i - run);
		if (s[i] == 0xEF) {
			buf_addlit(b, REPLACEMENT);
			i += 3;
		} else {
			text_escape(b, s[i]);
			i++;
		}
		run = i;
	}
	buf_add(b, s + run, n - run);
}

/* An attribute value (a file name, a gloss's name or CJK): short, so a
 * byte at a time.  White space is written as references, which attribute
 * normalisation keeps. */
static void xml_attr(struct buf *b, const uint8_t *s, size_t n)
{
	size_t run = 0, i = 0;

	while (i < n) {
		uint8_t c = s[i];
		const char *ref = NULL;
		bool keep = true;
		size_t k = 1;
		if (c >= 0x80)
			k = high_char(s, n, i, &keep);
		else if (c == '"')
			ref = "&quot;";
		else if (c == '\t')
			ref = "&#9;";
		else if (c == '\n')
			ref = "&#10;";
		else
			keep = c >= 0x20 && c != '&' && c != '<' && c != '>' &&
			       c != '\r';
		if (keep && ref == NULL) {
			i += k;
			continue;
		}
		buf_add(b, s + run, i - run);
		if (ref != NULL)
			buf_adds(b, ref);
		else if (c >= 0x80)
			buf_addlit(b, REPLACEMENT);
		else
			text_escape(b, c);
		i += k;
		run = i;
	}
	buf_add(b, s + run, n - run);
}

void out_xml_head(struct out *out)
{
	buf_addlit(&out->buf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		   "<storysift>\n");
}

void out_xml_feed(struct out *out, const char *file)
{
	buf_addlit(&out->buf, "<feed file=\"");
	xml_attr(&out->buf, (const uint8_t *)file, strlen(file));
	buf_addlit(&out->buf, "\">\n");
}

void out_xml_feed_end(struct out *out)
{
	buf_addlit(&out->buf, "</feed>\n");
}

void out_xml_tail(struct out *out)
{
	buf_addlit(&out->buf, "</storysift>\n");
}

/* An inline element of a line: a span of the story's bytes, or a point
 * (start == end, no close). */
struct mark {
	size_t start, end;
	const char *name;       /* kicker, deck, dateline, gloss, broken-gloss */
	const struct gloss *gloss;
};

/* Inline elements nest no deeper than kicker/deck/dateline and a gloss;
 * four leaves room for the three overlapping. */
enum { XML_DEPTH = 4 };

/* Writing one story. */
struct xml {
	struct out *out;
	const struct story *st;
	bool strip;             /* --glosses=strip */
	bool valid;             /* the line being written is valid UTF-8 */
	size_t pos;             /* story offset written up to */
	size_t g, broken;       /* the next gloss and broken gloss */
	size_t strip_next;      /* the next gloss whose CJK may be stripped */
	bool space;             /* a stripped gloss leaves a space, to come
	                           after its element closes */
	struct mark open[XML_DEPTH];
	size_t depth;
};

/* The story's bytes [from, to) as character data, in slices with a spill
 * between them: a line of many megabytes is not held whole. */
static void put_bytes(struct xml *x, size_t from, size_t to)
{
	const uint8_t *s = x->st->bytes.data + from;
	size_t n = to - from;

	for (;;) {
		size_t k = out_slice_end(s, n);
		if (x->valid)
			xml_valid_bytes(&x->out->buf, s, k);
		else
			xml_bytes(&x->out->buf, s, k);
		if (k == n)
			return;
		out_spill(x->out);
		s += k;
		n -= k;
	}
}

/* Write the text from x->pos to `to`, leaving out what --glosses=strip
 * strips (a span may reach past `to`: the rest is left out next time). */
static void put_text(struct xml *x, size_t to)
{
	const struct story *st = x->st;

	if (x->space) {
		buf_addc(&x->out->buf, ' ');
		x->space = false;
	}
	while (x->strip && x->strip_next < st->nglosses && x->pos < to) {
		const struct gloss *g = &st->glosses[x->strip_next];
		size_t end = g->strip_off + g->strip_len;
		if (g->strip_len == 0 || end <= x->pos) {
			x->strip_next++;
			continue;
		}
		if (g->strip_off >= to)
			break;
		if (g->strip_off > x->pos)
			put_bytes(x, x->pos, g->strip_off);
		x->pos = end < to ? end : to;
		if (x->pos < end)
			return;
		x->space = g->strip_space;
		x->strip_next++;
	}
	if (x->pos < to)
		put_bytes(x, x->pos, to);
	x->pos = to;
}

static void put_open(struct xml *x, const struct mark *m)
{
	struct buf *b = &x->out->buf;
	const struct story *st = x->st;

	buf_addc(b, '<');
	buf_adds(b, m->name);
	if (m->gloss != NULL && m->start < m->end) {
		const struct gloss *g = m->gloss;
		buf_addlit(b, " name=\"");
		xml_attr(b, st->bytes.data + g->name.off, g->name.len);
		buf_addlit(b, "\" cjk=\"");
		xml_attr(b, st->bytes.data + g->cjk.off, g->cjk.len);
		buf_addlit(b, "\" type=\"");
		buf_adds(b, gloss_type_name(g->type));
		buf_addc(b, '"');
	}
	if (m->start == m->end)
		buf_addc(b, '/');
	buf_addc(b, '>');
}

static void put_close(struct buf *b, const char *name)
{
	buf_addlit(b, "</");
	buf_adds(b, name);
	buf_addc(b, '>');
}

/* Close the open elements that end at `at` or before. */
static void close_to(struct xml *x, size_t at)
{
	while (x->depth > 0 && x->open[x->depth - 1].end <= at) {
		const struct mark *m = &x->open[--x->depth];
		put_text(x, m->end);
		put_close(&x->out->buf, m->name);
	}
}

/* Write m, or leave it out when it would cross the end of the element
 * that holds it (two spans json reports that overlap: never seen in the
 * corpora, but XML cannot nest them). */
static void put_mark(struct xml *x, const struct mark *m)
{
	close_to(x, m->start);
	if (x->depth > 0 && x->open[x->depth - 1].end < m->end)
		return;
	if (m->start < m->end && x->depth == XML_DEPTH)
		return;
	put_text(x, m->start);
	put_open(x, m);
	if (m->start < m->end)
		x->open[x->depth++] = *m;
}

/* Does span s start in the story's bytes [from, to)? */
static bool starts_in(struct span s, size_t from, size_t to)
{
	return s.len > 0 && s.off >= from && s.off < to;
}

/* The kicker, deck and dateline that start in [from, to), outer first
 * where two start together; returns how many. */
static size_t structure_marks(const struct story *st, size_t from, size_t to,
			      struct mark *m)
{
	const struct { struct span s; const char *name; } all[] = {
		{ st->kicker, "kicker" }, { st->deck, "deck" },
		{ st->dateline, "dateline" },
	};
	size_t n = 0;

	for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
		struct span s = all[i].s;
		if (!starts_in(s, from, to))
			continue;
		size_t end = s.off + s.len < to ? s.off + s.len : to;
		struct mark add = { s.off, end, all[i].name, NULL };
		size_t k = n++;
		for (; k > 0 && (m[k - 1].start > add.start ||
				 (m[k - 1].start == add.start &&
				  m[k - 1].end < add.end)); k--)
			m[k] = m[k - 1];
		m[k] = add;
	}
	return n;
}

/* The next gloss or broken gloss of [from, to) as a mark, the one that
 * starts first; false when none is left there. */
static bool next_gloss(struct xml *x, size_t from, size_t to, struct mark *m)
{
	const struct story *st = x->st;

	while (x->g < st->nglosses && st->glosses[x->g].name.off < from)
		x->g++;
	while (x->broken < st->nbroken && st->broken[x->broken].end_off < from)
		x->broken++;
	const struct gloss *g = x->g < st->nglosses ? &st->glosses[x->g] : NULL;
	const struct gloss *k = x->broken < st->nbroken ?
				&st->broken[x->broken] : NULL;
	if (g != NULL && g->name.off >= to)
		g = NULL;
	if (k != NULL && k->end_off > to)
		k = NULL;
	if (g != NULL && (k == NULL || g->name.off < k->end_off)) {
		size_t end = g->end_off < to ? g->end_off : to;
		*m = (struct mark){ g->name.off, end, "gloss", g };
		x->g++;
		return true;
	}
	if (k == NULL)
		return false;
	*m = (struct mark){ k->end_off, k->end_off, "broken-gloss", NULL };
	x->broken++;
	return true;
}

/* A line (or a piece of one), the story's bytes [from, to), with its
 * inline elements. */
static void put_inline(struct xml *x, size_t from, size_t to)
{
	struct mark s[3], g;
	size_t ns = structure_marks(x->st, from, to, s), i = 0;
	bool more = next_gloss(x, from, to, &g);

	x->pos = from;
	while (i < ns || more) {
		/* Outer first: a structure mark before a gloss at its start. */
		if (i < ns && (!more || s[i].start <= g.start)) {
			put_mark(x, &s[i++]);
			continue;
		}
		put_mark(x, &g);
		out_spill(x->out);
		more = next_gloss(x, from, to, &g);
	}
	close_to(x, SIZE_MAX);
	put_text(x, to);
}

/* The element a line is: the json headline's and byline's lines, the
 * credits, and paragraphs. */
static const char *block_name(const struct story *st, const struct line *l)
{
	size_t from = line_start(l), to = from + line_len(l);

	if (starts_in(st->headline, from, to))
		return "headline";
	if (starts_in(st->byline, from, to))
		return "byline";
	if (l->role == R_CREDIT)
		return "credit";
	return "p";
}

/* Is the input line that starts at record i blank: all of its pieces,
 * when it was cut (json text's lines are whole lines)? */
static bool blank_line_at(const struct story *st, size_t i)
{
	for (; i < st->nlines; i++) {
		if (!line_blank(&st->lines[i]))
			return false;
		if (!st->lines[i].cut)
			return true;
	}
	return true;
}

static void story_open(struct buf *b, const struct story *st)
{
	buf_addlit(b, "<story n=\"");
	buf_addu(b, (uint64_t)st->number);
	buf_addlit(b, "\" id=\"");
	buf_addhex64(b, st->fp.id);
	buf_addlit(b, "\" line=\"");
	buf_addu(b, (uint64_t)story_first_line(st));
	buf_addlit(b, "\" lines=\"");
	buf_addu(b, (uint64_t)story_line_count(st));
	buf_addlit(b, "\" offset=\"");
	buf_addu(b, st->offset);
	buf_addlit(b, "\" bytes=\"");
	buf_addu(b, st->bytes.len);
	buf_addlit(b, "\" boundary=\"");
	buf_adds(b, boundary_name(st->boundary));
	buf_addlit(b, "\" kind=\"");
	buf_adds(b, kind_name(st->kind));
	if (st->truncated)
		buf_addlit(b, "\" truncated=\"yes\"");
	else
		buf_addlit(b, "\" truncated=\"no\"");
	if (st->promotes.set) {
		buf_addlit(b, " promotes=\"");
		buf_addhex64(b, st->promotes.id);
		buf_addc(b, '"');
	}
	if (st->seen != 0) {
		buf_addlit(b, " seen=\"");
		out_time(b, st->seen, false);
		buf_addc(b, '"');
	}
	buf_addlit(b, ">\n");
}

void out_xml(struct out *out, const struct story *st,
	     const struct out_options *o)
{
	struct xml x = { .out = out, .st = st, .strip = o->strip_glosses };
	struct buf *b = &out->buf;
	const char *block = NULL;   /* the line element open, if any */

	story_open(b, st);
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		if (block == NULL && blank_line_at(st, i))
			continue;
		out_spill(out);
		if (block == NULL) {
			block = block_name(st, l);
			buf_addc(b, '<');
			buf_adds(b, block);
			buf_addc(b, '>');
		}
		x.valid = l->valid;
		put_inline(&x, line_start(l), line_start(l) + line_len(l));
		/* The pieces of a cut line are one element, closed where the
		 * line or the story ends. */
		if (!l->cut || i + 1 == st->nlines) {
			if (x.space)
				buf_addc(b, ' ');
			x.space = false;
			put_close(b, block);
			buf_addc(b, '\n');
			block = NULL;
		}
	}
	buf_addlit(b, "</story>\n");
}

void out_xml_document(struct out *out, const struct story *st,
		      const struct out_options *o)
{
	out_xml_head(out);
	out_xml_feed(out, st->file);
	out_xml(out, st, o);
	out_xml_feed_end(out);
	out_xml_tail(out);
}
