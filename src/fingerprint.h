/* fingerprint.h — what a story is, for telling it again (SPEC §8).
 *
 * A story's fingerprint is four 64-bit FNV-1a hashes of the words of its
 * prose: the lines whose role is body, less the kicker, deck, headline,
 * byline and dateline they hold — so a re-scrape with a new timestamp or
 * other furniture keeps it.  A word is a run of characters between white
 * space, case-folded, with only its letters, marks and digits kept (a run
 * left empty is no word); each CJK character is a word of its own.
 *
 *   id        SimHash of the word 3-shingles (each the FNV-1a hash of its
 *             three words joined by one space): bit i is set when more
 *             than half the shingles have it; 0 under 3 words
 *   lead      the words of the first three prose paragraphs, joined by
 *             one space; 0 under three paragraphs
 *   opening   the first 8 words, joined by one space (a blurb's lede
 *             after its kicker and deck; an article's first paragraph);
 *             0 under 8 words
 *   headline  the words of the story's headline; 0 without one, or when
 *             its text is another line of the story too (furniture)
 *
 * A hash that comes out 0 is taken as 1, so that 0 always means absent. */
#ifndef STORYSIFT_FINGERPRINT_H
#define STORYSIFT_FINGERPRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct story;

struct fingerprint {
	uint64_t id, lead, opening, headline;   /* 0: absent */
};

#define FNV1A64_BASIS UINT64_C(14695981039346656037)
#define FNV1A64_PRIME UINT64_C(1099511628211)

/* FNV-1a over s[0, n), from h (FNV1A64_BASIS to start). */
static inline uint64_t fnv1a64(const void *s, size_t n, uint64_t h)
{
	const unsigned char *p = s;

	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * FNV1A64_PRIME;
	return h;
}

/* The most bits two ids of one story may differ in. */
enum { FINGERPRINT_SAME_BITS = 3 };

/* Are two ids within FINGERPRINT_SAME_BITS bits (neither 0)? */
static inline bool fingerprint_near(uint64_t a, uint64_t b)
{
	uint64_t d = a ^ b;

	if (a == 0 || b == 0)
		return false;
	for (int k = 0; k < FINGERPRINT_SAME_BITS && d != 0; k++)
		d &= d - 1;     /* clear the lowest bit that differs */
	return d == 0;
}

/* Are two stories the same: near ids, or equal leads? */
static inline bool fingerprint_same(const struct fingerprint *a,
				    const struct fingerprint *b)
{
	return fingerprint_near(a->id, b->id) ||
	       (a->lead != 0 && a->lead == b->lead);
}

/* Does a blurb with fingerprint b promote the article with fingerprint
 * a: equal openings, or equal headlines? */
static inline bool fingerprint_promotes(const struct fingerprint *b,
					const struct fingerprint *a)
{
	return (b->opening != 0 && b->opening == a->opening) ||
	       (b->headline != 0 && b->headline == a->headline);
}

/* The fingerprint of an analysed story (kind_analyze, blurb_analyze);
 * without `full`, only its opening and headline (id and lead 0), which
 * is all a blurb's promotes needs, read from its first 8 words.  It
 * reads the story's words once and keeps none of them: its memory does
 * not grow with the story. */
void fingerprint_story(const struct story *st, bool full,
		       struct fingerprint *f);

#endif
