/* feed.h — for the unit tests: a whole input string through the real
 * segmenter, one line at a time as the reader hands them out: lines end
 * at LF, a CR before the LF is part of the terminator, a BOM at the start
 * is set apart.  on_story sees each story as the pipeline would. */
#ifndef STORYSIFT_TEST_FEED_H
#define STORYSIFT_TEST_FEED_H

#include "segment.h"

/* --max-story for the tests: far above any fixture. */
enum { FEED_MAX_STORY = 1 << 20 };

/* n bytes of s (NUL bytes allowed) as the file named `file`. */
void feed_bytes(const char *file, const uint8_t *s, size_t n,
		story_fn on_story, void *ctx);
/* Copy the span sp of a story into dst (cap bytes) as a C string; the
 * test fails when it does not fit. */
void feed_copy_span(char *dst, size_t cap, const struct story *st,
		    struct span sp);

/* A file holding n bytes of data, open for reading at its start and
 * already unlinked: closing it removes it. */
int feed_temp_file(const void *data, size_t n);

/* A C string as standard input, `-`. */
void feed_string(const char *input, story_fn on_story, void *ctx);
/* ... with one --start pattern (a POSIX extended regular expression). */
void feed_string_marked(const char *input, const char *pattern,
			story_fn on_story, void *ctx);

#endif
