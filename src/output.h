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
#include <stdio.h>

#include "buf.h"
#include "story.h"

struct out_options {
	bool headers;           /* text: print the `# story` lines */
	bool with_filename;     /* text: name the file in each header */
	bool strip_glosses;     /* text: leave out the glosses' CJK (§4) */
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

void out_text(struct out *out, const struct story *st,
	      const struct out_options *o);
void out_json(struct out *out, const struct story *st,
	      const struct out_options *o);

#endif
