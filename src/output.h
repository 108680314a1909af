/* output.h — the story writers (SPEC §3) and what they share.
 *
 * Each writer appends one finished, analysed story — the whole record —
 * to a byte buffer, so the caller writes it with one fwrite and checks
 * that write.  The writers keep no state between stories. */
#ifndef STORYSIFT_OUTPUT_H
#define STORYSIFT_OUTPUT_H

#include <stdbool.h>

#include "buf.h"
#include "story.h"

struct out_options {
	bool headers;           /* text: print the `# story` lines */
	bool with_filename;     /* text: name the file in each header */
	bool strip_glosses;     /* text: leave out ` (黃循財)` */
};

void out_text(struct buf *b, const struct story *st,
	      const struct out_options *o);
void out_json(struct buf *b, const struct story *st,
	      const struct out_options *o);

/* The line number a story reports: its first non-blank line. */
long story_first_line(const struct story *st);
/* How many input lines the story covers. */
long story_line_count(const struct story *st);

#endif
