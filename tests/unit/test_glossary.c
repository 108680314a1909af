/* test_glossary.c — --glossary: distinct (name, cjk, type) triples with
 * their counts, most frequent first, ties by name, then cjk, then type. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glossary.h"

static struct glossary g;
static char printed[1 << 18];     /* room for many_distinct_triples */

static int setup(void **state)
{
	(void)state;
	memset(&g, 0, sizeof g);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	glossary_free(&g);
	return 0;
}

static void add(const char *name, const char *cjk, enum gloss_type type)
{
	glossary_add(&g, (const uint8_t *)name, strlen(name),
		     (const uint8_t *)cjk, strlen(cjk), type);
}

static const char *print(void)
{
	FILE *f = fmemopen(printed, sizeof printed, "w");

	assert_non_null(f);
	glossary_print(&g, f);
	assert_int_equal(fclose(f), 0);
	return printed;
}

static void empty_glossary_prints_nothing(void **state)
{
	(void)state;
	assert_string_equal(print(), "");
}

/* Counts, most frequent first; ties by name in byte order. */
static void most_frequent_first_then_name(void **state)
{
	(void)state;
	add("Lin Mei-hua", "林美華", G_PERSON);
	add("Daan", "大安", G_OTHER);
	add("Lin Mei-hua", "林美華", G_PERSON);
	add("Chen Wen-li", "陳文理", G_PERSON);
	add("Beitou", "北投", G_OTHER);
	assert_string_equal(print(),
			    "Lin Mei-hua\t林美華\tperson\t2\n"
			    "Beitou\t北投\tother\t1\n"
			    "Chen Wen-li\t陳文理\tperson\t1\n"
			    "Daan\t大安\tother\t1\n");
}

/* The same name with another cjk or another type is another triple. */
static void triples_are_distinct_by_every_field(void **state)
{
	(void)state;
	add("Lee", "李", G_PERSON);
	add("Lee", "利", G_PERSON);
	add("Lee", "李", G_OTHER);
	add("Lee", "李", G_PERSON);
	assert_string_equal(print(),
			    "Lee\t李\tperson\t2\n"
			    "Lee\t利\tperson\t1\n"
			    "Lee\t李\tother\t1\n");
}

/* Growing the table keeps every count; memory holds each triple once. */
static void many_distinct_triples(void **state)
{
	char name[32];
	size_t bytes;

	(void)state;
	for (int round = 0; round < 3; round++)
		for (int i = 0; i < 5000; i++) {
			snprintf(name, sizeof name, "Name %05d", i);
			add(name, "名", G_OTHER);
		}
	bytes = g.bytes.len;
	assert_int_equal(g.used, 5000);
	assert_int_equal(bytes, 5000 * (strlen("Name 00000") + strlen("名")));
	add("Name 00042", "名", G_OTHER);
	assert_int_equal(g.bytes.len, bytes);
	const char *out = print();
	assert_memory_equal(out, "Name 00042\t名\tother\t4\nName 00000\t名"
			    "\tother\t3\n", strlen("Name 00042\t名\tother\t4\n"
						   "Name 00000\t名\tother\t3\n"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(empty_glossary_prints_nothing,
						setup, teardown),
		cmocka_unit_test_setup_teardown(most_frequent_first_then_name,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			triples_are_distinct_by_every_field, setup, teardown),
		cmocka_unit_test_setup_teardown(many_distinct_triples, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
