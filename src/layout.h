/* layout.h — the lines that lay a page out rather than say something
 * (SPEC §2.1 labels, §2.4): a separator, a bullet, a section label, a
 * breadcrumb, a tag line's head, a list's label, a table row, a `= heading
 * =`.  Each test reads one trimmed line s[0, n) (with para_analyze's p,
 * and its words t[0, k) where it asks) and nothing around it. */
#ifndef STORYSIFT_LAYOUT_H
#define STORYSIFT_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct para;
struct token;

/* A line of punctuation only: `-`, `-----------------`, `* * *`, `|`. */
bool layout_is_separator(const uint8_t *s, size_t n);

/* The length of a bullet that opens s (with the space after it), or 0:
 * `• `, `◼︎ `, `▪ `, `- `, `* `, `1. `. */
size_t layout_bullet_len(const uint8_t *s, size_t n);

/* A label: `Tag - Kumamoto`, `Tag: lion dance`, `Home / Features`,
 * `News> Hong Kong`, `- Society`, `■ CRIME`, `Latest`, `SOCIETY`.  Sets
 * in *flags the SHF_ bit of shape.h that says which kind, if one does
 * (SHF_SEPARATOR, SHF_LISTLABEL, SHF_CAPS). */
bool layout_is_label(const uint8_t *s, size_t n, const struct para *p,
		     const struct token *t, size_t k, unsigned *flags);

/* A pipe-table row or an infobox line glued to its value; pipes: the
 * `|` in the line. */
bool layout_is_table_row(const uint8_t *s, size_t n, unsigned pipes,
			 unsigned words);

/* `= Title =`; and of those, one below the page's title: `= = Early
 * life = =`, `== x ==`. */
bool layout_is_heading(const uint8_t *s, size_t n);
bool layout_is_subheading(const uint8_t *s, size_t n);

/* A page's title over its text, as a dump prints the page's <title>:
 * a name of TITLE_WORDS words at most, a spaced dash, the site's
 * name of SITE_WORDS at most, no digit and no punctuation
 * (`News Programmes - RTHK`, `Newsfeed – Local Malaysian News`). */
enum { TITLE_WORDS = 4, SITE_WORDS = 3 };
bool layout_is_page_title(const uint8_t *s, size_t n);

/* Is the table of list labels in strcmp order?  (shape_tables_ok) */
bool layout_tables_ok(void);

/* An infobox's field whose value is a date, after its bullet (`Term
 * Start: 3 May 2016`): a label of three words at most and a colon, no
 * stamp's (`Date:`, `Published:`, `Source:`). */
bool layout_is_infobox_field(const uint8_t *s, size_t n);

#endif
