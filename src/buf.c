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

/* Without printf's format parsing, and straight into the buffer, two
 * digits at a time: the writers print several numbers per story. */
void buf_addu(struct buf *b, uint64_t v)
{
	static const char pairs[] =
		"00010203040506070809" "10111213141516171819"
		"20212223242526272829" "30313233343536373839"
		"40414243444546474849" "50515253545556575859"
		"60616263646566676869" "70717273747576777879"
		"80818283848586878889" "90919293949596979899";
	size_t n = 1;

	for (uint64_t p = 10; n < 20 && v >= p; p *= 10)
		n++;
	if (b->cap - b->len < n)
		buf_reserve(b, n);
	uint8_t *d = b->data + b->len + n;
	b->len += n;
	for (; v >= 100; v /= 100) {
		d -= 2;
		memcpy(d, pairs + 2 * (v % 100), 2);
	}
	if (v >= 10) {
		d -= 2;
		memcpy(d, pairs + 2 * v, 2);
	} else {
		*--d = (uint8_t)('0' + v);
	}
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void buf_addhex64(struct buf *b, uint64_t v)
{
	static const char digits[] = "0123456789abcdef";

	if (b->cap - b->len < 16)
		buf_reserve(b, 16);
	for (int i = 15; i >= 0; i--, v >>= 4)
		b->data[b->len + (size_t)i] = (uint8_t)digits[v & 0xF];
	b->len += 16;
}
