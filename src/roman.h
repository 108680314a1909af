/* roman.h — is a word a name from East Asia?  Romanised words are split
 * into syllables of Chinese and Korean romanisations, read as Japanese
 * Hepburn, or found among common surnames and Western given names; CJK
 * characters are found among surnames.  Each answer is one piece of
 * evidence: English words that happen to be syllables (`Man`, `Long`)
 * pass, and the caller weighs them.
 *
 * Words are ASCII, (pointer, length), case ignored, one word at a time;
 * any other byte (a space, a digit, UTF-8 such as ü or ’) makes the
 * answer 0 or false.  All data is compiled in; nothing allocates. */
#ifndef STORYSIFT_ROMAN_H
#define STORYSIFT_ROMAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <unitypes.h>

/* Bit k set (1 <= k <= 15) when the word splits into exactly k syllables
 * of one romanisation of Chinese or Korean: Hanyu Pinyin, Wade-Giles as
 * written in Taiwanese names, Tongyong Pinyin, Hong Kong Cantonese,
 * Hokkien/Teochew/Hakka as written in Singapore and Malaysia, Korean
 * (Revised and McCune-Reischauer).  0 when it cannot be split.
 * A hyphen separates pieces that are split on their own (`Ing-wen`); an
 * apostrophe is a syllable break (`Xi'an`) or, in Wade-Giles and
 * McCune-Reischauer, aspiration (`Ch'en`).  A syllable that starts with a
 * vowel follows another in the same piece only after an apostrophe, or in
 * Pinyin as an a-syllable second of two, where the apostrophe is often
 * dropped (`Xian` is 西安 or 先, so `Huang` is also hu-ang); `Xiaoping` is
 * not xi-ao-ping, `Lee` not le-e, and Korean `Haeun` must be `Ha-eun`.
 * A syllable without a vowel (`Ng`) is a piece of its own.
 * `Jinping` -> bit 2; `Ing-wen` -> bit 2; `Xian` -> bits 1 and 2;
 * `Payoh` -> 0. */
unsigned roman_syllable_counts(const uint8_t *w, size_t n);

/* A common surname in romanised form: Chinese (Pinyin, Wade-Giles,
 * Hong Kong Cantonese such as Wong, Cheung, Tsang; Hokkien/Teochew
 * Singapore style such as Tan, Lim, Koh, Goh, Ng, Teo, Ong), Korean (Kim,
 * Park, Lee, Choi, Jung, Yoon), and compounds written as one word
 * (Ouyang, Szeto, Au-Yeung, Hwangbo). */
bool roman_is_surname(const uint8_t *w, size_t n);

/* The word reads as Japanese in Hepburn: a sequence of morae (ka, shi,
 * tsu, chi, fu, ja, kyo, n; long vowels written ou/oo/ei, or oh before a
 * mora as in Ohtani; a doubled consonant or tch before a mora as in
 * Hokkaido, Sapporo, Matcha; m before b/m/p as in Shimbun); at least two
 * morae.  Chinese words such as `Tan` read as Hepburn too. */
bool roman_is_hepburn(const uint8_t *w, size_t n);

/* A common Western given name as Asian public figures use them
 * (William, Lawrence, Eric, Winnie, Ivan, John, Rosanna, Vincent, ...). */
bool roman_is_given_name(const uint8_t *w, size_t n);

/* A Chinese character (traditional or simplified) or Korean Hanja that is
 * a common surname, or a Hangul syllable that is one (김 이 박 최 정 ...).
 * Characters that mostly start place names, transliterations or ordinary
 * words and are rare as surnames (大 深 灣 旺 元 台 ...) are not. */
bool cjk_is_surname(ucs4_t uc);

/* Two characters that make a compound surname: 歐陽 欧阳 司馬 司马 諸葛
 * 上官 ..., and Korean 남궁 황보 제갈 선우 ... */
bool cjk_is_compound_surname(ucs4_t a, ucs4_t b);

/* Are the tables sorted, free of duplicates and well formed?  The lookups
 * above rely on it; the unit test checks it so that an edit out of order
 * fails `make check` instead of losing words. */
bool roman_tables_ok(void);

#endif
