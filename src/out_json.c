#include "output.h"

#include <string.h>
#include <unistr.h>

#include "text.h"

/* A JSON string: valid UTF-8 is copied, invalid bytes become U+FFFD (as
 * text_next decodes them), control characters are escaped. */
static void json_bytes(struct buf *b, const uint8_t *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0, i = 0;

	while (i < n) {
		uint8_t c = s[i];
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			i++;
			continue;
		}
		buf_add(b, s + run, i - run);
		if (c < 0x80) {
			switch (c) {
			case '"': buf_addlit(b, "\\\""); break;
			case '\\': buf_addlit(b, "\\\\"); break;
			case '\n': buf_addlit(b, "\\n"); break;
			case '\t': buf_addlit(b, "\\t"); break;
			case '\r': buf_addlit(b, "\\r"); break;
			case '\f': buf_addlit(b, "\\f"); break;
			case '\b': buf_addlit(b, "\\b"); break;
			default:
				buf_addlit(b, "\\u00");
				buf_addc(b, (uint8_t)hex[c >> 4]);
				buf_addc(b, (uint8_t)hex[c & 15]);
				break;
			}
			i++;
		} else {
			ucs4_t uc;
			size_t k = text_next_slow(s + i, n - i, &uc);
			if (u8_check(s + i, k) == NULL)
				buf_add(b, s + i, k);
			else
				buf_addlit(b, "\xEF\xBF\xBD");
			i += k;
		}
		run = i;
	}
	buf_add(b, s + run, n - run);
}

static void json_span(struct buf *b, const struct story *st, struct span s)
{
	buf_addc(b, '"');
	json_bytes(b, st->bytes.data + s.off, s.len);
	buf_addc(b, '"');
}

/* A string, or null where the field does not apply. */
static void json_optional(struct buf *b, const struct story *st,
			  struct span s)
{
	if (s.len == 0)
		buf_addlit(b, "null");
	else
		json_span(b, st, s);
}

static void json_credits(struct buf *b, const struct story *st)
{
	bool first = true;

	buf_addlit(b, ",\"credits\":[");
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		if (l->role != R_CREDIT)
			continue;
		if (!first)
			buf_addc(b, ',');
		first = false;
		json_span(b, st, (struct span){ line_start(l) + l->para.begin,
				l->para.end - l->para.begin });
	}
	buf_addc(b, ']');
}

static void json_glosses(struct buf *b, const struct story *st,
			 const struct gloss *g, size_t n, bool broken)
{
	buf_addc(b, '[');
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(b, ',');
		buf_addlit(b, "{\"name\":");
		json_span(b, st, g[i].name);
		if (!broken) {
			buf_addlit(b, ",\"cjk\":");
			json_span(b, st, g[i].cjk);
			buf_addlit(b, ",\"type\":\"");
			buf_adds(b, gloss_type_name(g[i].type));
			buf_addc(b, '"');
		}
		buf_addlit(b, ",\"start\":");
		buf_addu(b, g[i].start);
		buf_addlit(b, ",\"end\":");
		buf_addu(b, g[i].end);
		buf_addc(b, '}');
	}
	buf_addc(b, ']');
}

static void json_text(struct buf *b, const struct story *st)
{
	buf_addlit(b, ",\"text\":\"");
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		if (i > 0 && !st->lines[i - 1].cut)
			buf_addlit(b, "\\n");   /* pieces of one cut line join */
		json_bytes(b, line_text(st, l), l->len);
	}
	buf_addc(b, '"');
}

void out_json(struct buf *b, const struct story *st,
	      const struct out_options *o)
{
	(void)o;
	buf_addlit(b, "{\"file\":\"");
	json_bytes(b, (const uint8_t *)st->file, strlen(st->file));
	buf_addlit(b, "\",\"story\":");
	buf_addu(b, (uint64_t)st->number);
	buf_addlit(b, ",\"line\":");
	buf_addu(b, (uint64_t)story_first_line(st));
	buf_addlit(b, ",\"lines\":");
	buf_addu(b, (uint64_t)story_line_count(st));
	buf_addlit(b, ",\"offset\":");
	buf_addu(b, st->offset);
	buf_addlit(b, ",\"bytes\":");
	buf_addu(b, st->bytes.len);
	buf_addlit(b, ",\"boundary\":\"");
	buf_adds(b, boundary_name(st->boundary));
	buf_addlit(b, "\",\"kind\":\"");
	buf_adds(b, kind_name(st->kind));
	if (st->truncated)
		buf_addlit(b, "\",\"truncated\":true");
	else
		buf_addlit(b, "\",\"truncated\":false");
	buf_addlit(b, ",\"kicker\":");
	json_optional(b, st, st->kicker);
	buf_addlit(b, ",\"deck\":");
	json_optional(b, st, st->deck);
	buf_addlit(b, ",\"headline\":");
	json_optional(b, st, st->headline);
	buf_addlit(b, ",\"byline\":");
	json_optional(b, st, st->byline);
	buf_addlit(b, ",\"dateline\":");
	json_optional(b, st, st->dateline);
	json_credits(b, st);
	buf_addlit(b, ",\"glosses\":");
	json_glosses(b, st, st->glosses, st->nglosses, false);
	buf_addlit(b, ",\"broken_glosses\":");
	json_glosses(b, st, st->broken, st->nbroken, true);
	json_text(b, st);
	buf_addlit(b, "}\n");
}
