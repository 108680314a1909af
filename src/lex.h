/* lex.h — the words of a short line, how they are written, and their
 * lookups in phrase tables.
 *
 * What the line-shape tests (shape.c, date.c, furniture.c, layout.c)
 * share: a line cut into its white-space separated words, words stripped
 * of the punctuation around them, the way its letters are written (in
 * capitals, glued, CJK, in a script without capitals), and
 * ASCII-case-folded lookups of words and openings in tables of ASCII
 * phrases.  A list searched whole-word (lex_on_list) is lower case and in
 * strcmp order, which lex_sorted checks for the unit tests. */
#ifndef STORYSIFT_LEX_H
#define STORYSIFT_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A word: a slice of the line. */
struct token {
	const uint8_t *s;
	size_t n;
};

/* Inline: line_stats asks them of bytes in its loop over a line. */
static inline bool lex_ascii_letter(uint8_t c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline bool lex_ascii_digit(uint8_t c)
{
	return c >= '0' && c <= '9';
}

/* The white-space separated words of s[0, n) into t, at most cap; how
 * many. */
size_t lex_tokens(const uint8_t *s, size_t n, struct token *t, size_t cap);

/* t without the punctuation around it: `(age`, `2014,`, `[RTHK]`. */
struct token lex_bare(struct token t);

/* w[0, n) folded to lower case ASCII into buf (cap bytes, NUL ended);
 * its length, or 0 when it does not fit. */
size_t lex_fold(const uint8_t *w, size_t n, char *buf, size_t cap);

/* Is w[0, n), ASCII case folded, one of list[0, count)? */
bool lex_on_list(const char *const *list, size_t count, const uint8_t *w,
		 size_t n);

/* Does s[0, n) open with one of tab[0, count) (ASCII case ignored)?
 * The table is sorted by its entries' first bytes, ASCII case folded
 * (lex_first_sorted checks it). */
bool lex_prefix_in(const uint8_t *s, size_t n, const char *const *tab,
		   size_t count);

/* Does s[0, n) hold lit anywhere (ASCII case ignored)? */
bool lex_holds_ci(const uint8_t *s, size_t n, const char *lit);

/* Is every letter of s[0, n) a capital, two letters at least? */
bool lex_all_caps(const uint8_t *s, size_t n);

/* Are most of the letters of s[0, n) CJK: more than half? */
bool lex_mostly_cjk(const uint8_t *s, size_t n);

/* Is the first letter of s[0, n) neither a capital, nor lower case, nor
 * CJK (Arabic, Thai, Tamil …)? */
bool lex_foreign_script(const uint8_t *s, size_t n);

/* Is w[0, count) in strcmp order, without repeats? */
bool lex_sorted(const char *const *w, size_t count);
/* Are the first bytes of w[0, count), ASCII case folded, in order, as
 * lex_prefix_in needs? */
bool lex_first_sorted(const char *const *w, size_t count);

#endif
