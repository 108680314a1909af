#include "reference.h"

#include <stdbool.h>

#include "text.h"

unsigned reference_words(const uint8_t *s, size_t n, unsigned cap)
{
	unsigned words = 0;
	bool in = false;

	for (size_t i = 0; i < n && words < cap;) {
		ucs4_t uc;
		i += text_next(s + i, n - i, &uc);
		bool space = text_is_space(uc);
		if (!space && !in)
			words++;
		in = !space;
	}
	return words;
}
