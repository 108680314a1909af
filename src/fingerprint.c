#include "fingerprint.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>

#include "story.h"
#include "text.h"

void fingerprinter_free(struct fingerprinter *fp)
{
	free(fp->win);
	*fp = (struct fingerprinter){ 0 };
}

/* A story's words as they are read.  The window holds the last two
 * words, each followed by one space, then the word being read: a word
 * 3-shingle is the window's bytes once the third word is whole. */
struct reader {
	struct fingerprinter *fp;
	size_t len;             /* bytes in fp->win */
	size_t second;          /* where the window's second word starts */
	size_t word;            /* where the word being read starts */
	bool open;              /* a word is being read */
	unsigned in_window;     /* whole words in the window: 0 to 2 */
	bool headline;          /* reading the headline: hash it alone */
	size_t words;           /* prose words read */
	unsigned paras;         /* prose paragraphs with a word, so far */
	bool in_lead;           /* the paragraph being read is one of the
	                           first three */
	uint64_t lead, opening, head;   /* FNV-1a states */
	size_t head_words;
	/* The shingles' bits: eight byte counters in each lane, flushed
	 * into ones before one could overflow. */
	uint64_t lanes[8], ones[64];
	size_t shingles, pending;
};

/* Room for n more bytes in the window. */
static inline unsigned char *room(struct reader *r, size_t n)
{
	struct fingerprinter *fp = r->fp;

	if (r->len + n > fp->cap) {
		size_t cap = fp->cap ? fp->cap : 256;
		while (cap < r->len + n)
			cap *= 2;
		unsigned char *win = realloc(fp->win, cap);
		if (win == NULL)
			abort();
		fp->win = win;
		fp->cap = cap;
	}
	return fp->win + r->len;
}

static inline void word_begin(struct reader *r)
{
	if (!r->open) {
		r->word = r->len;
		r->open = true;
	}
}

static inline void put_byte(struct reader *r, unsigned char b)
{
	*room(r, 1) = b;
	r->len++;
}

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

/* The word being read is whole: into the hashes, and the window moves
 * on. */
static void word_end(struct reader *r)
{
	if (!r->open)
		return;
	r->open = false;
	const unsigned char *w = r->fp->win + r->word;
	size_t n = r->len - r->word;
	if (r->headline) {
		if (r->head_words++ > 0)
			r->head = fnv1a64(" ", 1, r->head);
		r->head = fnv1a64(w, n, r->head);
		r->len = r->word;
		return;
	}
	if (r->in_lead)
		r->lead = fnv1a64(w, n, r->words > 0 ?
				  fnv1a64(" ", 1, r->lead) : r->lead);
	if (r->words < 8)
		r->opening = fnv1a64(w, n, r->words > 0 ?
				     fnv1a64(" ", 1, r->opening) : r->opening);
	r->words++;
	if (r->in_window == 2) {
		count_shingle(r, fnv1a64(r->fp->win, r->len, FNV1A64_BASIS));
		/* Drop the first word: the second and this one stay. */
		memmove(r->fp->win, r->fp->win + r->second, r->len - r->second);
		r->len -= r->second;
		r->word -= r->second;
		r->second = r->word;
	} else if (r->in_window++ == 1) {
		r->second = r->word;
	}
	put_byte(r, ' ');
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
		u = (uint8_t *)s;
		len = n;
	}
	memcpy(room(r, len), u, len);
	r->len += len;
	if (u != buf && u != s)
		free(u);
}

/* The words of s[from, to).  An input byte adds at most two to the
 * window (a letter, or the space after a word; three bytes of CJK add a
 * space), but for case folding, which asks for room itself: room for
 * the rest is made before, so that ASCII letters are stored unchecked. */
static void add_words(struct reader *r, const uint8_t *s, size_t from,
		      size_t to)
{
	unsigned char *win = room(r, 2 * (to - from) + 1) - r->len;

	for (size_t i = from; i < to;) {
		uint8_t b = s[i];
		if (b < 0x80) {
			i++;
			if ((unsigned)(b - 'a') < 26 || (unsigned)(b - '0') < 10) {
				word_begin(r);
				win[r->len++] = b;
			} else if ((unsigned)(b - 'A') < 26) {
				word_begin(r);
				win[r->len++] = b | 0x20;
			} else if (b <= ' ' || b == 0x7F) {
				word_end(r);
				win = r->fp->win;
			}
			continue;       /* ASCII punctuation: dropped */
		}
		ucs4_t uc;
		size_t n = text_next(s + i, to - i, &uc);
		if (text_is_cjk(uc)) {
			word_end(r);
			word_begin(r);
			memcpy(room(r, n), s + i, n);
			r->len += n;
			word_end(r);
			win = r->fp->win;
		} else if (uc_is_general_category(uc, UC_CATEGORY_Z)) {
			word_end(r);
			win = r->fp->win;
		} else if (uc != 0xFFFD &&
			   (uc_is_general_category(uc, UC_CATEGORY_L) ||
			    uc_is_general_category(uc, UC_CATEGORY_M) ||
			    uc_is_general_category(uc, UC_CATEGORY_N))) {
			put_folded(r, s + i, n);
			win = room(r, 2 * (to - i) + 1) - r->len;
		}
		i += n;
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

void fingerprint_story(struct fingerprinter *fp, const struct story *st,
		       bool full, struct fingerprint *f)
{
	struct reader r = {
		.fp = fp, .lead = FNV1A64_BASIS, .opening = FNV1A64_BASIS,
		.head = FNV1A64_BASIS,
	};

	*f = (struct fingerprint){ 0 };
	for (size_t i = 0; i < st->nlines && (full || r.words < 8); i++) {
		const struct line *l = &st->lines[i];
		if (l->role != R_BODY || l->blank)
			continue;
		size_t before = r.words;
		r.in_lead = r.paras < 3;
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
		r.len = 0;
		add_words(&r, st->bytes.data, st->headline.off,
			  st->headline.off + st->headline.len);
		if (r.head_words > 0)
			f->headline = nonzero(r.head);
	}
}
