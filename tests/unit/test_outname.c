/* test_outname.c — `-o PATTERN` (SPEC §4): which patterns are valid, the
 * %f stem, the names they expand to, and opening with and without
 * --force. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outname.h"

static bool valid(const char *pattern)
{
	const char *why;
	bool ok = outname_valid(pattern, &why);

	assert_true(ok == (why == NULL));
	return ok;
}

static void patterns_need_a_number(void **state)
{
	(void)state;
	assert_true(valid("%n"));
	assert_true(valid("out/%f-%04n.txt"));
	assert_true(valid("%k/%f.%n.json"));
	assert_true(valid("100%%-%n"));
	assert_false(valid(""));
	assert_false(valid("out/%f.txt"));      /* every story, one name */
	assert_false(valid("%q%n"));
	assert_false(valid("%n%"));
	assert_false(valid("%04"));
	assert_false(valid("%n/"));
	assert_false(valid("%1000n"));
}

static const char *stem(const char *file)
{
	static struct buf b;

	b.len = 0;
	outname_stem(&b, file);
	buf_addc(&b, '\0');
	return (const char *)b.data;
}

static void stems(void **state)
{
	(void)state;
	assert_string_equal(stem("dump.txt"), "dump");
	assert_string_equal(stem("feeds/2026/dump.txt.gz"), "dump");
	assert_string_equal(stem("dump.gz"), "dump");
	assert_string_equal(stem("a.b.c"), "a.b");
	assert_string_equal(stem("noext"), "noext");
	assert_string_equal(stem(".hidden"), ".hidden");
	assert_string_equal(stem("dir.d/file"), "file");
	assert_string_equal(stem("-"), "-");
}

static const char *expand(const char *pattern, long n, const char *kind)
{
	static struct buf b;

	b.len = 0;
	outname_expand(&b, pattern, "dump", n, kind);
	return (const char *)b.data;
}

static void names(void **state)
{
	(void)state;
	assert_string_equal(expand("out/%f-%04n.txt", 7, "article"),
			    "out/dump-0007.txt");
	assert_string_equal(expand("%k/%n", 12, "blurb"), "blurb/12");
	assert_string_equal(expand("%f%%%2n", 123, "blurb"), "dump%123");
	assert_string_equal(expand("%n", 1, "article"), "1");
}

static void open_creates_directories_and_refuses_to_overwrite(void **state)
{
	char dir[] = "/tmp/test_outname.XXXXXX";
	char path[256];
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/a/b/c.txt", dir);
	f = outname_open(path, false);
	assert_non_null(f);
	fputs("one\n", f);
	assert_int_equal(fclose(f), 0);
	errno = 0;
	assert_null(outname_open(path, false));
	assert_int_equal(errno, EEXIST);
	f = outname_open(path, true);
	assert_non_null(f);
	fputs("2\n", f);
	assert_int_equal(fclose(f), 0);
	f = fopen(path, "r");
	char got[16] = "";
	assert_non_null(fgets(got, sizeof got, f));
	fclose(f);
	assert_string_equal(got, "2\n");        /* truncated, not appended */
	unlink(path);
	snprintf(path, sizeof path, "%s/a/b", dir);
	rmdir(path);
	snprintf(path, sizeof path, "%s/a", dir);
	rmdir(path);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(patterns_need_a_number),
		cmocka_unit_test(stems),
		cmocka_unit_test(names),
		cmocka_unit_test(open_creates_directories_and_refuses_to_overwrite),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
