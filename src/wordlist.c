#include "wordlist.h"

#include <string.h>

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

static unsigned length_bit(size_t n)
{
	return n < 31 ? (unsigned)n : 31;
}

void wordtable_index(struct wordtable *t)
{
	size_t k = 0;

	for (unsigned b = 0; b < 257; b++) {
		while (k < t->count && (unsigned char)t->word[k][0] < b)
			k++;
		t->from[b] = (uint16_t)k;
	}
	for (k = 0; k < t->count; k++)
		t->lengths[(unsigned char)t->word[k][0]] |=
			UINT32_C(1) << length_bit(strlen(t->word[k]));
	t->indexed = true;
}

bool wordtable_has(struct wordtable *t, const uint8_t *k, size_t n)
{
	if (n == 0)
		return false;
	if (!t->indexed)
		wordtable_index(t);
	if (!((t->lengths[k[0]] >> length_bit(n)) & 1))
		return false;
	size_t lo = t->from[k[0]], hi = t->from[k[0] + 1];

	return wordlist_has(t->word + lo, hi - lo, k, n);
}

bool wordtable_ok(const struct wordtable *t)
{
	if (t->count > UINT16_MAX)
		return false;
	for (size_t i = 0; i < t->count; i++)
		if (t->word[i][0] == '\0' ||
		    (i > 0 && strcmp(t->word[i - 1], t->word[i]) >= 0))
			return false;
	return true;
}
