/* known.h — the stories this run has met (SPEC §8): is a story the same
 * as one met before, and which article met before does a blurb promote?
 *
 * An entry per distinct story: its fingerprint, where it was met, and
 * links into four chains, one per 16-bit block of its id (two ids within
 * 3 bits agree on at least one block of four, so the chains of a story's
 * blocks hold every candidate); leads, and articles' openings and
 * headlines, in open-addressed tables.  A few dozen bytes per story,
 * and a fixed 1 MiB for the chains' heads once the first is added. */
#ifndef STORYSIFT_KNOWN_H
#define STORYSIFT_KNOWN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fingerprint.h"

struct known_story {
	struct fingerprint fp;
	uint32_t next[4];       /* the entry met before it with the same
	                           block k of its id, + 1; 0: none */
	uint32_t number;        /* its story number in its file */
	uint32_t file : 31;     /* the run's input file, from 0 */
	uint32_t article : 1;
};
_Static_assert(sizeof(struct known_story) == 56,
	       "a story the run has met costs 56 bytes");

/* Keys to entries: slot values are entry + 1, 0 is empty. */
struct known_table {
	uint32_t *slots;
	size_t mask, used;      /* size - 1 (0: none yet) */
};

struct known {
	struct known_story *v;
	size_t n, cap;
	uint32_t *heads;        /* [4][65536]: the newest entry per block */
	struct known_table lead, opening, headline;
};

#define KNOWN_NONE ((size_t)-1)

void known_free(struct known *k);

/* An entry the same as f (fingerprint_same), or KNOWN_NONE. */
size_t known_same(const struct known *k, const struct fingerprint *f);

/* The first article met that a blurb with fingerprint f promotes
 * (fingerprint_promotes), or KNOWN_NONE. */
size_t known_promoted(const struct known *k, const struct fingerprint *f);

/* Remember a story; its entry, or KNOWN_NONE when nothing could ever
 * find it (no id, no lead, no opening or headline as an article).
 * Without `same`, only as an article a blurb may promote, and only if
 * no article met before has its opening and headline: known_same does
 * not find it. */
size_t known_add(struct known *k, const struct fingerprint *f, bool article,
		 bool same, uint32_t file, uint32_t number);

#endif
