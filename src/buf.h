/* buf.h — allocation that never returns NULL, and a growable byte buffer.
 *
 * xmalloc/xrealloc end the program with a message when memory runs out,
 * so no caller has to check.  A struct buf is bytes + length + capacity;
 * it is never NUL-terminated unless the caller appends a NUL. */
#ifndef STORYSIFT_BUF_H
#define STORYSIFT_BUF_H

#include <stddef.h>
#include <stdint.h>

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
/* Grow *p (an array of *cap elements of size elem) to hold at least need. */
void *xgrow(void *p, size_t *cap, size_t need, size_t elem);

struct buf {
	uint8_t *data;
	size_t len;
	size_t cap;
};

void buf_reserve(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *s, size_t n);
void buf_addc(struct buf *b, uint8_t c);
void buf_adds(struct buf *b, const char *s);     /* a C string, no NUL */
void buf_addu(struct buf *b, uint64_t v);        /* in decimal */
/* A string literal, without strlen. */
#define buf_addlit(b, lit) buf_add((b), (lit), sizeof(lit) - 1)
void buf_free(struct buf *b);

#endif
