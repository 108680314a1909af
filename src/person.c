#include "person.h"

#include <string.h>

#include "name.h"
#include "roman.h"
#include "text.h"
#include "wordlist.h"
#include "words.h"

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

/* The vowels with a macron that Hepburn writes long vowels with
 * (`Tatsuzō`, `Ryūkyū`), as UTF-8, and the plain vowel each stands for. */
static const struct {
	uint8_t lead, trail;
	char vowel;
} macrons[] = {
	{ 0xC4, 0x80, 'A' }, { 0xC4, 0x81, 'a' }, { 0xC4, 0x92, 'E' },
	{ 0xC4, 0x93, 'e' }, { 0xC4, 0xAA, 'I' }, { 0xC4, 0xAB, 'i' },
	{ 0xC5, 0x8C, 'O' }, { 0xC5, 0x8D, 'o' }, { 0xC5, 0xAA, 'U' },
	{ 0xC5, 0xAB, 'u' },
};

/* A macron vowel at s[0, n) as its plain vowel, or 0. */
static char macron_vowel(const uint8_t *s, size_t n)
{
	if (n < 2)
		return 0;
	for (size_t i = 0; i < sizeof macrons / sizeof *macrons; i++)
		if (s[0] == macrons[i].lead && s[1] == macrons[i].trail)
			return macrons[i].vowel;
	return 0;
}

/* The word as roman.c wants it: ASCII, with a curly ’ made straight and
 * a macron vowel plain.  Returns 0 when it holds anything else. */
static size_t ascii_word(struct nword w, uint8_t *out)
{
	size_t k = 0;

	for (size_t i = 0; i < w.n; i++) {
		char v;
		if (k == WORD_MAX)
			return 0;
		if (i + 3 <= w.n && memcmp(w.s + i, "\xE2\x80\x99", 3) == 0) {
			out[k++] = '\'';
			i += 2;
		} else if (w.s[i] < 0x80) {
			out[k++] = w.s[i];
		} else if ((v = macron_vowel(w.s + i, w.n - i)) != 0) {
			out[k++] = (uint8_t)v;
			i++;
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
 * surname or a nickname's prefix, whether it holds kana, Hangul or a
 * name dot, and whether it ends the way names of places, buildings,
 * bodies and dishes do. */
struct cjk_info {
	size_t chars;
	bool surname, kana, dot, han;
	size_t dots;            /* name dots: a transliteration's parts - 1 */
	bool nickname;          /* 阿扁, 小宥, 老王: two characters */
	bool kin;               /* 張伯, 林姨: a surname and a kin word */
	bool place;             /* 龍興山, 金福堂, 邱公司, 神田明神 */
};

/* Characters that end the names of places, buildings, bodies, works and
 * dishes and seldom a person's given name (SPEC §2.5, issue 15): city,
 * county, district, village, road, street, mountain, river, lake,
 * island, port, bay, bridge, field, gate, station, temple, shrine,
 * ancestral hall, palace, hall, building, garden, school, office, party,
 * law, newspaper, deity, festival, opera, noodles.  Not 谷 or 里, which end
 * Japanese names. */
static const char place_end_chars[] =
	"市縣县區区鄉乡鎮镇村町県路街巷山川湖河溪潭島岛嶼屿港灣湾橋桥"
	"洲埔涌坑塘坪圍围角尾門门口田站駅寺廟庙宮宫殿堂祠館馆樓楼閣阁"
	"塔園园院校署局處处廳厅會会社黨党法報报刊仙帝麵面飯饭粉戲戏劇剧節"
	"节祭";

/* Two-character endings whose characters alone end names too often. */
static const char *const place_end_pairs[] = {
	"公司", "神社", "明神", "温泉", "溫泉", "銀行", "银行", "大學",
	"大学", "中心", "集團", "集团",
};

/* Kin words a nickname ends with: 伯 uncle, 叔, 姨 auntie, 嬸, 婆, 哥,
 * 姐, 嫂. */
static const char kin_chars[] = "伯叔姨嬸婶婆哥姐嫂";

/* Is uc one of the characters of set (a UTF-8 string of them)? */
static bool in_chars(const char *set, ucs4_t uc)
{
	const uint8_t *s = (const uint8_t *)set;
	size_t n = strlen(set);

	for (size_t i = 0; i < n;) {
		ucs4_t c;
		i += text_next(s + i, n - i, &c);
		if (c == uc)
			return true;
	}
	return false;
}

/* Does cjk[0, cn) end in one of the two-character endings? */
static bool ends_in_pair(const uint8_t *cjk, size_t cn)
{
	for (size_t i = 0; i < sizeof place_end_pairs / sizeof *place_end_pairs;
	     i++) {
		size_t k = strlen(place_end_pairs[i]);
		if (cn >= k && memcmp(cjk + cn - k, place_end_pairs[i], k) == 0)
			return true;
	}
	return false;
}

static struct cjk_info cjk_info(const uint8_t *cjk, size_t cn)
{
	struct cjk_info c = { 0 };
	ucs4_t first[2] = { 0, 0 }, last = 0;

	for (size_t i = 0; i < cn;) {
		ucs4_t uc;
		i += text_next(cjk + i, cn - i, &uc);
		if (text_is_name_dot(uc)) {
			c.dot = true;
			c.dots++;
			continue;
		}
		if (uc == ' ')
			continue;       /* `島岡 達三`: surname, given name */
		if (c.chars < 2)
			first[c.chars] = uc;
		last = uc;
		c.chars++;
		if ((uc >= 0x3040 && uc <= 0x30FF) || (uc >= 0x31F0 && uc <= 0x31FF))
			c.kana = true;
		else if (uc >= 0x3400 && !(uc >= 0xAC00 && uc <= 0xD7AF))
			c.han = true;
	}
	c.surname = cjk_is_surname(first[0]) ||
		    (c.chars >= 2 && cjk_is_compound_surname(first[0], first[1]));
	c.place = c.chars >= 2 && !c.kana && !c.dot &&
		  (in_chars(place_end_chars, last) || ends_in_pair(cjk, cn));
	c.nickname = c.chars == 2 && in_chars("阿小老", first[0]);
	c.kin = c.chars == 2 && c.surname && in_chars(kin_chars, last);
	return c;
}

static bool has_other_word(const struct nword *w, size_t n);

/* Can the words split into exactly `chars` syllables, one per character?
 * With bodies, a word of a body or place (`County`, `Road`) stands for
 * one character (`Anji County (安吉县)`). */
static bool syllables_fit(struct nword *w, size_t n, size_t chars,
			  bool bodies)
{
	uint32_t reach = 1;     /* bit k: the words so far give k syllables */

	if (chars == 0 || chars > CHARS_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned counts = bodies && has_other_word(&w[i], 1) ?
				  2u : syllable_counts(&w[i]);
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

static bool one_syllable_per_char(struct nword *w, size_t n, size_t chars)
{
	return syllables_fit(w, n, chars, false);
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
	/* A temple, hill or company named for a family (`Kim Hock Tong
	 * (金福堂)`, `Khoo Kongsi (邱公司)`): its ending says so, unless the
	 * given name is written as only people's are (`Sun Yat-sen
	 * (孫中山)`). */
	if (c->place && !given_name_shape(w[n - 1]))
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
	return n == 2 && c->chars >= 3 && (c->han || c->kana) && !c->place &&
	       is_hepburn(&w[0]) && is_hepburn(&w[1]);
}

static bool has_other_word(const struct nword *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (name_is_other_word(w[i].s, w[i].n))
			return true;
	return false;
}

/* The pieces of a romanised word: `Chien-ming` is two, `Woh` one.  0
 * when a piece is no syllable in any spelling's shape: ASCII letters
 * only, six at most, with a vowel (or `Ng`, `M`). */
static size_t syllable_pieces(struct nword w)
{
	size_t pieces = 0, len = 0;
	bool vowel = false;

	for (size_t i = 0; i <= w.n; i++) {
		uint8_t ch = i < w.n ? w.s[i] : '-';
		if (ch == '-') {
			if (len == 0 || len > 6 || (!vowel && len > 2))
				return 0;
			pieces++;
			len = 0;
			vowel = false;
			continue;
		}
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
			return 0;
		vowel |= strchr("aeiouyAEIOUY", ch) != NULL;
		len++;
	}
	return pieces;
}

/* A Chinese name in a spelling the syllable tables do not know: a
 * passport's (`Ker Chien-ming (柯建銘)`, `Hou Yu-ih (侯友宜)`), a
 * Malaysian's (`Wong Kah Woh (黄家和)`, `Baey Yam Keng (马炎庆)`).  The
 * CJK side carries it: it opens with a surname and ends like no place;
 * the romanised side gives one syllable per character, either with a
 * hyphenated given name or as three capitalised words for three
 * characters. */
static bool spelled_chinese_person(struct nword *w, size_t n,
				   const struct cjk_info *c)
{
	if (!c->surname || c->place || c->kana || c->chars < 2 ||
	    c->chars > 4 || n < 2 || n > 3)
		return false;
	size_t pieces = 0;
	for (size_t i = 0; i < n; i++) {
		size_t k = syllable_pieces(w[i]);
		if (k == 0 || w[i].s[0] < 'A' || w[i].s[0] > 'Z')
			return false;
		/* a word some table reads must read as one syllable a
		 * piece (`Daan` is da-an, no surname) */
		unsigned counts = syllable_counts(&w[i]);
		if (counts != 0 && !(counts & (1u << k)))
			return false;
		pieces += k;
	}
	if (pieces != c->chars || has_other_word(w, n))
		return false;
	return given_name_shape(w[n - 1]) || (n == 3 && c->chars == 3);
}

/* A Western given name before a surname the tables may not spell
 * (`Vivian Ying (應美玲)`): a given name the word list knows as a proper
 * noun, then one syllable; the CJK opens with a surname and ends like no
 * place. */
static bool western_given_person(struct nword *w, size_t n,
				 const struct cjk_info *c)
{
	if (n != 2 || !c->surname || c->place || c->kana || c->chars < 2 ||
	    c->chars > 4 || syllable_pieces(w[1]) != 1 ||
	    w[1].s[0] < 'A' || w[1].s[0] > 'Z' || has_other_word(w, n))
		return false;
	uint8_t a[WORD_MAX];
	size_t k = ascii_word(w[0], a);
	return k > 0 && words_proper(a, k) &&
	       (syllable_counts(&w[1]) & 2u) != 0;
}

/* Kin words before a surname in a nickname (`Uncle Cheung (張伯)`). */
static bool kin_word(struct nword w)
{
	static const char *const kin[] = {      /* in strcmp order */
		"Aunt", "Auntie", "Aunty", "Brother", "Granny", "Sister",
		"Uncle",
	};
	return wordlist_has(kin, sizeof kin / sizeof *kin, w.s, w.n);
}

/* A nickname: `A-bian (阿扁)`, `Ah Huat (阿發)`, `Xiao Yu (小宥)`, two
 * syllables for two characters, the first a nickname's prefix; or a kin
 * word and the surname, `Uncle Cheung (張伯)`. */
static bool nickname_person(const struct nword *w, size_t n,
			    const struct cjk_info *c)
{
	if (c->kin)
		return n == 2 && kin_word(w[0]) && syllable_pieces(w[1]) == 1;
	if (!c->nickname || c->place || n == 0 || n > 2)
		return false;
	size_t pieces = 0;
	for (size_t i = 0; i < n; i++) {
		size_t k = syllable_pieces(w[i]);
		if (k == 0)
			return false;
		pieces += k;
	}
	return pieces == 2;
}

/* A transliterated foreign or indigenous name, a word for each part the
 * name dots part: `Alain Delon (亞蘭·德倫)`, `Sayun Nomin (撒韻·諾敏)`. */
static bool transliterated_person(const struct nword *w, size_t n,
				  const struct cjk_info *c)
{
	return c->dot && n >= 2 && n <= 3 && n == c->dots + 1 &&
	       !has_other_word(w, n);
}

static bool is_person(struct nword *w, size_t n, const struct cjk_info *c)
{
	if (chinese_korean_person(w, n, c) || japanese_person(w, n, c) ||
	    spelled_chinese_person(w, n, c) || western_given_person(w, n, c) ||
	    nickname_person(w, n, c))
		return true;
	return transliterated_person(w, n, c);
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
/* A person's name of East Asia in any of the shapes above. */
static bool person_shape(struct nword *w, size_t n, const struct cjk_info *c)
{
	return chinese_korean_person(w, n, c) || spelled_chinese_person(w, n, c) ||
	       western_given_person(w, n, c) || japanese_person(w, n, c) ||
	       transliterated_person(w, n, c);
}

/* English words that begin names of places and bodies (`North Korea`,
 * `National Taiwan Sport University`, `Little India`), with the CJK
 * characters (Han, Hangul) that translate them. */
static const struct {
	const char *word, *chars;
} name_modifiers[] = {
	{ "Big", "大대" }, { "Black", "黑흑" }, { "Blue", "藍蓝青청" },
	{ "Central", "中央중" }, { "East", "東东동" }, { "Eastern", "東东동" },
	{ "Federal", "聯联邦연" }, { "Golden", "金금" }, { "Grand", "大대" },
	{ "Great", "大대" }, { "Greater", "大대" }, { "Green", "綠绿青녹청" },
	{ "High", "高고" }, { "Holy", "聖圣성" }, { "Imperial", "皇帝황" },
	{ "Inner", "內内내" }, { "Lesser", "小소" }, { "Little", "小소" },
	{ "Lower", "下하" }, { "Middle", "中중" }, { "National", "國国국" },
	{ "New", "新신" }, { "North", "北북" }, { "Northern", "北북" },
	{ "Old", "舊旧老古구" }, { "Outer", "外외" }, { "Red", "紅红赤적홍" },
	{ "Royal", "皇王왕" }, { "Small", "小소" }, { "South", "南남" },
	{ "Southern", "南남" }, { "United", "聯联合연합" }, { "Upper", "上상" },
	{ "West", "西서" }, { "Western", "西서" }, { "White", "白백" },
	{ "Yellow", "黃黄황" },
};

/* Does the CJK hold the translation of the word, when it is one of the
 * name_modifiers?  (Asked only when fit() is not remembered.) */
static bool cjk_translates(struct nword w, const uint8_t *cjk, size_t cn)
{
	for (size_t m = 0; m < sizeof name_modifiers / sizeof *name_modifiers;
	     m++) {
		const char *word = name_modifiers[m].word;
		if (strlen(word) != w.n || memcmp(w.s, word, w.n) != 0)
			continue;
		const uint8_t *t = (const uint8_t *)name_modifiers[m].chars;
		for (size_t i = 0, tn = strlen((const char *)t); i < tn;) {
			ucs4_t uc;
			size_t k = text_next(t + i, tn - i, &uc);
			for (size_t j = 0; j + k <= cn; j++)
				if (memcmp(cjk + j, t + i, k) == 0)
					return true;
			i += k;
		}
		return false;
	}
	return false;
}

/* May the words w[0, d) before a name be left out of it: ordinary
 * English words and joiners that open the sentence (`Nearby`, `Rural`,
 * `Supporters of`, `Foreign Affairs`) but not one the CJK translates
 * (`New Taipei (新北)`), or anything up to a joiner (`Nevada and`,
 * `Sunday in`)? */
static bool droppable(const struct nword *w, size_t d, const uint8_t *cjk,
		      size_t cn)
{
	if (d == 0)
		return false;
	if (name_is_joiner(w[d - 1].s, w[d - 1].n) && d >= 2)
		return true;
	for (size_t i = 0; i < d; i++) {
		uint8_t a[WORD_MAX];
		size_t k = ascii_word(w[i], a);
		if (!name_is_joiner(w[i].s, w[i].n) &&
		    (k == 0 || !words_known(a, k) ||
		     cjk_translates(w[i], cjk, cn)))
			return false;
	}
	return true;
}

/* An ordinary English word that opens the sentence before a word the
 * word list does not know (`Nearby Tuas (大士)`, `Historic Queenstown
 * (女皇鎮)`) is the sentence's adjective, not the name's (SPEC §2.5),
 * unless
 * - it is also a proper noun (`John Tung Foundation`), or makes the
 *   name a place or a body (`Mount Fuji`);
 * - it reads as one romanised syllable, which may spell the CJK's first
 *   character (`Ah Heng Kway Chap (亞興粿汁)`);
 * - the CJK translates it (`North Korea (北韓)`, `Little India (小印度)`).
 * Before an ordinary word (`National Museum`, `Housing and Development
 * Board`) the run is a title-case name and nothing is left out. */
static bool sentence_adjective(struct nword *w, size_t n, const uint8_t *cjk,
			       size_t cn)
{
	uint8_t a[WORD_MAX], b[WORD_MAX];
	size_t k, m;

	if (n < 2 || (k = ascii_word(w[0], a)) == 0 ||
	    (m = ascii_word(w[1], b)) == 0 || b[0] < 'A' || b[0] > 'Z')
		return false;
	return words_known(a, k) && !words_proper(a, k) && !words_known(b, m) &&
	       !has_other_word(w, 1) && (syllable_counts(&w[0]) & 2u) == 0 &&
	       !cjk_translates(w[0], cjk, cn);
}

static enum gloss_type fit(const uint8_t *name, size_t n, const uint8_t *cjk,
			   size_t cn, bool opens_sentence, size_t *skip)
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
		if (person_shape(tail, k, &c)) {
			*skip = (size_t)(tail[0].s - name);
			return G_PERSON;
		}
	}
	/* A name that reads one syllable a character for its CJK is the
	 * gloss's whole; words in front of the run that does, when they
	 * may be left out (`Nearby Tsim Sha Tsui (尖沙咀)`, `Supporters of
	 * Leung (梁)`, `Nevada and Hung Hom (紅磡)`), are not part of it. */
	if (c.kana || syllables_fit(w, count, c.chars, true))
		return G_OTHER;
	for (size_t k = count - (count > 0); k >= 1; k--) {
		struct nword *tail = w + count - k;
		if (!droppable(w, count - k, cjk, cn) ||
		    !syllables_fit(tail, k, c.chars, true))
			continue;
		*skip = (size_t)(tail[0].s - name);
		return person_shape(tail, k, &c) ||
		       (k == 1 && chinese_korean_person(tail, 1, &c)) ?
		       G_PERSON : G_OTHER;
	}
	if (opens_sentence && sentence_adjective(w, count, cjk, cn)) {
		*skip = (size_t)(w[1].s - name);
		return is_person(w + 1, count - 1, &c) ? G_PERSON : G_OTHER;
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
	bool opens;
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
				    const uint8_t *cjk, size_t cn, bool opens,
				    size_t *skip)
{
	if (n == 0 || n > FIT_NAME || cn == 0 || cn > FIT_CJK)
		return fit(name, n, cjk, cn, opens, skip);
	/* The multiply mixes the two, so that two pairs of one name meet in
	 * a slot for some names and not for others.  A name at a sentence's
	 * start and inside one take two slots: news writes the same gloss
	 * both ways, and one slot would be rewritten at every turn. */
	uint64_t h = (ends_hash(name, n) ^ (ends_hash(cjk, cn) >> 7) ^
		      (uint64_t)opens) * UINT64_C(0x9E3779B97F4A7C15);
	struct fit_entry *m = &fit_memo[(h >> 40) % FIT_SLOTS];

	if (m->name_len == n && m->cjk_len == cn && m->opens == opens &&
	    memcmp(m->name, name, n) == 0 && memcmp(m->cjk, cjk, cn) == 0) {
		*skip = m->skip;
		return (enum gloss_type)m->type;
	}
	enum gloss_type t = fit(name, n, cjk, cn, opens, skip);
	m->name_len = (uint8_t)n;
	m->opens = opens;
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
	enum gloss_type t = fit_memoised(s + *off, *len, cjk, cn,
					 name_opens_sentence(s, *off), &skip);

	*off += skip;
	*len -= skip;
	return t;
}
