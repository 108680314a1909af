/* scan.h — the questions asked of every byte of a line (by the UTF-8
 * check, para_analyze, gloss offsets and the JSON and XML writers), answered
 * sixteen bytes at a time.
 *
 * Where the compiler offers SSE2 (every x86-64) the scans compare
 * sixteen bytes at once; elsewhere, or with SCAN_PORTABLE defined, they
 * read a byte at a time.  Both give the same answers on any bytes, valid
 * UTF-8 or not, decoded as text_next decodes them. */
#ifndef STORYSIFT_SCAN_H
#define STORYSIFT_SCAN_H

#include <stddef.h>
#include <stdint.h>

/* Words in s[0, n) — runs of characters that are not white space (Zs or
 * tab) — counted up to cap (the answer is at most cap). */
unsigned scan_words(const uint8_t *s, size_t n, unsigned cap);

/* The first i' >= i where s[i'] is `"`, `(`, `)`, or 0xE2 or 0xEF (the
 * lead bytes of the curly quotes and the fullwidth brackets); n if none. */
size_t scan_quote_byte(const uint8_t *s, size_t n, size_t i);

/* The length of the white space character (Zs) at s[i], a byte >= 0x80
 * (U+00A0, U+1680, U+2000..U+200A, U+202F, U+205F, U+3000), or 0. */
size_t scan_wide_space(const uint8_t *s, size_t n, size_t i);

/* The first i' >= i where white space begins — a space, a tab or a wide
 * space (Zs), as scan_words counts them; n if none. */
size_t scan_space(const uint8_t *s, size_t n, size_t i);

/* The first i' >= i where s[i'] is NUL or not ASCII; n if none. */
size_t scan_nul_or_high(const uint8_t *s, size_t n, size_t i);

/* The first i' >= i where s[i'] must be escaped in a JSON string of valid
 * UTF-8: a control (< 0x20), `"` or `\\`; n if none. */
size_t scan_json_escape(const uint8_t *s, size_t n, size_t i);

/* The first i' >= i where s[i'] is one scan_json_escape stops at, or is
 * >= 0x80 (the start of a character that may be invalid); n if none. */
size_t scan_json_or_high(const uint8_t *s, size_t n, size_t i);

/* The first i' >= i where XML character data of valid UTF-8 needs more
 * than a copy of s[i']: a control (< 0x20: tab, CR and the ones XML
 * forbids), `&`, `<`, `>`, or 0xEF (U+FFFE and U+FFFF begin with it); n
 * if none. */
size_t scan_xml_escape(const uint8_t *s, size_t n, size_t i);

/* The first i' >= i where s[i'] is one scan_xml_escape stops at, or is
 * >= 0x80 (the start of a character that may be invalid); n if none. */
size_t scan_xml_or_high(const uint8_t *s, size_t n, size_t i);

/* The bytes of s[0, n) that are not UTF-8 continuation bytes (0x80..0xBF):
 * in valid UTF-8, its code points. */
size_t scan_lead_bytes(const uint8_t *s, size_t n);

/* Map the line feeds of s[0, n): bit i % 64 of map[i / 64] is set when
 * s[i] is `\n`, for the (n + 63) / 64 words of map; bits past n are
 * clear.  s must be readable up to the end of the last word's 64 bytes. */
void scan_lf_map(const uint8_t *s, size_t n, uint64_t *map);

#endif
