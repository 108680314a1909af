#include "wordlist.h"

/* Compare the entry with k[0, n) as strcmp would the string k.  By hand:
 * most comparisons of a binary search end at the first or second byte,
 * and a call to strncmp costs more than that.  An entry that ends where
 * k goes on, even with a NUL byte, sorts first. */
static int entry_cmp(const char *entry, const uint8_t *k, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char e = (unsigned char)entry[i];
		if (e != k[i])
			return e - k[i];
		if (e == '\0')
			return -1;
	}
	return entry[n] != '\0';
}

bool wordlist_has(const char *const *word, size_t count,
		  const uint8_t *k, size_t n)
{
	size_t lo = 0, hi = count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = entry_cmp(word[mid], k, n);
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}
