#include "reference.h"

#include <stdbool.h>
#include <string.h>

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

size_t random_pieces(uint8_t *line, size_t cap, uint32_t *seed,
		     const char *const *pieces, size_t npieces,
		     size_t max_count)
{
	size_t n = 0;

	*seed = *seed * 1103515245 + 12345;
	size_t count = (*seed >> 16) % max_count;
	for (size_t k = 0; k < count; k++) {
		*seed = *seed * 1103515245 + 12345;
		const char *piece = pieces[(*seed >> 16) % npieces];
		size_t len = piece[0] == '\0' ? 1 : strlen(piece);
		if (n + len > cap)
			break;
		memcpy(line + n, piece, len);
		n += len;
	}
	return n;
}
