/* diag.h — diagnostics on standard error, in one form:
 *
 *     storysift: FILE:LINE: message      (diag_warn with a file and line)
 *     storysift: FILE: message           (line 0)
 *     storysift: message                 (no file)
 *
 * diag_quiet silences warnings (not errors); diag_fatal exits with 1. */
#ifndef STORYSIFT_DIAG_H
#define STORYSIFT_DIAG_H

#include <stdbool.h>

extern const char *diag_program;
extern bool diag_quiet;

void diag_warn(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_error(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
_Noreturn void diag_fatal(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

#endif
