/* kind.h — what a finished story is (SPEC §2.2, §2.4): article or blurb,
 * truncated or not, and its headline, byline and dateline.  Reads the
 * roles the segmenter gave its lines; changes nothing else. */
#ifndef STORYSIFT_KIND_H
#define STORYSIFT_KIND_H

#include "story.h"

void kind_analyze(struct story *st);

/* Does the paragraph not end a sentence (cut, open quote, ellipsis)? */
bool kind_is_cut(const struct para *p);

#endif
