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

/* Without printf's format parsing, and straight into the buffer: the
 * writers print a few numbers per story. */
void buf_addu(struct buf *b, uint64_t v)
{
	size_t n = 1;

	for (uint64_t p = 10; n < 20 && v >= p; p *= 10)
		n++;
	if (b->cap - b->len < n)
		buf_reserve(b, n);
	uint8_t *d = b->data + b->len + n;
	b->len += n;
	do {
		*--d = (uint8_t)('0' + v % 10);
		v /= 10;
	} while (v != 0);
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
