#include "output.h"

#include "text.h"

long story_first_line(const struct story *st)
{
	for (size_t i = 0; i < st->nlines; i++)
		if (!st->lines[i].para.blank)
			return st->lines[i].lineno;
	return st->nlines > 0 ? st->lines[0].lineno : 0;
}

long story_line_count(const struct story *st)
{
	if (st->nlines == 0)
		return 0;
	return st->lines[st->nlines - 1].lineno - st->lines[0].lineno + 1;
}

static void put_span(FILE *out, const struct story *st, struct span s)
{
	fwrite(st->bytes.data + s.off, 1, s.len, out);
}

static void put_field(FILE *out, const struct story *st, const char *name,
		      struct span s)
{
	if (s.len == 0)
		return;
	fprintf(out, ", %s \"", name);
	put_span(out, st, s);
	fputc('"', out);
}

static void header(FILE *out, const struct story *st,
		   const struct out_options *o)
{
	fputs("# ", out);
	if (o->with_filename)
		fprintf(out, "%s: ", st->file);
	fprintf(out, "story %ld: %s", st->number, kind_name(st->kind));
	if (st->truncated)
		fputs(", truncated", out);
	fprintf(out, ", line %ld", story_first_line(st));
	put_field(out, st, "kicker", st->kicker);
	put_field(out, st, "headline", st->headline);
	put_field(out, st, "byline", st->byline);
	put_field(out, st, "dateline", st->dateline);
	for (size_t i = 0; i < st->nglosses; i++) {
		fputs(i == 0 ? ", glosses: " : "; ", out);
		put_span(out, st, st->glosses[i].name);
		fputc('=', out);
		put_span(out, st, st->glosses[i].cjk);
	}
	fputc('\n', out);
}

/* Print [from, to) of the story's bytes, leaving out stripped glosses. */
static void put_stripped(FILE *out, const struct story *st, size_t from,
			 size_t to, size_t *g)
{
	while (*g < st->nglosses && st->glosses[*g].strip_off < from)
		(*g)++;
	for (; *g < st->nglosses; (*g)++) {
		const struct gloss *x = &st->glosses[*g];
		if (x->strip_len == 0)
			continue;
		if (x->strip_off >= to)
			break;
		fwrite(st->bytes.data + from, 1, x->strip_off - from, out);
		if (x->strip_space)
			fputc(' ', out);
		from = x->strip_off + x->strip_len;
	}
	fwrite(st->bytes.data + from, 1, to - from, out);
}

void out_text(FILE *out, const struct story *st, const struct out_options *o)
{
	size_t g = 0;

	if (o->headers)
		header(out, st, o);
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		if (l->para.blank)
			continue;
		size_t from = line_start(l), to = from + l->len;
		if (o->strip_glosses)
			put_stripped(out, st, from, to, &g);
		else
			fwrite(st->bytes.data + from, 1, to - from, out);
		/* A piece of a cut line ends its line only where the
		 * story ends, so every story still ends in an empty line. */
		if (!l->cut || i + 1 == st->nlines)
			fputc('\n', out);
	}
	fputc('\n', out);
}
