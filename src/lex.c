#include "lex.h"

#include <string.h>

#include "scan.h"
#include "text.h"
#include "wordlist.h"

/* The bytes of the white space at s[i] (a space, a tab, a Zs character),
 * or 0.  Asked byte by byte: a line's words are short, and the scans
 * built for long runs would cost more than they save. */
static inline size_t space_at(const uint8_t *s, size_t n, size_t i)
{
	if (s[i] < 0x80)
		return s[i] == ' ' || s[i] == '\t';
	return scan_wide_space(s, n, i);
}

/* The first i' >= i where s[i'] is a space, a tab or a byte >= 0x80;
 * eight bytes at a time (SWAR), as words are short. */
static size_t word_end_or_high(const uint8_t *s, size_t n, size_t i)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
	defined(__GNUC__)
	const uint64_t ones = 0x0101010101010101u, highs = ones << 7;

	/* The lowest flagged byte is exact (a borrow only flags bytes
	 * above a true hit), and on a little-endian machine it comes
	 * first. */
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		uint64_t sp = x ^ (ones * ' '), tab = x ^ (ones * '\t');
		/* a zero byte in sp or tab, or a high byte in x */
		uint64_t hit = ((sp - ones) & ~sp) | ((tab - ones) & ~tab) | x;
		hit &= highs;
		if (hit != 0)
			return i + (size_t)(__builtin_ctzll(hit) >> 3);
	}
#endif
	while (i < n && s[i] < 0x80 && s[i] != ' ' && s[i] != '\t')
		i++;
	return i;
}

size_t lex_tokens(const uint8_t *s, size_t n, struct token *t, size_t cap)
{
	size_t k = 0, i = 0, sp;

	while (i < n && k < cap) {
		while (i < n && (sp = space_at(s, n, i)) > 0)
			i += sp;
		if (i == n)
			break;
		size_t b = i;
		for (;;) {
			i = word_end_or_high(s, n, i);
			if (i == n || space_at(s, n, i) > 0)
				break;
			i++;    /* a byte >= 0x80 that starts no space */
		}
		t[k++] = (struct token){ s + b, i - b };
	}
	return k;
}

struct token lex_bare(struct token t)
{
	while (t.n > 0 && strchr("([{\"'|-•", t.s[0]) != NULL) {
		t.s++;
		t.n--;
	}
	while (t.n > 0 && strchr(")]},;:\"'|", t.s[t.n - 1]) != NULL)
		t.n--;
	return t;
}

size_t lex_fold(const uint8_t *w, size_t n, char *buf, size_t cap)
{
	if (n >= cap)
		return 0;
	for (size_t i = 0; i < n; i++)
		buf[i] = (char)((w[i] >= 'A' && w[i] <= 'Z') ? w[i] | 0x20 : w[i]);
	buf[n] = '\0';
	return n;
}

bool lex_on_list(const char *const *list, size_t count, const uint8_t *w,
		 size_t n)
{
	char buf[48];
	size_t k = lex_fold(w, n, buf, sizeof buf);

	return k > 0 && wordlist_has(list, count, (const uint8_t *)buf, k);
}

bool lex_prefix_in(const uint8_t *s, size_t n, const char *const *tab,
		   size_t count)
{
	if (n == 0)
		return false;
	/* The table is sorted by its first bytes, folded: the entries that
	 * begin with the line's first byte are together, and a binary
	 * search finds them.  (`|0x20` folds ASCII case; the other bytes it
	 * pairs up are told apart by text_prefix_ci.) */
	uint8_t first = s[0] | 0x20;
	size_t lo = 0, hi = count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (((uint8_t)tab[mid][0] | 0x20) < first)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < count && ((uint8_t)tab[lo][0] | 0x20) == first; lo++)
		if (text_prefix_ci(s, n, tab[lo]))
			return true;
	return false;
}

/* Only where lit's first letter is, in either case, is the rest
 * compared: memchr finds each case's next one, and each is looked for
 * again only once passed. */
bool lex_holds_ci(const uint8_t *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	uint8_t a = (uint8_t)lit[0], b = a;

	if (k > n)
		return false;
	if (a >= 'a' && a <= 'z')
		b = (uint8_t)(a - 32);
	else if (a >= 'A' && a <= 'Z')
		b = (uint8_t)(a + 32);
	size_t last = n - k + 1;    /* where lit can start: [0, last) */
	const uint8_t *pa = memchr(s, a, last);
	const uint8_t *pb = a == b ? NULL : memchr(s, b, last);
	while (pa != NULL || pb != NULL) {
		const uint8_t **at = pb == NULL || (pa != NULL && pa < pb) ? &pa : &pb;
		size_t j = (size_t)(*at - s);
		if (text_prefix_ci(s + j, n - j, lit))
			return true;
		*at = j + 1 < last ? memchr(s + j + 1, **at, last - j - 1) : NULL;
	}
	return false;
}

bool lex_all_caps(const uint8_t *s, size_t n)
{
	unsigned upper = 0;

	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		i += text_next(s + i, n - i, &uc);
		if (text_is_lower(uc))
			return false;
		upper += text_is_upper(uc);
	}
	return upper >= 2;
}

bool lex_mostly_cjk(const uint8_t *s, size_t n)
{
	unsigned cjk = 0, letters = 0;

	if (scan_nul_or_high(s, n, 0) == n)
		return false;   /* ASCII only */
	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		i += text_next(s + i, n - i, &uc);
		if (text_is_cjk(uc))
			cjk++;
		else if (text_is_letter(uc))
			letters++;
		/* A CJK character takes three bytes: once the rest of the
		 * line cannot hold as many as the letters read, stop. */
		if (cjk + (n - i) / 3 < letters)
			return false;
	}
	return cjk > 0 && cjk * 2 >= letters + cjk && cjk >= letters / 4 + 1;
}

bool lex_foreign_script(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		i += text_next(s + i, n - i, &uc);
		if (text_is_letter(uc))
			return !text_is_upper(uc) && !text_is_lower(uc) &&
			       !text_is_cjk(uc);
	}
	return false;
}

bool lex_first_sorted(const char *const *w, size_t count)
{
	for (size_t i = 1; i < count; i++)
		if (((uint8_t)w[i - 1][0] | 0x20) > ((uint8_t)w[i][0] | 0x20))
			return false;
	return true;
}

bool lex_sorted(const char *const *w, size_t count)
{
	for (size_t i = 1; i < count; i++)
		if (strcmp(w[i - 1], w[i]) >= 0)
			return false;
	return true;
}
