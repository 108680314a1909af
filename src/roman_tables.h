/* roman_tables.h — the word lists behind roman.c, kept apart from the
 * code because they are most of its lines.  Latin tables hold lower-case
 * ASCII in strcmp order; CJK tables are UTF-8 strings of three-byte
 * characters in code-point order, one character per surname and two per
 * compound.  roman_tables_ok() checks both promises. */
#ifndef STORYSIFT_ROMAN_TABLES_H
#define STORYSIFT_ROMAN_TABLES_H

#include <stddef.h>

struct roman_table {
	const char *const *word;
	size_t count;
};

struct roman_chars {
	const char *s;
	size_t len;         /* bytes */
};

/* Syllables of each romanisation. */
extern const struct roman_table roman_pinyin, roman_wade_giles,
	roman_taiwan_forms, roman_tongyong, roman_cantonese, roman_hokkien,
	roman_korean;

/* Whole words. */
extern const struct roman_table roman_surnames, roman_given_names;

extern const struct roman_chars roman_han_surnames, roman_hangul_surnames,
	roman_compound_surnames;

#endif
