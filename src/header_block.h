/* header_block.h — private to role.c: the header block that opens an
 * item (SPEC §2.1, §2.4).
 *
 * Where the lines between two paragraphs hold a headline,
 * header_block_plan decides them all at once: which title heads the
 * block and how well its byline, stamp or text backs it (RF_STRONG,
 * RF_WEAK, RF_ITEM), which lines above it close the item above and
 * which open the next one (RF_LEAD on the first), and what the lines
 * under it are.  Every line it decides gets RF_PLANNED.
 * header_block_plan_caption does the same for a caption or a
 * one-sentence preview right above a block, on a page whose items open
 * that way, and header_block_plan_label for a label above such a
 * caption.  They remember the page's layout in r. */
#ifndef STORYSIFT_HEADER_BLOCK_H
#define STORYSIFT_HEADER_BLOCK_H

#include <stdbool.h>

#include "role.h"
#include "role_view.h"

/* Plan the header block that opens at v->w[0]; false when its lines
 * lead to no headline (nothing is planned then). */
bool header_block_plan(struct roles *r, const struct view *v);

/* Plan v->w[0] as the caption that opens the header block below it;
 * false (nothing planned) when it is not one. */
bool header_block_plan_caption(struct roles *r, const struct view *v);

/* Plan v->w[0], a label, as the line that opens the caption's block
 * right below it (a page's `Tag - Kumamoto` over its first card); false
 * (nothing planned) when the line below is no such caption. */
bool header_block_plan_label(struct roles *r, const struct view *v);

#endif
