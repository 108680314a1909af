/* source.h — the bytes of a file descriptor, gunzipped when they start
 * with gzip's magic bytes 1f 8b (SPEC §4).
 *
 * The first read decides: input of fewer than two bytes, or not starting
 * with 1f 8b, is handed out as read, byte for byte; gzip input is
 * inflated, member after member (`cat a.gz b.gz` is one text).  Bytes
 * after the last member that do not start another one are ignored, as
 * gzip does, and `trailing` says so.  A gzip stream that is corrupt or
 * ends inside a member is a read error after the bytes decoded before it.
 *
 * Plain input is read straight into the caller's buffer; gzip input
 * through one fixed buffer of its own, allocated only then. */
#ifndef STORYSIFT_SOURCE_H
#define STORYSIFT_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Read errors that are not an errno (errno values are positive). */
enum {
	SOURCE_GZIP_EOF = -1,       /* the stream ends inside a member */
	SOURCE_GZIP_CORRUPT = -2,   /* not a valid deflate stream, or its
	                               CRC or length does not match */
};

struct gunzip;

struct source {
	int fd;
	int state;              /* source.c's enum: first read, plain, ... */
	int error;              /* after -1: an errno or SOURCE_GZIP_* */
	bool trailing;          /* bytes after the last gzip member ignored */
	struct gunzip *gz;      /* NULL until the input turns out gzip */
};

void source_start(struct source *s, int fd);
/* Up to cap (at least 2) bytes of the text into buf: how many, 0 at the
 * end, -1 on error (s->error); nothing is read after a 0 or a -1.  Never
 * 0 before the end, even when a read gave only gzip header bytes. */
ssize_t source_read(struct source *s, uint8_t *buf, size_t cap);
void source_stop(struct source *s);

/* What a read error means, for a diagnostic: strerror for an errno,
 * `gzip: unexpected end of file`, `gzip: invalid compressed data`. */
const char *source_strerror(int error);

#endif
