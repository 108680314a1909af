/* date.h — is a line a date, time or age stamp (SPEC §2.1, §2.4)?
 *
 * A stamp is a date, a time of day or an age with at most a few other
 * words around it: `Sat, 11 Mar 2023 18:05:41 +0800`, `3 Mar 2015 -
 * 10:45pm 2 comments`, `[SCMP] - 15/03/2025`, `14h`, `5 hours ago`.
 * Months and weekdays count whole or cut to three letters (`Sept`,
 * `Thu`), ASCII case ignored; a month is a date only beside a number.
 * The tests read the line alone; shape.c decides what a stamp is for. */
#ifndef STORYSIFT_DATE_H
#define STORYSIFT_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct token;

/* Is s[0, n), whose words (lex_tokens) are t[0, k), a stamp?  A line of
 * more than fourteen words is not; t need hold only fifteen.  Sets *time
 * when it holds a time of day or an age and *day when it names a
 * weekday, whether or not it is one. */
bool date_is_stamp(const uint8_t *s, size_t n, const struct token *t,
		   size_t k, bool *time, bool *day);

/* Is w[0, n) a number: digit groups with separators between them
 * (`11/02/2024`, `2026.04.02`, `18:05:41`, `+0800`, `4-1`), `am` or `pm`
 * allowed at its end (`6:02am`, `11pm`)?  Sets *groups to the digit
 * groups seen, *colon when one separator is a `:`, *ampm for the end. */
bool date_numeric(const uint8_t *w, size_t n, unsigned *groups,
		  bool *colon, bool *ampm);

/* Is w[0, n) an age glued to its unit: `14h`, `3d`, `3don` (`3d` + `on
 * MSN`)? */
bool date_is_age(const uint8_t *w, size_t n);

/* Are the words t[0, k) a reading or listening time: `3 mins`, `4
 * min`, `12 minutes`? */
bool date_is_reading_time(const struct token *t, size_t k);

/* The months and weekdays, capitalised, in strcmp order: the one list
 * that para.c (a stamp's first word) and blurb.c (capitalised words
 * inside a deck) read too. */
enum { DATE_CALENDAR_NAMES = 19 };
extern const char *const date_calendar[DATE_CALENDAR_NAMES];

/* Is the table of words around a date in strcmp order?  (shape_tables_ok) */
bool date_tables_ok(void);

#endif
