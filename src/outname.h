/* outname.h — `-o PATTERN`: the file each story is written to (SPEC §4).
 *
 * A pattern is a path with conversions: %f the input file's base name
 * without its extension (`feeds/dump.txt.gz` gives `dump`), %n the story
 * number, %Wn the same zero-padded to W digits (%04n), %k the story's
 * kind, %% a percent sign.  Every pattern holds a %n, so that two stories
 * of a file never get the same name. */
#ifndef STORYSIFT_OUTNAME_H
#define STORYSIFT_OUTNAME_H

#include <stdbool.h>
#include <stdio.h>

#include "buf.h"

/* Whether pattern can name stories; if not, *why says what is wrong. */
bool outname_valid(const char *pattern, const char **why);

/* The stem %f stands for: file's base name without its extension (and
 * without `.gz` first); a name that is all extension stays whole. */
void outname_stem(struct buf *b, const char *file);

/* Append to b, NUL-terminated, the name pattern (valid) gives the story
 * numbered number, of kind kind, from the file whose stem is stem. */
void outname_expand(struct buf *b, const char *pattern, const char *stem,
		    long number, const char *kind);

/* Open path for writing, creating its directories first; an existing
 * file is an error (EEXIST) unless force.  NULL with errno set on
 * failure. */
FILE *outname_open(const char *path, bool force);

#endif
