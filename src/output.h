/* output.h — the story writers (SPEC §3) and what they share.
 *
 * Each writer appends one finished, analysed story to a byte buffer; the
 * caller writes what is left of it with one fwrite and checks that write.
 * Between lines a writer hands the buffer to out_spill, which writes it
 * out once it is large, so a long story does not hold its whole output
 * in memory.  The writers keep no state between stories. */
#ifndef STORYSIFT_OUTPUT_H
#define STORYSIFT_OUTPUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "story.h"

struct out_options {
	bool headers;           /* text: print the `# story` lines */
	bool with_filename;     /* text: name the file in each header */
	bool strip_glosses;     /* text, xml: leave out the glosses' CJK (§4) */
};

/* Where a writer's bytes go: buf, and file when it is set. */
struct out {
	struct buf buf;
	FILE *file;     /* NULL: keep everything in buf (the tests) */
};

enum { OUT_SPILL = 1 << 16 };

/* Write buf to file and empty it if it holds OUT_SPILL bytes or more
 * (write errors are left in ferror(file) for the caller). */
static inline void out_spill(struct out *o)
{
	if (o->file != NULL && o->buf.len >= OUT_SPILL) {
		fwrite(o->buf.data, 1, o->buf.len, o->file);
		o->buf.len = 0;
	}
}

/* Where to end a slice of s[0, n) near OUT_SPILL bytes so that no
 * character, valid or not, is decoded differently for being split: a
 * continuation byte belongs with a byte that is not one at most three
 * bytes before it (a sequence has four bytes at most); farther, it
 * stands alone. */
static inline size_t out_slice_end(const uint8_t *s, size_t n)
{
	size_t end = OUT_SPILL;

	if (n <= end)
		return n;
	if ((s[end] & 0xC0) == 0x80)
		for (size_t k = 1; k <= 3; k++)
			if ((s[end - k] & 0xC0) != 0x80)
				return end - k;
	return end;
}

/* A time of SPEC §8 (seconds since the epoch): ISO 8601 UTC,
 * `2026-12-02T03:00:00Z`, or with date_only its date, `2026-12-02`. */
void out_time(struct buf *b, int64_t t, bool date_only);

void out_text(struct out *out, const struct story *st,
	      const struct out_options *o);
void out_json(struct out *out, const struct story *st,
	      const struct out_options *o);

/* xml is one document per run, written as the run reaches each part: its
 * head, then per input file a <feed> holding its stories, the feed's end,
 * and after the last file the document's end.  With -o, each story's file
 * is a document of its own (out_xml_document). */
void out_xml_head(struct out *out);
void out_xml_feed(struct out *out, const char *file);
void out_xml(struct out *out, const struct story *st,
	     const struct out_options *o);
void out_xml_feed_end(struct out *out);
void out_xml_tail(struct out *out);
void out_xml_document(struct out *out, const struct story *st,
		      const struct out_options *o);

#endif
