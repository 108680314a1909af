#include "outname.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The width of a %Wn at p (after the %), or -1 when p is no %n. */
static int number_width(const char *p, const char **end)
{
	int width = 0;

	while (*p >= '0' && *p <= '9') {
		if (width > 99)
			return -1;
		width = width * 10 + (*p++ - '0');
	}
	if (*p != 'n')
		return -1;
	*end = p + 1;
	return width;
}

bool outname_valid(const char *pattern, const char **why)
{
	bool number = false;
	const char *end = NULL;

	*why = NULL;
	if (*pattern == '\0')
		*why = "it is empty";
	for (const char *p = pattern; *why == NULL && *p != '\0'; p++) {
		if (*p != '%')
			continue;
		p++;
		if (*p == 'f' || *p == 'k' || *p == '%')
			continue;
		if (number_width(p, &end) < 0) {
			*why = "valid conversions are %f, %n, %04n, %k and %%";
			break;
		}
		number = true;
		p = end - 1;
	}
	if (*why == NULL && !number)
		*why = "it needs a %n, so that each story gets a name of its own";
	if (*why == NULL && pattern[strlen(pattern) - 1] == '/')
		*why = "it names a directory";
	return *why == NULL;
}

void outname_stem(struct buf *b, const char *file)
{
	const char *base = strrchr(file, '/');
	size_t n;

	base = base == NULL ? file : base + 1;
	n = strlen(base);
	if (n > 3 && strcmp(base + n - 3, ".gz") == 0)
		n -= 3;
	for (size_t i = n; i-- > 1; )
		if (base[i] == '.') {
			n = i;
			break;
		}
	buf_add(b, base, n);
}

void outname_expand(struct buf *b, const char *pattern, const char *stem,
		    long number, const char *kind)
{
	const char *end = NULL;

	for (const char *p = pattern; *p != '\0'; p++) {
		if (*p != '%') {
			buf_addc(b, (uint8_t)*p);
			continue;
		}
		p++;
		if (*p == 'f') {
			buf_adds(b, stem);
		} else if (*p == 'k') {
			buf_adds(b, kind);
		} else if (*p == '%') {
			buf_addc(b, '%');
		} else {
			int width = number_width(p, &end);
			char digits[32];
			int n = snprintf(digits, sizeof digits, "%0*ld",
					 width > 30 ? 30 : width, number);
			buf_add(b, digits, (size_t)n);
			p = end - 1;
		}
	}
	buf_addc(b, '\0');
}

/* mkdir -p of the directories path names before its last component. */
static int make_parents(const char *path)
{
	size_t n = strlen(path) + 1;
	char *dir = memcpy(xmalloc(n), path, n);
	int rc = 0;

	for (char *p = dir + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
			rc = -1;
			break;
		}
		*p = '/';
	}
	free(dir);
	return rc;
}

FILE *outname_open(const char *path, bool force)
{
	int flags = O_WRONLY | O_CREAT | (force ? O_TRUNC : O_EXCL);
	int fd;

	if (make_parents(path) != 0)
		return NULL;
	fd = open(path, flags, 0666);
	if (fd < 0)
		return NULL;
	FILE *f = fdopen(fd, "w");
	if (f == NULL) {
		int e = errno;
		close(fd);
		errno = e;
	}
	return f;
}
