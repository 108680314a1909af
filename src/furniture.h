/* furniture.h — what a site puts around its articles (SPEC §2.1, §2.4).
 *
 * Share and follow buttons, cookie and licence notices, counters, teaser
 * links, caption credits, sign-offs, the opening of a comment section:
 * each test reads one trimmed line s[0, n) (with what para_analyze
 * measured as p, and its words t[0, k) where it asks) and nothing around
 * it.  Which test wins is shape.c's order to decide. */
#ifndef STORYSIFT_FURNITURE_H
#define STORYSIFT_FURNITURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct para;
struct token;

/* A teaser link on a line of its own: `READ FULL ARTICLE`, an archive or
 * paywall note, a bare URL. */
bool furniture_is_link(const uint8_t *s, size_t n, const struct para *p);

/* A line that closes an article: `(END)`, `© Japan Today`, a reporter's
 * e-mail alone. */
bool furniture_is_signoff(const uint8_t *s, size_t n, const struct para *p);

/* A credit, or a caption ending in one: `Photo: AFP`, `via Reuters`,
 * `… 2021. From Weibo`, `(Kaohsiung City Government photo)`. */
bool furniture_is_credit(const uint8_t *s, size_t n, const struct para *p);

/* A line that opens comments: `2 responses`, `Re: …`, `X wrote:`. */
bool furniture_is_comments(const uint8_t *s, size_t n, const struct token *t,
			   size_t k);

/* Site furniture: buttons, players, notices, a counter.  notice: the
 * line holds the makings of a notice's phrases (line_stats' guess). */
bool furniture_is_ui(const uint8_t *s, size_t n, const struct para *p,
		     const struct token *t, size_t k, bool notice);

/* Of furniture: is it of a page's top (a skip link, the logo) or of its
 * end (a copyright notice, a blog's pager)? */
bool furniture_at_top(const uint8_t *s, size_t n);
bool furniture_at_end(const uint8_t *s, size_t n);
/* A comment section's note that it is empty: `No comments yet...`,
 * `Be the first to comment`. */
bool furniture_no_comments(const uint8_t *s, size_t n);

/* Are the word tables in strcmp order, the prefix tables in the order
 * lex_prefix_in needs?  (shape_tables_ok) */
bool furniture_tables_ok(void);

#endif
