#include "fingerprint.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>

#include "story.h"
#include "text.h"

static inline uint64_t fnv_step(uint64_t h, uint8_t b)
{
	return (h ^ b) * FNV1A64_PRIME;
}

/* A story's words, hashed as they are read, byte by byte.  A shingle is
 * FNV-1a over `w1 w2 w3`: FNV-1a runs byte by byte, so the hash of
 * `w1 w2 ` (pair) carried over w3 is the shingle's, the hash of `w2 `
 * (single) carried over `w3 ` is the next pair's, and the basis carried
 * over `w3 ` the next single.  Three independent chains over each byte
 * once, instead of each word hashed three times over: the multiplies of
 * the chains overlap. */
struct reader {
	bool full;              /* id and lead too, not only the opening */
	bool headline;          /* reading the headline: its hash alone */
	bool open;              /* inside a word */
	bool in_lead;           /* the paragraph is one of the first three */
	size_t words;           /* prose words read (whole) */
	unsigned paras;         /* prose paragraphs with a word, so far */
	uint64_t shingle, pair, single;  /* chains over the open word */
	uint64_t last_pair, last_single; /* `w1 w2 ` and `w2 ` before it */
	uint64_t lead, opening, head;
	size_t head_words;
	/* The shingles' bits: eight byte counters in each lane, flushed
	 * into ones before one could overflow. */
	uint64_t lanes[8], ones[64];
	size_t shingles, pending;
};

/* Byte j of the result is bit j of b (0 or 1), so that adding it to a
 * word of eight byte counters counts b's bits in one addition: copy b
 * into every byte, keep bit j in byte j, and carry it to the byte's top
 * bit (adding 0x7F carries for any nonzero byte, and never out of it). */
static inline uint64_t spread(uint64_t b)
{
	uint64_t x = b * UINT64_C(0x0101010101010101) &
		     UINT64_C(0x8040201008040201);

	return (x + UINT64_C(0x7F7F7F7F7F7F7F7F)) >> 7 &
	       UINT64_C(0x0101010101010101);
}

static void flush_lanes(struct reader *r)
{
	for (unsigned k = 0; k < 8; k++) {
		for (unsigned j = 0; j < 8; j++)
			r->ones[8 * k + j] += r->lanes[k] >> (8 * j) & 0xFF;
		r->lanes[k] = 0;
	}
	r->pending = 0;
}

static void count_shingle(struct reader *r, uint64_t h)
{
	for (unsigned k = 0; k < 8; k++)
		r->lanes[k] += spread(h >> (8 * k) & 0xFF);
	r->shingles++;
	if (++r->pending == 255)
		flush_lanes(r);
}

/* A word starts: the space before it, where one is. */
static inline void word_begin(struct reader *r)
{
	if (r->open)
		return;
	r->open = true;
	if (r->headline) {
		if (r->head_words > 0)
			r->head = fnv_step(r->head, ' ');
		return;
	}
	if (r->in_lead && r->words > 0)
		r->lead = fnv_step(r->lead, ' ');
	if (r->words > 0 && r->words < 8)
		r->opening = fnv_step(r->opening, ' ');
	r->shingle = r->last_pair;
	r->pair = r->last_single;
	r->single = FNV1A64_BASIS;
}

static inline void put_byte(struct reader *r, uint8_t b)
{
	if (r->headline) {
		r->head = fnv_step(r->head, b);
		return;
	}
	if (r->in_lead)
		r->lead = fnv_step(r->lead, b);
	if (r->words < 8)
		r->opening = fnv_step(r->opening, b);
	if (r->full) {
		r->shingle = fnv_step(r->shingle, b);
		r->pair = fnv_step(r->pair, b);
		r->single = fnv_step(r->single, b);
	}
}

/* The open word is whole. */
static void word_end(struct reader *r)
{
	if (!r->open)
		return;
	r->open = false;
	if (r->headline) {
		r->head_words++;
		return;
	}
	if (r->full) {
		if (r->words >= 2)
			count_shingle(r, r->shingle);
		r->last_pair = fnv_step(r->pair, ' ');
		r->last_single = fnv_step(r->single, ' ');
	}
	r->words++;
}

static void put_bytes(struct reader *r, const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		put_byte(r, s[i]);
}

/* n bytes of a word at once: past its first 8 words, a prose word is
 * the three shingle chains and, in the first three paragraphs, the
 * lead's, kept in registers. */
static void put_run(struct reader *r, const uint8_t *s, size_t n)
{
	if (!r->full || r->headline || r->words < 8) {
		put_bytes(r, s, n);
		return;
	}
	uint64_t shingle = r->shingle, pair = r->pair, single = r->single;
	if (r->in_lead) {
		uint64_t lead = r->lead;
		for (size_t i = 0; i < n; i++) {
			shingle = fnv_step(shingle, s[i]);
			pair = fnv_step(pair, s[i]);
			single = fnv_step(single, s[i]);
			lead = fnv_step(lead, s[i]);
		}
		r->lead = lead;
	} else {
		for (size_t i = 0; i < n; i++) {
			shingle = fnv_step(shingle, s[i]);
			pair = fnv_step(pair, s[i]);
			single = fnv_step(single, s[i]);
		}
	}
	r->shingle = shingle;
	r->pair = pair;
	r->single = single;
}

/* A letter, mark or digit outside ASCII (its n bytes at s), case-folded
 * (full folding: `ß` is `ss`). */
static void put_folded(struct reader *r, const uint8_t *s, size_t n)
{
	uint8_t buf[32];
	size_t len = sizeof buf;
	uint8_t *u = u8_casefold(s, n, NULL, NULL, buf, &len);

	word_begin(r);
	if (u == NULL) {        /* out of memory: the character as it is */
		put_bytes(r, s, n);
		return;
	}
	put_bytes(r, u, len);
	if (u != buf)
		free(u);
}

/* Is the reader done with the story: without `full`, the opening is all
 * it wants. */
static inline bool enough(const struct reader *r)
{
	return !r->full && !r->headline && r->words >= 8;
}

/* The words of s[from, to). */
static void add_words(struct reader *r, const uint8_t *s, size_t from,
		      size_t to)
{
	uint8_t run[64];        /* ASCII letters and digits, lower-cased */

	for (size_t i = from; i < to;) {
		uint8_t b = s[i];
		if (b < 0x80) {
			size_t n = 0;
			/* The ASCII letters and digits from here to a space or
			 * a character outside ASCII, punctuation dropped. */
			for (; i < to && n < sizeof run; i++) {
				b = s[i];
				if ((unsigned)(b - 'a') < 26 ||
				    (unsigned)(b - '0') < 10)
					run[n++] = b;
				else if ((unsigned)(b - 'A') < 26)
					run[n++] = b | 0x20;
				else if (b <= ' ' || b >= 0x7F)
					break;
			}
			if (n > 0) {
				word_begin(r);
				put_run(r, run, n);
			}
			if (i == to || b >= 0x80 || n == sizeof run)
				continue;
			i++;
			if (b <= ' ' || b == 0x7F) {
				word_end(r);
				if (enough(r))
					return;
			}
			continue;       /* ASCII punctuation: dropped */
		}
		ucs4_t uc;
		size_t n = text_next(s + i, to - i, &uc);
		if (text_is_cjk(uc)) {
			word_end(r);
			word_begin(r);
			put_bytes(r, s + i, n);
			word_end(r);
		} else if (uc_is_general_category(uc, UC_CATEGORY_Z)) {
			word_end(r);
		} else if (uc != 0xFFFD &&
			   (uc_is_general_category(uc, UC_CATEGORY_L) ||
			    uc_is_general_category(uc, UC_CATEGORY_M) ||
			    uc_is_general_category(uc, UC_CATEGORY_N))) {
			put_folded(r, s + i, n);
		}
		i += n;
		if (enough(r))
			return;
	}
	word_end(r);
}

/* The words of a body line, less the spans of the story's fields in it
 * (a kicker and deck, a dateline): each piece is words of its own. */
static void add_line(struct reader *r, const struct story *st,
		     const struct line *l)
{
	const struct span *fields[] = { &st->kicker, &st->deck, &st->headline,
					&st->byline, &st->dateline };
	size_t from = line_start(l), to = from + line_len(l), at = from;

	while (at < to) {
		/* The field that starts first among those ending past at. */
		const struct span *next = NULL;
		for (size_t k = 0; k < sizeof fields / sizeof *fields; k++) {
			const struct span *f = fields[k];
			if (f->len > 0 && f->off + f->len > at && f->off < to &&
			    (next == NULL || f->off < next->off))
				next = f;
		}
		if (next == NULL)
			break;
		if (next->off > at)
			add_words(r, st->bytes.data, at, next->off);
		at = next->off + next->len;
	}
	if (at < to)
		add_words(r, st->bytes.data, at, to);
}

/* 0 means absent: a hash that comes out 0 is taken as 1. */
static uint64_t nonzero(uint64_t h)
{
	return h != 0 ? h : 1;
}

/* SimHash: bit i set when more than half the shingles have bit i set. */
static uint64_t simhash(struct reader *r)
{
	uint64_t id = 0;

	flush_lanes(r);
	for (unsigned b = 0; b < 64; b++)
		if (2 * r->ones[b] > r->shingles)
			id |= (uint64_t)1 << b;
	return nonzero(id);
}

/* Is the headline's text a line of the story elsewhere too?  A headline
 * is written once, atop its story; a title line that repeats in the
 * story is the page's furniture (the site's name over each card), and
 * would tie together stories that share nothing else. */
static bool headline_repeats(const struct story *st)
{
	const uint8_t *h = st->bytes.data + st->headline.off;
	size_t n = st->headline.len;

	for (size_t i = 0; i < st->nlines; i++) {
		const struct line *l = &st->lines[i];
		size_t from = line_start(l), len;
		if (l->blank || l->run ||
		    (from <= st->headline.off &&
		     st->headline.off < from + line_len(l)))
			continue;
		const uint8_t *s = st->bytes.data + from;
		size_t at = text_skip_space(s, line_len(l), 0);
		len = text_trim_end(s, line_len(l));
		if (len > at && len - at == n && memcmp(s + at, h, n) == 0)
			return true;
	}
	return false;
}

void fingerprint_story(const struct story *st, bool full,
		       struct fingerprint *f)
{
	struct reader r = {
		.full = full, .lead = FNV1A64_BASIS,
		.opening = FNV1A64_BASIS, .head = FNV1A64_BASIS,
	};

	*f = (struct fingerprint){ 0 };
	for (size_t i = 0; i < st->nlines && !enough(&r); i++) {
		const struct line *l = &st->lines[i];
		if (l->role != R_BODY || l->blank)
			continue;
		size_t before = r.words;
		r.in_lead = full && r.paras < 3;
		add_line(&r, st, l);
		if (r.words > before)
			r.paras++;
	}
	if (full && r.words >= 3)
		f->id = simhash(&r);
	if (full && r.paras >= 3)
		f->lead = nonzero(r.lead);
	if (r.words >= 8)
		f->opening = nonzero(r.opening);
	if (st->headline.len > 0 && !headline_repeats(st)) {
		r.headline = true;
		r.open = false;
		add_words(&r, st->bytes.data, st->headline.off,
			  st->headline.off + st->headline.len);
		if (r.head_words > 0)
			f->headline = nonzero(r.head);
	}
}
