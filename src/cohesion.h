/* cohesion.h — lexical cohesion for SPEC §2.1 rule 7 (topic shift).
 *
 * A vocabulary holds the content words of the story so far, each cut to a
 * five-letter stem (`minibuses` and `minibus` are one) and counted;
 * function words and the words every news story uses (`said`, `year`) are
 * left out.  vocab_compare tells how much of a new stretch of text the
 * story has already used.  Only ASCII letters make words: the measure is
 * for English text, and CJK glosses carry no cohesion of their own.
 *
 * lede_shape tells whether a paragraph opens as the first paragraph of a
 * news article does: with a time expression (`next month`, `on Monday`,
 * not in quotation marks) in its first sentence, and not as reported
 * speech; lede_kind also tells a wire lede, which says who told the news
 * at the sentence's end.
 *
 * Clearing is O(1) (a generation count), so the many small stories of a
 * listing page cost nothing for the big table a long article left. */
#ifndef STORYSIFT_COHESION_H
#define STORYSIFT_COHESION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct vocab_slot;

struct vocab {
	struct vocab_slot *slot;
	size_t cap, used;       /* cap is 0 or a power of two */
	uint32_t generation;    /* slots of other generations are empty */
};

/* How a stretch of text relates to a vocabulary. */
struct overlap {
	size_t distinct;        /* distinct stems in the text */
	size_t shared;          /* of them, stems the vocabulary holds */
	size_t recurring;       /* of them, stems it holds twice or more */
};

void vocab_clear(struct vocab *v);
void vocab_add(struct vocab *v, const uint8_t *s, size_t n);
/* Compare the n texts s[i] (lengths len[i]) with v; scratch is a second
 * vocabulary the caller owns, used to count distinct stems. */
struct overlap vocab_compare(const struct vocab *v, struct vocab *scratch,
			     const uint8_t *const *s, const size_t *len,
			     size_t n);
/* As vocab_compare, but stops at the first stem v holds twice or more:
 * recurring is then 1 and distinct and shared count the text up to it.
 * Enough for a caller to whom one recurring stem already says no. */
struct overlap vocab_compare_until_recurring(const struct vocab *v,
					     struct vocab *scratch,
					     const uint8_t *const *s,
					     const size_t *len, size_t n);
void vocab_free(struct vocab *v);

/* How the paragraph s[0, n) opens: not as a lede; as a lede; or as a
 * lede that says who told the news after it, later in its first sentence
 * (`…, the board said yesterday.`): a wire story's first paragraph. */
enum lede { LEDE_NONE, LEDE_PLAIN, LEDE_ATTRIBUTED };
enum lede lede_kind(const uint8_t *s, size_t n);
bool lede_shape(const uint8_t *s, size_t n);

#endif
