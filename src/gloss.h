/* gloss.h — CJK name glosses (SPEC §2.5).
 *
 * gloss_find scans one line for glosses — `Lawrence Wong (黃循財)`,
 * fullwidth brackets, a label before the CJK (`(TSMC, 台積電)`), a byline
 * name with no brackets — and for broken ones (`Su Ying-kwei (`).  Each
 * result holds byte spans into the line; the caller turns them into story
 * offsets.  gloss_analyze does that for every line of a story, and
 * gloss_offsets counts the code points the JSON format gives as start and
 * end: only that format needs them, and counting reads every byte up to
 * a story's last gloss. */
#ifndef STORYSIFT_GLOSS_H
#define STORYSIFT_GLOSS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "story.h"

struct gloss_hit {
	size_t name_off, name_len;
	size_t cjk_off, cjk_len;
	size_t end;                 /* just past the closing bracket, or the
	                               CJK run when the bracket is lost */
	size_t strip_off, strip_len;  /* what --glosses=strip leaves out:
	                                 ` (黃循財)`, `, 台積電`, or 0 bytes */
	bool strip_space;   /* `Ko（柯）said`: put a space where it was */
	bool broken;
	enum gloss_type type;
};

typedef void (*gloss_fn)(const struct gloss_hit *hit, void *ctx);

/* Report every gloss of s in order; `byline` allows the bracketless form. */
void gloss_find(const uint8_t *s, size_t n, bool byline, gloss_fn fn,
		void *ctx);

/* Fill st->glosses and st->broken (byte spans; start and end are 0). */
void gloss_analyze(struct story *st);

/* Set start and end of each gloss gloss_analyze found. */
void gloss_offsets(struct story *st);

#endif
