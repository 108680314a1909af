#include "walk.h"

#include <dirent.h>
#include <stdbool.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "diag.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir, but . and .., sorted; NULL when it cannot be read. */
static char **list_dir(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;

	if (d == NULL)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		size_t len = strlen(e->d_name) + 1;
		names = xgrow(names, &cap, n + 1, sizeof *names);
		names[n++] = memcpy(xmalloc(len), e->d_name, len);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, by_name);
	*count = n;
	return names != NULL ? names : xmalloc(1);
}

static int walk(const char *path, bool top, walk_visit *visit, void *ctx)
{
	struct stat st;
	char **names;
	size_t n = 0;
	int status = 0;

	/* A file named on the command line is read whatever it is (and
	 * visit reports it when it cannot be): only directories differ. */
	if (top && (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)))
		return visit(path, ctx);
	if (!top && lstat(path, &st) != 0) {
		diag_error(path, 0, "%s", strerror(errno));
		return 1;
	}
	if (S_ISREG(st.st_mode))
		return visit(path, ctx);
	if (!S_ISDIR(st.st_mode))
		return 0;
	if ((names = list_dir(path, &n)) == NULL) {
		diag_error(path, 0, "%s", strerror(errno));
		return 1;
	}
	struct buf child = { 0 };
	size_t plen = strlen(path);
	bool slash = plen > 0 && path[plen - 1] == '/';
	for (size_t i = 0; i < n; i++) {
		child.len = 0;
		buf_add(&child, path, plen);
		if (!slash)
			buf_addc(&child, '/');
		buf_adds(&child, names[i]);
		buf_addc(&child, '\0');
		status |= walk((const char *)child.data, false, visit, ctx);
		free(names[i]);
	}
	buf_free(&child);
	free(names);
	return status;
}

int walk_tree(const char *path, walk_visit *visit, void *ctx)
{
	return walk(path, true, visit, ctx);
}
