/* test_wordlist.c — exact lookup in a sorted word list: every entry is
 * found, and keys that are prefixes, extensions, neighbours or hold a NUL
 * byte are not; the indexed table agrees, and its check finds disorder. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "wordlist.h"

static const char *const words[] = {
	"Bay", "Bridge", "Dr", "Mr", "Mrs", "Ms", "al", "van", "von",
};
#define COUNT (sizeof words / sizeof words[0])

static bool has(const char *k, size_t n)
{
	return wordlist_has(words, COUNT, (const uint8_t *)k, n);
}

static void every_entry_is_found(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT; i++)
		assert_true(has(words[i], strlen(words[i])));
}

static void near_misses_are_not(void **state)
{
	(void)state;
	assert_false(has("M", 1));        /* a prefix of three entries */
	assert_false(has("Mrs.", 4));     /* an entry and more */
	assert_false(has("Mt", 2));       /* between Ms and al */
	assert_false(has("A", 1));        /* before the first */
	assert_false(has("zz", 2));       /* after the last */
	assert_false(has("mr", 2));       /* case is kept */
	assert_false(has("", 0));
}

static void a_nul_byte_matches_nothing(void **state)
{
	(void)state;
	assert_false(has("Mr\0", 3));
	assert_false(has("Mr\0s", 4));
	assert_false(has("\0", 1));
}

static void a_key_is_read_only_to_its_length(void **state)
{
	(void)state;
	assert_true(has("Mrs and more", 3));
	assert_true(has("Mrs and more", 2));
}

static void an_empty_list_has_nothing(void **state)
{
	(void)state;
	assert_false(wordlist_has(words, 0, (const uint8_t *)"Bay", 3));
}

/* The indexed table gives the same answers as the plain search. */
static void a_table_answers_as_the_list(void **state)
{
	static const char *const keys[] = {
		"Bay", "Bridge", "Dr", "Mr", "Mrs", "Ms", "al", "van", "von",
		"B", "Ba", "Bays", "Mx", "M", "a", "ala", "vo", "zz", "",
		"Bridges", "Mrs.",
	};
	struct wordtable t = WORDTABLE(words);

	(void)state;
	for (int round = 0; round < 2; round++)     /* before and after the index */
		for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
			assert_int_equal(
				wordtable_has(&t, (const uint8_t *)keys[i],
					      strlen(keys[i])),
				has(keys[i], strlen(keys[i])));
	assert_true(t.indexed);
}

static void a_table_out_of_order_is_not_ok(void **state)
{
	static const char *const unsorted[] = { "Mr", "Dr" };
	static const char *const twice[] = { "Dr", "Dr" };
	static const char *const empty[] = { "", "Dr" };
	static const char *const lower_first[] = { "al", "Bay" };
	const struct wordtable good = WORDTABLE(words),
		a = WORDTABLE(unsorted), b = WORDTABLE(twice),
		c = WORDTABLE(empty), d = WORDTABLE(lower_first);

	(void)state;
	assert_true(wordtable_ok(&good));
	assert_false(wordtable_ok(&a));
	assert_false(wordtable_ok(&b));
	assert_false(wordtable_ok(&c));
	assert_false(wordtable_ok(&d));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_entry_is_found),
		cmocka_unit_test(near_misses_are_not),
		cmocka_unit_test(a_nul_byte_matches_nothing),
		cmocka_unit_test(a_key_is_read_only_to_its_length),
		cmocka_unit_test(an_empty_list_has_nothing),
		cmocka_unit_test(a_table_answers_as_the_list),
		cmocka_unit_test(a_table_out_of_order_is_not_ok),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
