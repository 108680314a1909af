/* wordlist.h — exact lookup in a list of words sorted in strcmp order.
 *
 * The word tables of name.c and roman.c are arrays of C strings, sorted
 * and checked once; a key is (pointer, length) and may hold any byte,
 * a NUL included (it then matches no entry).  Nothing allocates. */
#ifndef STORYSIFT_WORDLIST_H
#define STORYSIFT_WORDLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Is k[0, n) one of word[0, count)?  Binary search: the list must be in
 * strcmp order (as unsigned bytes). */
bool wordlist_has(const char *const *word, size_t count,
		  const uint8_t *k, size_t n);

#endif
