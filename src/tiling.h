/* tiling.h — block similarity for SPEC §2.1 rule 7, in the manner of
 * TextTiling (Hearst 1997): a block of text is a bag of its words, each
 * weighted by how informative it is (idf.h), and two blocks are as
 * similar as the cosine of their bags.
 *
 * A word is a run of ASCII letters (with `'` and `-` inside, three bytes
 * or more, or a two-letter name inside a sentence: `Ho`, not `Mr`) cut to
 * a five-byte stem, or a number of two digits or more.
 * A capitalised word inside a sentence (a name) and a number weigh half
 * as much again as their table weight: a name two blocks share ties them
 * more than a common word does.  A bag keeps a list of its words, so
 * clearing, merging and comparing cost its words, not its table. */
#ifndef STORYSIFT_TILING_H
#define STORYSIFT_TILING_H

#include <stddef.h>
#include <stdint.h>

struct bag_slot;

struct bag {
	struct bag_slot *slot;
	uint32_t *order;        /* the used slots, in the order filled */
	size_t cap, used;       /* cap is 0 or a power of two */
	double norm2;           /* the sum of (weight * count)^2 */
};

void bag_clear(struct bag *b);
/* Add the words of s[0, n) to b. */
void bag_add(struct bag *b, const uint8_t *s, size_t n);
/* Add every word of src to dst, as often as src holds it. */
void bag_merge(struct bag *dst, const struct bag *src);
/* The same, returning the cosine of src and dst as dst was before: one
 * pass over src's words instead of two. */
double bag_merge_tie(struct bag *dst, const struct bag *src);
/* The weighted dot product of two bags, and a bag's with itself. */
double bag_dot(const struct bag *a, const struct bag *b);
double bag_norm2(const struct bag *b);
/* The cosine of the two bags: 0 (no word shared) to 1. */
double bag_cosine(const struct bag *a, const struct bag *b);
/* How many words the bag holds, distinct. */
size_t bag_size(const struct bag *b);
void bag_free(struct bag *b);

#endif
