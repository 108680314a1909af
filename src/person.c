#include "person.h"

#include <string.h>

#include "name.h"
#include "roman.h"
#include "text.h"

enum { FIT_WORDS = NAME_MAX_WORDS, WORD_MAX = 48, CHARS_MAX = 15 };

/* A word of a name, with what roman.c said of it, asked once: the tail
 * search of person_fit asks about the same words again and again. */
struct nword {
	const uint8_t *s;
	size_t n;
	int counts;                     /* -1: not asked yet */
	signed char surname, given, hepburn;
};

/* The words of a name, split at spaces. */
static size_t split_name(const uint8_t *s, size_t n, struct nword *w)
{
	size_t count = 0, i = 0;

	while (i < n && count < FIT_WORDS) {
		while (i < n && s[i] == ' ')
			i++;
		size_t start = i;
		while (i < n && s[i] != ' ')
			i++;
		if (i > start)
			w[count++] = (struct nword){ s + start, i - start,
						     -1, -1, -1, -1 };
	}
	return count;
}

/* The word as roman.c wants it: ASCII, with a curly ’ made straight.
 * Returns 0 when it holds anything else. */
static size_t ascii_word(struct nword w, uint8_t *out)
{
	size_t k = 0;

	for (size_t i = 0; i < w.n; i++) {
		if (k == WORD_MAX)
			return 0;
		if (i + 3 <= w.n && memcmp(w.s + i, "\xE2\x80\x99", 3) == 0) {
			out[k++] = '\'';
			i += 2;
		} else if (w.s[i] < 0x80) {
			out[k++] = w.s[i];
		} else {
			return 0;
		}
	}
	return k;
}

typedef bool (*word_test)(const uint8_t *w, size_t n);

static bool test_word(const struct nword *w, word_test fn, signed char *memo)
{
	if (*memo < 0) {
		uint8_t a[WORD_MAX];
		size_t k = ascii_word(*w, a);
		*memo = k > 0 && fn(a, k);
	}
	return *memo;
}

static bool is_surname(struct nword *w)
{
	return test_word(w, roman_is_surname, &w->surname);
}

static bool is_given(struct nword *w)
{
	return test_word(w, roman_is_given_name, &w->given);
}

static bool is_hepburn(struct nword *w)
{
	return test_word(w, roman_is_hepburn, &w->hepburn);
}

/* roman_syllable_counts, remembered for the last words asked about:
 * the same names come back story after story, and splitting a word into
 * syllables of five romanisations is the dearest question name.c asks. */
enum { MEMO_SLOTS = 1024, MEMO_WORD = 15 };

static struct {
	uint8_t n;
	char w[MEMO_WORD];
	unsigned counts;
} memo[MEMO_SLOTS];

static unsigned counts_memo(const uint8_t *a, size_t k)
{
	uint32_t h = 2166136261u;

	if (k > MEMO_WORD)
		return roman_syllable_counts(a, k);
	for (size_t i = 0; i < k; i++)
		h = (h ^ a[i]) * 16777619u;
	size_t slot = h % MEMO_SLOTS;
	if (memo[slot].n == k && memcmp(memo[slot].w, a, k) == 0)
		return memo[slot].counts;
	memo[slot].n = (uint8_t)k;
	memcpy(memo[slot].w, a, k);
	memo[slot].counts = roman_syllable_counts(a, k);
	return memo[slot].counts;
}

static unsigned syllable_counts(struct nword *w)
{
	if (w->counts < 0) {
		uint8_t a[WORD_MAX];
		size_t k = ascii_word(*w, a);
		w->counts = k > 0 ? (int)counts_memo(a, k) : 0;
	}
	return (unsigned)w->counts;
}

/* What the CJK side says: how many characters, whether it starts with a
 * surname, whether it holds kana, Hangul or a name dot. */
struct cjk_info {
	size_t chars;
	bool surname, kana, dot, han;
};

static struct cjk_info cjk_info(const uint8_t *cjk, size_t cn)
{
	struct cjk_info c = { 0, false, false, false, false };
	ucs4_t first[2] = { 0, 0 };

	for (size_t i = 0; i < cn;) {
		ucs4_t uc;
		i += text_next(cjk + i, cn - i, &uc);
		if (text_is_name_dot(uc)) {
			c.dot = true;
			continue;
		}
		if (c.chars < 2)
			first[c.chars] = uc;
		c.chars++;
		if ((uc >= 0x3040 && uc <= 0x30FF) || (uc >= 0x31F0 && uc <= 0x31FF))
			c.kana = true;
		else if (uc >= 0x3400 && !(uc >= 0xAC00 && uc <= 0xD7AF))
			c.han = true;
	}
	c.surname = cjk_is_surname(first[0]) ||
		    (c.chars >= 2 && cjk_is_compound_surname(first[0], first[1]));
	return c;
}

/* Can the words split into exactly `chars` syllables, one per character? */
static bool one_syllable_per_char(struct nword *w, size_t n, size_t chars)
{
	uint32_t reach = 1;     /* bit k: the words so far give k syllables */

	if (chars == 0 || chars > CHARS_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned counts = syllable_counts(&w[i]);
		uint32_t next = 0;
		for (unsigned k = 1; k <= CHARS_MAX; k++)
			if (counts & (1u << k))
				next |= reach << k;
		reach = next & ((1u << (CHARS_MAX + 1)) - 1);
		if (reach == 0)
			return false;
	}
	return (reach >> chars) & 1;
}

/* A given name written the way people's names are and places' are not:
 * hyphenated (`Huan-jen`).  (Two syllables run together, `Jinping`, would
 * also take `Moon Lake` for a person.) */
static bool given_name_shape(struct nword w)
{
	return memchr(w.s, '-', w.n) != NULL;
}

/* A Chinese or Korean name: surname first, one syllable per character
 * (`Tan See Leng`, `Wu Chen Chiung-chiu`, `Park Ji-hoon`), or Western
 * given names before it (`Lawrence Wong`, `Eric Chu Li-luan`). */
static bool chinese_korean_person(struct nword *w, size_t n,
				  const struct cjk_info *c)
{
	if (n == 0 || c->chars < 1 || c->chars > 5 || c->kana)
		return false;
	/* A rare surname the table does not hold still makes a person when
	 * the given name has the shape of one (`Su Huan-jen`):
	 * places and terms are not written so. */
	if (!c->surname && !(n >= 2 && given_name_shape(w[n - 1])))
		return false;
	if (is_surname(&w[0]) && one_syllable_per_char(w, n, c->chars))
		return n > 1 || c->chars == 1;
	if (!c->surname)
		return false;
	size_t g = 0;
	while (g < n && is_given(&w[g]))
		g++;
	if (g == 0 || g == n || c->chars < 2)
		return false;
	if (n - g == 1)     /* `William Lai (賴清德)`: the surname alone */
		return is_surname(&w[g]);
	return is_surname(&w[g]) &&
	       one_syllable_per_char(w + g, n - g, c->chars);
}

/* A Japanese name: two words read as Hepburn, at least three kanji or
 * kana (`Yuriko Koike (小池百合子)`, `Shigeru Ishiba (石破茂)`). */
static bool japanese_person(struct nword *w, size_t n,
			    const struct cjk_info *c)
{
	return n == 2 && c->chars >= 3 && (c->han || c->kana) &&
	       is_hepburn(&w[0]) && is_hepburn(&w[1]);
}

static bool has_other_word(const struct nword *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (name_is_other_word(w[i].s, w[i].n))
			return true;
	return false;
}

static bool is_person(struct nword *w, size_t n, const struct cjk_info *c)
{
	if (chinese_korean_person(w, n, c) || japanese_person(w, n, c))
		return true;
	/* A transliterated foreign or indigenous name: `Alain Delon
	 * (亞蘭·德倫)`, `Sayun Nomin (撒韻·諾敏)`. */
	return c->dot && n >= 2 && n <= 3 && !has_other_word(w, n);
}

enum gloss_type person_type(const uint8_t *name, size_t n, const uint8_t *cjk,
			  size_t cn)
{
	struct nword w[FIT_WORDS];
	size_t count = split_name(name, n, w);
	struct cjk_info c = cjk_info(cjk, cn);

	return is_person(w, count, &c) ? G_PERSON : G_OTHER;
}

/* person_fit on the name alone: the type, and in *skip the bytes of office
 * before the person's name (0 when the whole name stays). */
static enum gloss_type fit(const uint8_t *name, size_t n, const uint8_t *cjk,
			   size_t cn, size_t *skip)
{
	struct nword w[FIT_WORDS];
	size_t count = split_name(name, n, w);
	struct cjk_info c = cjk_info(cjk, cn);

	*skip = 0;
	if (is_person(w, count, &c))
		return G_PERSON;
	/* The longest run of last words (two or more: a lone surname could
	 * be any capitalised word) that is a person's name: what comes
	 * before it is an office (`Minister for Manpower Tan See Leng`,
	 * `Secretary for … Tourism Rosanna Law`). */
	for (size_t k = count - (count > 0); k >= 2; k--) {
		struct nword *tail = w + count - k;
		if (chinese_korean_person(tail, k, &c)) {
			*skip = (size_t)(tail[0].s - name);
			return G_PERSON;
		}
	}
	return G_OTHER;
}

/* fit, remembered per (name, cjk) pair: news repeats a name and its
 * gloss story after story, and typing it again costs syllable splits,
 * Hepburn readings and surname look-ups.  The answer depends on the two
 * strings alone, so it may outlive a story and a file.  The table is
 * fixed (about 60 KB); a pair takes the slot of its hash, and longer
 * names than a slot holds are typed afresh each time. */
enum { FIT_SLOTS = 512, FIT_NAME = 64, FIT_CJK = 48 };

struct fit_entry {
	uint8_t name_len, cjk_len;      /* 0: an empty slot */
	uint8_t skip;
	uint8_t type;
	uint8_t name[FIT_NAME], cjk[FIT_CJK];
};

static struct fit_entry fit_memo[FIT_SLOTS];

/* A hash of s[0, n) from its length and its first and last eight bytes
 * (all of it when shorter): cheap, and names that differ only in their
 * middle share a slot, which costs a recomputation, never an answer. */
static uint64_t ends_hash(const uint8_t *s, size_t n)
{
	uint64_t a = n, b = 0;

	if (n >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		b ^= n;
	} else {
		for (size_t i = 0; i < n; i++)
			a = a << 8 | s[i];
	}
	a = (a ^ (a >> 29)) * UINT64_C(0x9E3779B97F4A7C15);
	return (a ^ b ^ (b >> 31)) * UINT64_C(0xC2B2AE3D27D4EB4F);
}

static enum gloss_type fit_memoised(const uint8_t *name, size_t n,
				    const uint8_t *cjk, size_t cn,
				    size_t *skip)
{
	if (n == 0 || n > FIT_NAME || cn == 0 || cn > FIT_CJK)
		return fit(name, n, cjk, cn, skip);
	/* The multiply mixes the two, so that two pairs of one name meet in
	 * a slot for some names and not for others. */
	uint64_t h = (ends_hash(name, n) ^ (ends_hash(cjk, cn) >> 7)) *
		     UINT64_C(0x9E3779B97F4A7C15);
	struct fit_entry *m = &fit_memo[(h >> 40) % FIT_SLOTS];

	if (m->name_len == n && m->cjk_len == cn &&
	    memcmp(m->name, name, n) == 0 && memcmp(m->cjk, cjk, cn) == 0) {
		*skip = m->skip;
		return (enum gloss_type)m->type;
	}
	enum gloss_type t = fit(name, n, cjk, cn, skip);
	m->name_len = (uint8_t)n;
	m->cjk_len = (uint8_t)cn;
	m->skip = (uint8_t)*skip;
	m->type = (uint8_t)t;
	memcpy(m->name, name, n);
	memcpy(m->cjk, cjk, cn);
	return t;
}

enum gloss_type person_fit(const uint8_t *s, size_t *off, size_t *len,
			 const uint8_t *cjk, size_t cn)
{
	size_t skip;
	enum gloss_type t = fit_memoised(s + *off, *len, cjk, cn, &skip);

	*off += skip;
	*len -= skip;
	return t;
}
