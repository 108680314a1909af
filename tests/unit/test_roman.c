/* test_roman.c — romanised names (roman.h): syllable counts in the Chinese
 * and Korean romanisations, English words that do not split, surnames,
 * Hepburn, Western given names, CJK surnames and compound surnames. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "roman.h"
#include "text.h"

#define U(lit) ((const uint8_t *)(lit))
#define BIT(k) (1u << (k))

static unsigned counts(const char *w)
{
	return roman_syllable_counts(U(w), strlen(w));
}

static bool surname(const char *w)
{
	return roman_is_surname(U(w), strlen(w));
}

static bool hepburn(const char *w)
{
	return roman_is_hepburn(U(w), strlen(w));
}

static bool given(const char *w)
{
	return roman_is_given_name(U(w), strlen(w));
}

/* The first character of a UTF-8 literal. */
static ucs4_t ch(const char *s)
{
	ucs4_t uc;

	text_next(U(s), strlen(s), &uc);
	return uc;
}

static bool compound(const char *pair)
{
	ucs4_t a, b;
	size_t n = strlen(pair), len = text_next(U(pair), n, &a);

	text_next(U(pair) + len, n - len, &b);
	return cjk_is_compound_surname(a, b);
}

static void tables_are_sorted_and_well_formed(void **state)
{
	(void)state;
	assert_true(roman_tables_ok());
}

static void pinyin_given_names_split_in_two(void **state)
{
	(void)state;
	assert_int_equal(counts("Jinping"), BIT(2));
	assert_int_equal(counts("Xiaoping"), BIT(2));   /* not xi-ao-ping */
	assert_int_equal(counts("Keqiang"), BIT(2));
	assert_int_equal(counts("Zedong"), BIT(2));
}

static void hyphenated_pieces_add_up(void **state)
{
	(void)state;
	assert_int_equal(counts("Ing-wen"), BIT(2));
	assert_int_equal(counts("Ching-te"), BIT(2));
	assert_int_equal(counts("Yuet-ngor"), BIT(2));
	assert_int_equal(counts("Hsien-loong"), BIT(2));
	assert_int_equal(counts("Jae-in"), BIT(2));
	/* Pieces that split two ways give every sum. */
	assert_int_equal(counts("Xian-long"), BIT(2) | BIT(3));
}

static void single_syllables_of_each_system(void **state)
{
	static const char *const one[] = {
		"Hsien", "Tsai", "Hsueh", "Kuei", "Chiang",   /* Wade-Giles */
		"Jhih", "Syu", "Liou",                         /* Tongyong */
		"Jeou", "Shyh", "Ing",                         /* Taiwan */
		"Chok", "Tsim", "Cheung", "Kwok", "Sze", "Yeung",  /* HK */
		"Quek", "Swee", "Keat", "Hwee", "Hock", "Yoke",    /* SG, MY */
		"Park", "Hoon", "Myung", "Seok", "Hyeon", "Pyong", /* Korean */
		"Lv", "Nue", "Zhei", "Biang",                  /* rare Pinyin */
	};

	(void)state;
	for (size_t i = 0; i < sizeof one / sizeof one[0]; i++) {
		if (!(counts(one[i]) & BIT(1)))
			fail_msg("%s is not one syllable", one[i]);
	}
}

static void dropped_apostrophe_reads_both_ways(void **state)
{
	(void)state;
	assert_int_equal(counts("Xian"), BIT(1) | BIT(2));
	assert_int_equal(counts("Xi'an"), BIT(2));
	assert_int_equal(counts("Yanan"), BIT(2));      /* ya-nan, yan-an */
	assert_int_equal(counts("Huang"), BIT(1) | BIT(2));
	/* Only before a: not le-e, ma-o, gu-o. */
	assert_int_equal(counts("Lee"), BIT(1));
	assert_int_equal(counts("Mao"), BIT(1));
	assert_int_equal(counts("Guo"), BIT(1));
	assert_int_equal(counts("Tian'anmen"), BIT(3));
}

static void vowel_syllable_inside_a_word_needs_a_break(void **state)
{
	(void)state;
	assert_int_equal(counts("Hsien"), BIT(1));      /* not hsi-en */
	assert_int_equal(counts("Kowloon"), 0);
	assert_int_equal(counts("Haeun"), 0);           /* Korean 하은 */
	assert_int_equal(counts("Ha-eun"), BIT(2));
	assert_int_equal(counts("Jae"), BIT(1));        /* not ja-e */
	/* The dropped apostrophe only makes a piece of two. */
	assert_int_equal(counts("Keqiang"), BIT(2));    /* not ke-qi-ang */
	assert_int_equal(counts("Tiananmen"), 0);
}

static void wade_giles_apostrophe_is_aspiration(void **state)
{
	(void)state;
	assert_int_equal(counts("Ch'en"), BIT(1));
	assert_int_equal(counts("Ts'ai"), BIT(1));
	assert_int_equal(counts("K'ung"), BIT(1));
	assert_int_equal(counts("P'yong"), BIT(1));   /* McCune-Reischauer */
}

static void syllabic_ng_stands_alone(void **state)
{
	(void)state;
	assert_int_equal(counts("Ng"), BIT(1));
	assert_int_equal(counts("Sng"), BIT(1));
	assert_int_equal(counts("Long"), BIT(1));       /* not lo-ng */
}

static void english_words_do_not_split(void **state)
{
	static const char *const words[] = {
		"Payoh", "Bahru", "Glam", "India", "Little", "Pavilion",
		"Street", "Lawrence", "London", "Orchard", "Tampines",
	};

	(void)state;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (counts(words[i]) != 0)
			fail_msg("%s splits: %#x", words[i], counts(words[i]));
	}
}

static void case_is_ignored(void **state)
{
	(void)state;
	assert_int_equal(counts("JINPING"), BIT(2));
	assert_int_equal(counts("jinping"), BIT(2));
	assert_true(surname("WONG"));
	assert_true(given("wINNIE"));
	assert_true(hepburn("KOIZUMI"));
}

static void malformed_words_do_not_split(void **state)
{
	char longword[200];

	(void)state;
	assert_int_equal(roman_syllable_counts(U(""), 0), 0);
	assert_int_equal(counts("-wen"), 0);
	assert_int_equal(counts("Ing-"), 0);
	assert_int_equal(counts("Ing--wen"), 0);
	assert_int_equal(counts("Jin ping"), 0);
	assert_int_equal(counts("Jin2"), 0);
	assert_int_equal(counts("L\xC3\xBC"), 0);        /* Lü */
	assert_int_equal(counts("Tan\xE2\x80\x99s"), 0); /* Tan’s */
	assert_int_equal(roman_syllable_counts(U("ma\0ma"), 5), 0);
	memset(longword, 'a', sizeof longword);
	assert_int_equal(roman_syllable_counts(U(longword), sizeof longword),
			 0);
}

static void counts_stop_at_fifteen(void **state)
{
	(void)state;
	assert_int_equal(counts("ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma"),
			 BIT(15));
	assert_int_equal(
		counts("ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma-ma"), 0);
}

static void romanised_surnames(void **state)
{
	static const char *const yes[] = {
		"Wong", "Cheung", "Tsang", "Chan", "Leung", "Kwok", "Yeung",
		"Tan", "Lim", "Koh", "Goh", "Ng", "Teo", "Ong", "Chua", "Quek",
		"Kim", "Park", "Lee", "Choi", "Jung", "Yoon", "Rhee", "Kwon",
		"Wang", "Zhang", "Xi", "Hsieh", "Tsai", "Hsu", "Chiang",
		"Ouyang", "Szeto", "Au-Yeung", "Hwangbo",
	};
	static const char *const no[] = {
		"Lawrence", "Street", "Payoh", "India", "Jinping", "Ing-wen",
		"Yeung-Au",
	};

	(void)state;
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (!surname(yes[i]))
			fail_msg("%s is not a surname", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		if (surname(no[i]))
			fail_msg("%s is a surname", no[i]);
	assert_false(roman_is_surname(U(""), 0));
}

static void hepburn_reads_japanese_names(void **state)
{
	static const char *const yes[] = {
		"Koizumi", "Shinjiro", "Matsunosuke", "Yuriko", "Koike",
		"Nagasaki", "Hokkaido", "Sapporo", "Ishiba", "Fumio",
		"Ohtani", "Shimbun", "Shin'ichi", "Kyoto", "Matcha", "Ken",
	};
	static const char *const no[] = {
		"Wong", "Street", "Lawrence", "Payoh", "Ka", "Kim", "Xi",
		"Lee", "Jinping", "Satoh", "Kimchi", "John", "",
	};

	(void)state;
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (!hepburn(yes[i]))
			fail_msg("%s is not Hepburn", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		if (hepburn(no[i]))
			fail_msg("%s is Hepburn", no[i]);
}

static void western_given_names(void **state)
{
	static const char *const yes[] = {
		"William", "Lawrence", "Eric", "Winnie", "Ivan", "John",
		"Rosanna", "Vincent", "Carrie", "Regina", "Rimsky", "Starry",
	};
	static const char *const no[] = {
		"Wong", "Jinping", "Street", "Hsiao", "Payoh", "Johnn",
	};

	(void)state;
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (!given(yes[i]))
			fail_msg("%s is not a given name", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		if (given(no[i]))
			fail_msg("%s is a given name", no[i]);
}

/* Surnames named in the brief for this module, each checked. */
static void listed_cjk_surnames_are_found(void **state)
{
	static const char list[] =
		"王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林"
		"羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董袁潘于蔣"
		"蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金"
		"石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙史陶黎"
		"賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤賴赖柯游翁洪"
		"卓施莊庄簡简詹紀纪凃涂"
		"金李朴崔鄭姜趙尹張林韓申吳徐權黃宋安柳洪全高文孫梁裴白曺"
		"許南沈盧河郭成車具禹朱任羅辛閔"
		"김이박최정강조윤장임한신오서권황송안류유홍전고문손양배백허"
		"남심노하곽성차구우주나민진지엄채원천방공현함변염여추도소석"
		"선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부";
	size_t n = sizeof list - 1;

	(void)state;
	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		size_t len = text_next(U(list) + i, n - i, &uc);
		if (!cjk_is_surname(uc))
			fail_msg("%.*s is not a surname", (int)len, list + i);
		i += len;
	}
}

static void place_name_characters_are_not_surnames(void **state)
{
	static const char *const no[] = {
		"深", "灣", "湾", "旺", "大", "尖", "觀", "荃", "北", "元",
		"台", "中", "新", "山", "東", "대", "於",
	};

	(void)state;
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		if (cjk_is_surname(ch(no[i])))
			fail_msg("%s is a surname", no[i]);
	assert_true(cjk_is_surname(ch("南")));   /* Korean 남 */
	assert_false(cjk_is_surname('A'));
	assert_false(cjk_is_surname(0));
	assert_false(cjk_is_surname(0x20000));   /* beyond the BMP */
	assert_false(cjk_is_surname(0xD800));
}

static void compound_surnames_are_ordered_pairs(void **state)
{
	static const char *const yes[] = {
		"歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "司徒",
		"東方", "皇甫", "남궁", "황보", "제갈", "선우",
	};
	static const char *const no[] = {
		"陽歐", "黃大", "上水", "東涌", "司法", "김이",
	};

	(void)state;
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (!compound(yes[i]))
			fail_msg("%s is not a compound surname", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		if (compound(no[i]))
			fail_msg("%s is a compound surname", no[i]);
	assert_false(cjk_is_compound_surname(0x20000, ch("陽")));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tables_are_sorted_and_well_formed),
		cmocka_unit_test(pinyin_given_names_split_in_two),
		cmocka_unit_test(hyphenated_pieces_add_up),
		cmocka_unit_test(single_syllables_of_each_system),
		cmocka_unit_test(dropped_apostrophe_reads_both_ways),
		cmocka_unit_test(vowel_syllable_inside_a_word_needs_a_break),
		cmocka_unit_test(wade_giles_apostrophe_is_aspiration),
		cmocka_unit_test(syllabic_ng_stands_alone),
		cmocka_unit_test(english_words_do_not_split),
		cmocka_unit_test(case_is_ignored),
		cmocka_unit_test(malformed_words_do_not_split),
		cmocka_unit_test(counts_stop_at_fifteen),
		cmocka_unit_test(romanised_surnames),
		cmocka_unit_test(hepburn_reads_japanese_names),
		cmocka_unit_test(western_given_names),
		cmocka_unit_test(listed_cjk_surnames_are_found),
		cmocka_unit_test(place_name_characters_are_not_surnames),
		cmocka_unit_test(compound_surnames_are_ordered_pairs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
