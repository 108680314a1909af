/* fuzz_gloss.c — libFuzzer harness for the gloss finder: gloss_find on
 * one arbitrary line, checking that every span it reports lies inside the
 * line and in order (name before cjk before the end), that what
 * --glosses=strip leaves out holds the CJK and lies inside the gloss, and
 * that the name typing never reads outside its spans. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "gloss.h"
#include "name.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct bounds {
	size_t n, last_end;
};

static void check(const struct gloss_hit *h, void *ctx)
{
	struct bounds *b = ctx;

	if (h->name_len == 0 || h->name_off + h->name_len > b->n ||
	    h->end > b->n || h->end < h->name_off + h->name_len)
		abort();
	if (!h->broken && (h->cjk_len == 0 || h->cjk_off < h->name_off ||
			   h->cjk_off + h->cjk_len > h->end))
		abort();
	if (h->strip_len > 0 && (h->strip_off < h->name_off + h->name_len ||
				 h->strip_off + h->strip_len > h->end ||
				 h->strip_off > h->cjk_off ||
				 h->strip_off + h->strip_len <
				 h->cjk_off + h->cjk_len))
		abort();        /* strip: the CJK and no more than the gloss */
	if (h->name_off < b->last_end && b->last_end != 0 &&
	    h->name_off + h->name_len > b->last_end)
		abort();        /* a name never runs into the gloss before */
	b->last_end = h->end;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bounds b = { 0, 0 };
	bool byline = size > 0 && (data[0] & 1);

	if (size > 0) {
		data++;
		size--;
	}
	b.n = size;
	gloss_find(data, size, byline, check, &b);
	return 0;
}
