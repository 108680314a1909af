#include "output.h"

#include <string.h>
#include <unistr.h>

#include "text.h"

/* A number, without printf's format parsing (a few per story). */
static void put_num(FILE *out, uint64_t v)
{
	char buf[24];
	size_t i = sizeof buf;

	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	fwrite(buf + i, 1, sizeof buf - i, out);
}

/* `,"key":` */
static void put_key(FILE *out, const char *key)
{
	fputs(",\"", out);
	fputs(key, out);
	fputs("\":", out);
}

/* A JSON string: valid UTF-8 is copied, invalid bytes become U+FFFD (as
 * text_next decodes them), control characters are escaped. */
static void json_bytes(FILE *out, const uint8_t *s, size_t n)
{
	size_t run = 0, i = 0;

	while (i < n) {
		uint8_t c = s[i];
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			i++;
			continue;
		}
		fwrite(s + run, 1, i - run, out);
		if (c < 0x80) {
			switch (c) {
			case '"': fputs("\\\"", out); break;
			case '\\': fputs("\\\\", out); break;
			case '\n': fputs("\\n", out); break;
			case '\t': fputs("\\t", out); break;
			case '\r': fputs("\\r", out); break;
			case '\f': fputs("\\f", out); break;
			case '\b': fputs("\\b", out); break;
			default: fprintf(out, "\\u%04x", c); break;
			}
			i++;
		} else {
			ucs4_t uc;
			size_t k = text_next_slow(s + i, n - i, &uc);
			if (u8_check(s + i, k) == NULL)
				fwrite(s + i, 1, k, out);
			else
				fputs("\xEF\xBF\xBD", out);
			i += k;
		}
		run = i;
	}
	fwrite(s + run, 1, n - run, out);
}

static void json_span(FILE *out, const struct story *st, struct span s)
{
	fputc('"', out);
	json_bytes(out, st->bytes.data + s.off, s.len);
	fputc('"', out);
}

static void json_field(FILE *out, const struct story *st, const char *key,
		       struct span s)
{
	put_key(out, key);
	if (s.len == 0)
		fputs("null", out);
	else
		json_span(out, st, s);
}

static void json_credits(FILE *out, const struct story *st)
{
	bool first = true;

	fputs(",\"credits\":[", out);
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		if (l->role != R_CREDIT)
			continue;
		if (!first)
			fputc(',', out);
		first = false;
		json_span(out, st, (struct span){ line_start(l) + l->para.begin,
				  l->para.end - l->para.begin });
	}
	fputc(']', out);
}

static void json_glosses(FILE *out, const struct story *st, const char *key,
			 const struct gloss *g, size_t n, bool broken)
{
	put_key(out, key);
	fputc('[', out);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",{\"name\":" : "{\"name\":", out);
		json_span(out, st, g[i].name);
		if (!broken) {
			fputs(",\"cjk\":", out);
			json_span(out, st, g[i].cjk);
			fputs(",\"type\":\"", out);
			fputs(gloss_type_name(g[i].type), out);
			fputc('"', out);
		}
		fputs(",\"start\":", out);
		put_num(out, g[i].start);
		fputs(",\"end\":", out);
		put_num(out, g[i].end);
		fputc('}', out);
	}
	fputc(']', out);
}

static void json_text(FILE *out, const struct story *st)
{
	fputs(",\"text\":\"", out);
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		if (i > 0 && !st->lines[i - 1].cut)
			fputs("\\n", out);   /* pieces of one cut line join */
		json_bytes(out, line_text(st, l), l->len);
	}
	fputc('"', out);
}

void out_json(FILE *out, const struct story *st, const struct out_options *o)
{
	(void)o;
	fputs("{\"file\":", out);
	fputc('"', out);
	json_bytes(out, (const uint8_t *)st->file, strlen(st->file));
	fputc('"', out);
	fputs(",\"story\":", out);
	put_num(out, (uint64_t)st->number);
	fputs(",\"line\":", out);
	put_num(out, (uint64_t)story_first_line(st));
	fputs(",\"lines\":", out);
	put_num(out, (uint64_t)story_line_count(st));
	fputs(",\"offset\":", out);
	put_num(out, st->offset);
	fputs(",\"bytes\":", out);
	put_num(out, st->bytes.len);
	fputs(",\"boundary\":\"", out);
	fputs(boundary_name(st->boundary), out);
	fputs("\",\"kind\":\"", out);
	fputs(kind_name(st->kind), out);
	fputs(st->truncated ? "\",\"truncated\":true" :
			      "\",\"truncated\":false", out);
	json_field(out, st, "kicker", st->kicker);
	json_field(out, st, "deck", st->deck);
	json_field(out, st, "headline", st->headline);
	json_field(out, st, "byline", st->byline);
	json_field(out, st, "dateline", st->dateline);
	json_credits(out, st);
	json_glosses(out, st, "glosses", st->glosses, st->nglosses, false);
	json_glosses(out, st, "broken_glosses", st->broken, st->nbroken, true);
	json_text(out, st);
	fputs("}\n", out);
}
