/* role_view.h — private to role.c and header_block.c: the lines a role
 * is decided from, and the questions both files ask of them.
 *
 * role_decide looks at a line with the lines after it in view;
 * header_block.c plans a header block over the same view.  The questions
 * are inline because role_decide asks them of every line; the page's
 * layout memory (the stamp patterns that opened items) is kept by
 * role.c. */
#ifndef STORYSIFT_ROLE_VIEW_H
#define STORYSIFT_ROLE_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "role.h"
#include "shape.h"
#include "story.h"

/* The lines in view: w[0] is the line being decided. */
struct view {
	struct wline *const *w;
	size_t m;
	bool eof;               /* the file ends after w[m - 1] */
	bool ends;              /* ... or the page does */
};

/* The line's shape, and its shape flags. */
static inline enum shape shape(const struct wline *l)
{
	return (enum shape)l->shape.shape;
}

static inline bool flag(const struct wline *l, unsigned f)
{
	return (l->shape.flags & f) != 0;
}

/* A paragraph of text: prose, but not a kicker paragraph of its own
 * (its deck leads to the lede on the next line). */
static inline bool is_text(const struct view *v, size_t k)
{
	const struct wline *l = v->w[k];

	if (shape(l) != SH_PROSE && !(shape(l) == SH_TITLE && flag(l, SHF_ITEM) &&
				      !flag(l, SHF_HEADER)))
		return false;
	if (flag(l, SHF_DECK) && k + 1 < v->m) {
		enum shape n = shape(v->w[k + 1]);
		if (n == SH_PROSE || n == SH_BYLINE || n == SH_META)
			return false;
	}
	return true;
}

/* The glued lines right above the line at k, up to GLUED_RUN (before
 * w[0]: what the roles remember). */
static inline unsigned glued_above(const struct view *v, size_t k,
				   const struct roles *r)
{
	unsigned run = 0;
	size_t j = k;

	while (j > 0 && run < GLUED_RUN && v->w[j]->gap == 0) {
		j--;
		run++;
	}
	if (j == 0 && v->w[0]->gap == 0 && run < GLUED_RUN)
		run += r->glued_run;
	return run;
}

/* Is the line glued to the one above it, with a blank line after it? */
static inline bool glued_then_apart(const struct view *v, size_t k,
				    const struct roles *r)
{
	return (k > 0 || r->began) && v->w[k]->gap == 0 && k + 1 < v->m &&
	       v->w[k + 1]->gap > 0;
}

/* Is the line glued to the one above it, with a blank line after it?
 * Alt text under a teaser sits that way; a headline stands apart.  But
 * where the lines above are glued to each other in a row, no blank line
 * before is the page's way, and the blank line after is what sets the
 * line apart: it leads what follows (the top of a page dumped under the
 * last lines of another: set_apart). */
static inline bool attached(const struct view *v, size_t k,
			    const struct roles *r)
{
	return glued_then_apart(v, k, r) && glued_above(v, k, r) < GLUED_RUN;
}

static inline bool set_apart(const struct view *v, size_t k,
			     const struct roles *r)
{
	return glued_then_apart(v, k, r) && glued_above(v, k, r) >= GLUED_RUN;
}

/* A name that signs a letter: `Martin Dawes`, or in capitals, `HELEN
 * WU` (SHF_NAME: a title or a label in capitals of two to four words,
 * no function word). */
static inline bool signer_name(const struct wline *l)
{
	return flag(l, SHF_NAME);
}

/* The place under a letter's signature (`Martin Dawes` / `Taipei`): a
 * word or three under a name that is under the letter's last paragraph
 * (before w[0]: what the roles remember), each glued to the line above
 * or each one blank line below it, as the page spaces its paragraphs.
 * The two sign the text above; they head nothing below. */
static inline bool signers_place(const struct view *v, size_t k,
				 const struct roles *r)
{
	const struct wline *l = v->w[k];

	if (l->gap > 1 || shape(l) != SH_TITLE ||
	    l->para.words > SIGNER_PLACE_WORDS)
		return false;
	if (k == 0)
		return r->last_signer && l->gap == r->last_gap;
	const struct wline *name = v->w[k - 1];
	if (name->gap != l->gap || !signer_name(name))
		return false;
	if (k == 1)
		return r->last_role == R_BODY && r->last_gap == l->gap;
	return shape(v->w[k - 2]) == SH_PROSE && v->w[k - 2]->gap == l->gap;
}

/* Is the line at k part of a letter's signature: its place, or the name
 * right above the place? */
static inline bool in_signature(const struct view *v, size_t k,
				const struct roles *r)
{
	return signers_place(v, k, r) ||
	       (k + 1 < v->m && signers_place(v, k + 1, r));
}

/* Does the line at k repeat the one before it (before w[0]: the last
 * line decided)? */
static inline bool is_dup(const struct view *v, size_t k,
			  const struct roles *r)
{
	uint32_t t = v->w[k]->shape.text;
	uint32_t before = k > 0 ? v->w[k - 1]->shape.text : r->last_text;

	return t != 0 && t == before;
}

/* Has an item of this page opened with a stamp of this pattern? */
bool role_known_pattern(const struct roles *r, uint32_t pattern);

/* Remember that one did (the last ROLE_PATTERNS of them). */
void role_remember_pattern(struct roles *r, uint32_t pattern);

#endif
