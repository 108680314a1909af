#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

const char *diag_program = "storysift";
bool diag_quiet = false;

static void vreport(const char *file, long line, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", diag_program);
	if (file != NULL && line > 0)
		fprintf(stderr, "%s:%ld: ", file, line);
	else if (file != NULL)
		fprintf(stderr, "%s: ", file);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void diag_warn(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	if (diag_quiet)
		return;
	va_start(ap, fmt);
	vreport(file, line, fmt, ap);
	va_end(ap);
}

void diag_error(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(file, line, fmt, ap);
	va_end(ap);
}

void diag_fatal(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(NULL, 0, fmt, ap);
	va_end(ap);
	exit(1);
}
