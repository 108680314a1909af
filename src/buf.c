#include "buf.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		diag_fatal("out of memory");
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		diag_fatal("out of memory");
	return p;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t elem)
{
	size_t c = *cap ? *cap : 16;

	if (need <= *cap)
		return p;
	while (c < need) {
		if (c > SIZE_MAX / 2 / elem)
			diag_fatal("out of memory");
		c *= 2;
	}
	*cap = c;
	return xrealloc(p, c * elem);
}

void buf_reserve(struct buf *b, size_t extra)
{
	if (extra > SIZE_MAX - b->len)
		diag_fatal("out of memory");
	b->data = xgrow(b->data, &b->cap, b->len + extra, 1);
}

void buf_add(struct buf *b, const void *s, size_t n)
{
	if (n == 0)
		return;
	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

void buf_addc(struct buf *b, uint8_t c)
{
	if (b->len == b->cap)
		buf_reserve(b, 1);
	b->data[b->len++] = c;
}

void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* Without printf's format parsing: the writers print a few per story. */
void buf_addu(struct buf *b, uint64_t v)
{
	char d[20];
	size_t i = sizeof d;

	do {
		d[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	buf_add(b, d + i, sizeof d - i);
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
