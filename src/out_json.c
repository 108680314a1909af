#include "output.h"

#include <stdbool.h>
#include <string.h>

#include "para.h"
#include "scan.h"
#include "text.h"

/* The escape for a control, '"' or '\\'. */
static void json_escape(struct buf *b, uint8_t c)
{
	static const char hex[] = "0123456789abcdef";

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
}

/* A JSON string: valid UTF-8 is copied, invalid bytes become U+FFFD (as
 * text_next decodes them), control characters are escaped.  Plain ASCII
 * and valid characters are stepped over and copied as one run up to the
 * next byte that must change. */
static void json_bytes(struct buf *b, const uint8_t *s, size_t n)
{
	size_t run = 0, i = 0;

	while ((i = scan_json_or_high(s, n, i)) < n) {
		if (s[i] >= 0x80) {
			size_t k = text_valid_len(s + i, n - i);
			if (k > 0) {
				i += k;
				continue;
			}
			ucs4_t uc;
			buf_add(b, s + run, i - run);
			buf_addlit(b, "\xEF\xBF\xBD");
			i += text_next(s + i, n - i, &uc);
		} else {
			buf_add(b, s + run, i - run);
			json_escape(b, s[i]);
			i++;
		}
		run = i;
	}
	buf_add(b, s + run, n - run);
}

/* json_bytes for text known to be valid UTF-8 (a line the reader found
 * so): no character needs decoding, only controls, '"' and '\\' change. */
static void json_valid_bytes(struct buf *b, const uint8_t *s, size_t n)
{
	size_t run = 0, i = 0;

	while ((i = scan_json_escape(s, n, i)) < n) {
		buf_add(b, s + run, i - run);
		json_escape(b, s[i]);
		run = ++i;
	}
	buf_add(b, s + run, n - run);
}

/* A span of the story as a JSON string; valid: every line of the story
 * is valid UTF-8. */
static void json_span(struct buf *b, const struct story *st, struct span s,
		      bool valid)
{
	buf_addc(b, '"');
	if (valid)
		json_valid_bytes(b, st->bytes.data + s.off, s.len);
	else
		json_bytes(b, st->bytes.data + s.off, s.len);
	buf_addc(b, '"');
}

/* A string, or null where the field does not apply. */
static void json_optional(struct buf *b, const struct story *st,
			  struct span s, bool valid)
{
	if (s.len == 0)
		buf_addlit(b, "null");
	else
		json_span(b, st, s, valid);
}

static void json_credits(struct buf *b, const struct story *st)
{
	bool first = true;

	buf_addlit(b, ",\"credits\":[");
	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		struct text_bounds t;
		if (l->role != R_CREDIT)
			continue;
		if (!first)
			buf_addc(b, ',');
		first = false;
		line_bounds(st, l, &t);
		json_span(b, st, (struct span){ line_start(l) + t.begin,
				t.end - t.begin }, l->valid);
	}
	buf_addc(b, ']');
}

static void json_glosses(struct out *out, const struct story *st,
			 const struct gloss *g, size_t n, bool broken,
			 bool valid)
{
	struct buf *b = &out->buf;

	buf_addc(b, '[');
	for (size_t i = 0; i < n; i++) {
		out_spill(out);
		if (i > 0)
			buf_addc(b, ',');
		buf_addlit(b, "{\"name\":");
		json_span(b, st, g[i].name, valid);
		if (!broken) {
			buf_addlit(b, ",\"cjk\":");
			json_span(b, st, g[i].cjk, valid);
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

/* A line of the text, in slices with a spill between them: a line of
 * many megabytes is written as it is escaped, not held whole. */
static void json_line(struct out *out, const uint8_t *s, size_t n,
		      bool valid)
{
	for (;;) {
		size_t k = out_slice_end(s, n);
		if (valid)
			json_valid_bytes(&out->buf, s, k);
		else
			json_bytes(&out->buf, s, k);
		if (k == n)
			return;
		out_spill(out);
		s += k;
		n -= k;
	}
}

static void json_text(struct out *out, const struct story *st)
{
	struct buf *b = &out->buf;
	struct story_iter it;
	struct story_line l;
	bool first = true, joined = false;

	buf_addlit(b, ",\"text\":\"");
	story_iter_init(st, &it);
	while (story_next_line(st, &it, &l)) {
		out_spill(out);
		if (!first && !joined)
			buf_addlit(b, "\\n");   /* pieces of one cut line join */
		json_line(out, l.text, l.len, l.valid);
		first = false;
		joined = l.cut;
	}
	buf_addc(b, '"');
}

void out_json(struct out *out, const struct story *st,
	      const struct out_options *o)
{
	struct buf *b = &out->buf;
	bool valid = true;

	(void)o;
	for (size_t i = 0; i < st->nlines && valid; i++)
		valid = st->lines[i].valid;
	buf_addlit(b, "{\"file\":\"");
	json_bytes(b, (const uint8_t *)st->file, strlen(st->file));
	buf_addlit(b, "\",\"story\":");
	buf_addu(b, (uint64_t)st->number);
	buf_addlit(b, ",\"id\":\"");
	buf_addhex64(b, st->fp.id);
	buf_addlit(b, "\",\"line\":");
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
	json_optional(b, st, st->kicker, valid);
	buf_addlit(b, ",\"deck\":");
	json_optional(b, st, st->deck, valid);
	buf_addlit(b, ",\"headline\":");
	json_optional(b, st, st->headline, valid);
	buf_addlit(b, ",\"byline\":");
	json_optional(b, st, st->byline, valid);
	buf_addlit(b, ",\"dateline\":");
	json_optional(b, st, st->dateline, valid);
	json_credits(b, st);
	buf_addlit(b, ",\"glosses\":");
	json_glosses(out, st, st->glosses, st->nglosses, false, valid);
	buf_addlit(b, ",\"broken_glosses\":");
	json_glosses(out, st, st->broken, st->nbroken, true, valid);
	buf_addlit(b, ",\"promotes\":");
	if (st->promotes.set) {
		buf_addc(b, '"');
		buf_addhex64(b, st->promotes.id);
		buf_addc(b, '"');
	} else {
		buf_addlit(b, "null");
	}
	buf_addlit(b, ",\"seen\":");
	if (st->seen != 0) {
		buf_addc(b, '"');
		out_time(b, st->seen, false);
		buf_addc(b, '"');
	} else {
		buf_addlit(b, "null");
	}
	json_text(out, st);
	buf_addlit(b, "}\n");
}
