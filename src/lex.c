#include "lex.h"

#include <string.h>

#include "scan.h"
#include "text.h"
#include "wordlist.h"

size_t lex_tokens(const uint8_t *s, size_t n, struct token *t, size_t cap)
{
	size_t k = 0, i = text_skip_space(s, n, 0);

	while (i < n && k < cap) {
		size_t e = scan_space(s, n, i);
		t[k++] = (struct token){ s + i, e - i };
		i = text_skip_space(s, n, e);
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
	/* Most lines fail on the first byte: `|0x20` folds ASCII case. */
	uint8_t first = s[0] | 0x20;
	for (size_t i = 0; i < count; i++)
		if (((uint8_t)tab[i][0] | 0x20) == first &&
		    text_prefix_ci(s, n, tab[i]))
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

bool lex_glued_word(const uint8_t *w, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (w[i - 1] >= 'a' && w[i - 1] <= 'z' &&
		    ((w[i] >= 'A' && w[i] <= 'Z') || lex_ascii_digit(w[i])))
			return true;
	return false;
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

bool lex_sorted(const char *const *w, size_t count)
{
	for (size_t i = 1; i < count; i++)
		if (strcmp(w[i - 1], w[i]) >= 0)
			return false;
	return true;
}
