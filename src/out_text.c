#include "output.h"

#include <stdio.h>
#include <time.h>

#include "text.h"

void out_time(struct buf *b, int64_t t, bool date_only)
{
	time_t tt = (time_t)t;
	struct tm tm;
	char s[64];

	if (gmtime_r(&tt, &tm) == NULL ||
	    strftime(s, sizeof s, date_only ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%SZ",
		     &tm) == 0)
		snprintf(s, sizeof s, "%lld", (long long)t);
	buf_adds(b, s);
}

/* `, promotes story 5`, `, promotes FILE:5` or `, promotes ID`, and
 * `, seen 2026-12-02` (SPEC §3.1, §8). */
static void put_memory(struct buf *b, const struct story *st)
{
	const struct promotes *p = &st->promotes;

	if (p->set) {
		buf_addlit(b, ", promotes ");
		if (p->file == NULL) {
			buf_addhex64(b, p->id);
		} else {
			if (p->same_file) {
				buf_addlit(b, "story ");
			} else {
				buf_adds(b, p->file);
				buf_addc(b, ':');
			}
			buf_addu(b, (uint64_t)p->number);
		}
	}
	if (st->seen != 0) {
		buf_addlit(b, ", seen ");
		out_time(b, st->seen, true);
	}
}

static void put_span(struct buf *b, const struct story *st, struct span s)
{
	buf_add(b, st->bytes.data + s.off, s.len);
}

static void put_field(struct buf *b, const struct story *st,
		      const char *name, struct span s)
{
	if (s.len == 0)
		return;
	buf_addlit(b, ", ");
	buf_adds(b, name);
	buf_addlit(b, " \"");
	put_span(b, st, s);
	buf_addc(b, '"');
}

static void header(struct out *out, const struct story *st,
		   const struct out_options *o)
{
	struct buf *b = &out->buf;

	buf_addlit(b, "# ");
	if (o->with_filename) {
		buf_adds(b, st->file);
		buf_addlit(b, ": ");
	}
	buf_addlit(b, "story ");
	buf_addu(b, (uint64_t)st->number);
	buf_addlit(b, ": ");
	buf_adds(b, kind_name(st->kind));
	if (st->truncated)
		buf_addlit(b, ", truncated");
	buf_addlit(b, ", line ");
	buf_addu(b, (uint64_t)story_first_line(st));
	put_field(b, st, "kicker", st->kicker);
	put_field(b, st, "headline", st->headline);
	put_field(b, st, "byline", st->byline);
	put_field(b, st, "dateline", st->dateline);
	for (size_t i = 0; i < st->nglosses; i++) {
		out_spill(out);
		if (i == 0)
			buf_addlit(b, ", glosses: ");
		else
			buf_addlit(b, "; ");
		put_span(b, st, st->glosses[i].name);
		buf_addc(b, '=');
		put_span(b, st, st->glosses[i].cjk);
	}
	put_memory(b, st);
	buf_addc(b, '\n');
}

/* Bytes, in slices with a spill between them: a line of many megabytes
 * is not held twice. */
static void put_bytes(struct out *out, const uint8_t *s, size_t n)
{
	while (n > OUT_SPILL) {
		buf_add(&out->buf, s, OUT_SPILL);
		out_spill(out);
		s += OUT_SPILL;
		n -= OUT_SPILL;
	}
	buf_add(&out->buf, s, n);
}

/* Print [from, to) of the story's bytes, leaving out stripped glosses. */
static void put_stripped(struct out *out, const struct story *st,
			 size_t from, size_t to, size_t *g)
{
	struct buf *b = &out->buf;

	while (*g < st->nglosses && st->glosses[*g].strip_off < from)
		(*g)++;
	for (; *g < st->nglosses; (*g)++) {
		const struct gloss *x = &st->glosses[*g];
		if (x->strip_len == 0)
			continue;
		if (x->strip_off >= to)
			break;
		out_spill(out);
		buf_add(b, st->bytes.data + from, x->strip_off - from);
		if (x->strip_space)
			buf_addc(b, ' ');
		from = x->strip_off + x->strip_len;
	}
	buf_add(b, st->bytes.data + from, to - from);
}

void out_text(struct out *out, const struct story *st,
	      const struct out_options *o)
{
	struct buf *b = &out->buf;
	size_t g = 0;

	if (o->headers)
		header(out, st, o);
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		if (line_blank(l))
			continue;
		out_spill(out);
		size_t from = line_start(l), to = from + line_len(l);
		if (o->strip_glosses)
			put_stripped(out, st, from, to, &g);
		else
			put_bytes(out, st->bytes.data + from, to - from);
		/* A piece of a cut line ends its line only where the
		 * story ends, so every story still ends in an empty line. */
		if (!l->cut || i + 1 == st->nlines)
			buf_addc(b, '\n');
	}
	buf_addc(b, '\n');
}
