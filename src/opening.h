/* opening.h — how a paragraph opens: a kicker or a dateline (SPEC §2.3,
 * §2.4).  Both look only at the start of one trimmed paragraph. */
#ifndef STORYSIFT_OPENING_H
#define STORYSIFT_OPENING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A kicker at the start of s: `EDITORIAL:`, `‘WATER WARFARE’:`,
 * `FOOT DRAGGING?Police`, `SLOW RECOVERY Hotel…`.  Returns the bytes up to
 * where the deck starts (past the colon and spaces), or 0.  The value,
 * without quotes and colon, is s[*off, *off + *len); *mark is set when a
 * glued `?` or `!` belongs to it (it is included in *len). */
size_t opening_kicker(const uint8_t *s, size_t n, size_t *off, size_t *len,
		      bool *mark);

/* A kicker the page glued to the end of the headline before it
 * (`…on holiday spendingHOLIDAY BOOST: Department stores…`, SPEC §2.3):
 * a label and its colon right after a lower-case letter or digit, after
 * three words at least of a headline with no sentence end, within
 * GLUED_HEADLINE_MAX bytes.  Returns where its deck starts, or 0; the
 * value is s[*off, *off + *len). */
size_t opening_glued_kicker(const uint8_t *s, size_t n, size_t *off,
			    size_t *len);

/* Where a byline glued to the text before it starts (`…oil prices
 * droppedBy Nadia Chou / Staff reporter…`, `…(与那国島)Staff writer, with
 * CNA…`), or 0. */
size_t opening_glued_byline(const uint8_t *s, size_t n);

enum { GLUED_HEADLINE_MAX = 160 };

/* A wire dateline at the start of s: `Taipei, Jan. 10 (CNA)`,
 * `TAIPEI (Reuters) -`, `SEOUL, March 3 (Yonhap) --`.  Returns the bytes up
 * to where the text starts, or 0; *len is the dateline without the spaces
 * after it. */
size_t opening_dateline(const uint8_t *s, size_t n, size_t *len);

/* A dateline of an upper-case place and a dash: `KUNSHAN, Jiangsu —`,
 * `SEOUL --`; or of a place that is no English word and a colon
 * (`PETALING JAYA: The …`, which a kicker's label is not).  Returns the
 * bytes up to the text, or 0; *len is the place as written (with the
 * colon). */
size_t opening_place_dateline(const uint8_t *s, size_t n, size_t *len);

/* A dateline of a place written as a name and a dash, `Taipei - A giant
 * panda …`, maybe after a tag the scraper glued to it (`Taiwan,
 * PenghuTaipei- Taiwan's …`).  Returns the bytes up to the text, or 0;
 * the value, dash included, is s[*off, *len). */
size_t opening_titled_dateline(const uint8_t *s, size_t n, size_t *off,
			       size_t *len);

#endif
