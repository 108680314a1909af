/* title.h — does one line read as a title?
 *
 * A headline is short, capitalised and drops what a sentence has: a full
 * stop, an article and an auxiliary verb, reported speech, a second
 * clause, a last word that leaves its phrase open.  title_is_titleish
 * weighs those marks on one trimmed line and nothing else; para.c asks it
 * for struct para's titleish. */
#ifndef STORYSIFT_TITLE_H
#define STORYSIFT_TITLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Does the trimmed line s[0, n), n > 0, of words words, read as a title
 * (short, capitalised, no final punctuation, no marks of a sentence)? */
bool title_is_titleish(const uint8_t *s, size_t n, unsigned words);

/* Does s end in a word that leaves its phrase open (`… lowest level in`,
 * `… of the`): the line was cut mid-sentence? */
bool title_ends_open(const uint8_t *s, size_t n);

#endif
