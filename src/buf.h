/* buf.h — allocation that never returns NULL, and a growable byte buffer.
 *
 * xmalloc/xrealloc end the program with a message when memory runs out,
 * so no caller has to check.  A struct buf is bytes + length + capacity;
 * it is never NUL-terminated unless the caller appends a NUL. */
#ifndef STORYSIFT_BUF_H
#define STORYSIFT_BUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
/* Grow *p (an array of *cap elements of size elem) to hold at least need. */
void *xgrow(void *p, size_t *cap, size_t need, size_t elem);

struct buf {
	uint8_t *data;
	size_t len;
	size_t cap;
};

/* Room for extra more bytes after len. */
void buf_reserve(struct buf *b, size_t extra);

/* The writers append dozens of small pieces per story: when there is
 * room, appending is inline; only growing is a call. */
static inline void buf_add(struct buf *b, const void *s, size_t n)
{
	if (n == 0)
		return;     /* s may be NULL, and memcpy must not see it */
	if (b->cap - b->len < n)
		buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

static inline void buf_addc(struct buf *b, uint8_t c)
{
	if (b->len == b->cap)
		buf_reserve(b, 1);
	b->data[b->len++] = c;
}

/* A C string, without its NUL. */
static inline void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_addu(struct buf *b, uint64_t v);        /* in decimal */
void buf_addhex64(struct buf *b, uint64_t v);    /* 16 lower-case hex digits */
/* A string literal, without strlen. */
#define buf_addlit(b, lit) buf_add((b), (lit), sizeof(lit) - 1)
void buf_free(struct buf *b);

#endif
