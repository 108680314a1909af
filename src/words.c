#include "words.h"

#include <string.h>

/* A letter's place in the alphabet, a = 1 to z = 26, in either case; 0
 * for any other byte.  Or-ing 0x20 lower-cases an ASCII letter and sends
 * no other byte into a..z. */
static unsigned letter(uint8_t c)
{
	c |= 0x20;
	return c >= 'a' && c <= 'z' ? (unsigned)(c - 'a' + 1) : 0;
}

static bool all_letters(const uint8_t *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (letter(w[i]) == 0)
			return false;
	return true;
}

/* Compare word k of table t with w[0, n), all letters, as strcmp
 * would with w folded to lower case. */
static int word_cmp(const struct words_table *t, uint32_t k,
		    const uint8_t *w, size_t n)
{
	const char *e = t->text + t->offset[k];
	size_t len = t->offset[k + 1] - t->offset[k];

	for (size_t i = 0; i < len && i < n; i++) {
		int d = (unsigned char)e[i] - (w[i] | 0x20);
		if (d != 0)
			return d;
	}
	return (len > n) - (len < n);
}

/* Where w[0, n), all letters, n > 0, is or would be in table t: the
 * first word not below it.  *end is the end of its bucket. */
static uint32_t find(const struct words_table *t, const uint8_t *w, size_t n,
		     uint32_t *end, bool *found)
{
	/* The first two letters choose a bucket of 2,700 words at most
	 * ("co"), a dozen steps of binary search. */
	size_t b = (letter(w[0]) - 1) * 27 + (n > 1 ? letter(w[1]) : 0);
	uint32_t lo = t->from[b], hi = t->from[b + 1];

	*end = hi;
	*found = false;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = word_cmp(t, mid, w, n);
		if (c == 0) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool in_list(const uint8_t *w, size_t n)
{
	uint32_t end;
	bool found;

	find(&words_table, w, n, &end, &found);
	return found;
}

/* British spellings the American list writes otherwise, as (British,
 * American) pieces: `neighbouring`, `centre`, `organisation`,
 * `travelled`, `programme`, `defence`. */
static const struct {
	const char *from, *to;
} spellings[] = {
	{ "our", "or" }, { "isation", "ization" }, { "ise", "ize" },
	{ "ising", "izing" }, { "tre", "ter" }, { "lled", "led" },
	{ "lling", "ling" }, { "mme", "m" }, { "ence", "ense" },
	{ "ogue", "og" },
};

enum { SPELLING_MAX = 40 };

/* Is w[0, n), all letters, a word of the list once one British piece in
 * it is spelt the American way? */
static bool known_american(const uint8_t *w, size_t n)
{
	uint8_t a[SPELLING_MAX];

	if (n + 2 > SPELLING_MAX)
		return false;
	for (size_t k = 0; k < sizeof spellings / sizeof *spellings; k++) {
		size_t fn = strlen(spellings[k].from),
		       tn = strlen(spellings[k].to);
		for (size_t i = 1; i + fn <= n; i++) {
			size_t j = 0;
			while (j < fn && (w[i + j] | 0x20) == spellings[k].from[j])
				j++;
			if (j < fn)
				continue;
			memcpy(a, w, i);
			memcpy(a + i, spellings[k].to, tn);
			memcpy(a + i + tn, w + i + fn, n - i - fn);
			if (in_list(a, n - fn + tn))
				return true;
		}
	}
	return false;
}

bool words_known(const uint8_t *w, size_t n)
{
	if (n == 0 || !all_letters(w, n))
		return false;
	return in_list(w, n) || known_american(w, n);
}

bool words_proper(const uint8_t *w, size_t n)
{
	uint32_t end;
	bool found;

	if (n < 2 || !all_letters(w, n))
		return false;
	find(&names_table, w, n, &end, &found);
	return found;
}

bool words_cut(const uint8_t *w, size_t n)
{
	uint32_t end;
	bool found;

	if (n < 2 || !all_letters(w, n))
		return false;
	uint32_t k = find(&words_table, w, n, &end, &found);
	if (found || k == end)
		return false;
	/* The words that begin with w follow it in strcmp order (all in
	 * its bucket, which its first two letters choose). */
	const char *e = words_table.text + words_table.offset[k];
	if (words_table.offset[k + 1] - words_table.offset[k] <= n)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)e[i] != (w[i] | 0x20))
			return false;
	return true;
}
