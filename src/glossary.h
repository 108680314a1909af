/* glossary.h — --glossary (SPEC §4): every distinct (name, cjk, type) of
 * the glosses seen, with its count.
 *
 * Memory grows with the number of distinct triples only: each is stored
 * once, its bytes in one arena.  glossary_print writes them tab-separated,
 * `name TAB cjk TAB type TAB count`, most frequent first, ties by name,
 * then cjk, then type (byte order), so the output does not depend on the
 * order of the input. */
#ifndef STORYSIFT_GLOSSARY_H
#define STORYSIFT_GLOSSARY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "story.h"

struct glossary_entry;

struct glossary {
	struct glossary_entry *slot;
	size_t cap, used;       /* cap is 0 or a power of two */
	struct buf bytes;       /* names and cjk, back to back */
};

void glossary_add(struct glossary *g, const uint8_t *name, size_t name_len,
		  const uint8_t *cjk, size_t cjk_len, enum gloss_type type);
/* Every gloss of an analysed story. */
void glossary_add_story(struct glossary *g, const struct story *st);
void glossary_print(const struct glossary *g, FILE *out);
void glossary_free(struct glossary *g);

#endif
