/* test_walk.c — `-r`: the regular files under a directory in byte order,
 * depth first, symbolic links inside not followed, other files skipped. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "walk.h"

static char root[] = "/tmp/test_walk.XXXXXX";
static char seen[4096];

static int collect(const char *file, void *ctx)
{
	(void)ctx;
	strcat(seen, file + strlen(root));
	strcat(seen, " ");
	return 0;
}

static void make(const char *rel, bool dir)
{
	char path[512];

	snprintf(path, sizeof path, "%s/%s", root, rel);
	if (dir) {
		assert_int_equal(mkdir(path, 0777), 0);
	} else {
		FILE *f = fopen(path, "w");
		assert_non_null(f);
		fclose(f);
	}
}

static void run(const char *cmd)
{
	char line[1024];

	snprintf(line, sizeof line, cmd, root, root);
	assert_int_equal(system(line), 0);
}

static void tree_in_name_order(void **state)
{
	(void)state;
	assert_non_null(mkdtemp(root));
	make("b.txt", false);
	make("a", true);
	make("a/z.txt", false);
	make("a/B.txt", false);
	make("a.txt", false);
	make("c", true);
	run("ln -s ../b.txt %s/c/link.txt; mkfifo %s/c/fifo");
	seen[0] = '\0';
	assert_int_equal(walk_tree(root, collect, NULL), 0);
	assert_string_equal(seen, "/a/B.txt /a/z.txt /a.txt /b.txt ");
}

static void a_file_named_is_read(void **state)
{
	char path[512];

	(void)state;
	snprintf(path, sizeof path, "%s/c/link.txt", root);
	seen[0] = '\0';
	assert_int_equal(walk_tree(path, collect, NULL), 0);
	assert_string_equal(seen, "/c/link.txt ");
}

static void a_missing_path_goes_to_visit(void **state)
{
	char path[512];

	(void)state;
	snprintf(path, sizeof path, "%s/missing", root);
	seen[0] = '\0';
	assert_int_equal(walk_tree(path, collect, NULL), 0);
	assert_string_equal(seen, "/missing ");
	run("rm -rf %s; : %s");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tree_in_name_order),
		cmocka_unit_test(a_file_named_is_read),
		cmocka_unit_test(a_missing_path_goes_to_visit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
