/* options.h — the command line (SPEC §4, §5).
 *
 * options_parse reads argv into struct options, getopt_long's way
 * (bundled short options, `--` ends them, abbreviations of long options).
 * --help and --version (-h, -V) win over every other option wherever they
 * stand: they print and exit 0 before anything else is checked.  Wrong
 * usage exits 2 with a one-line message that names what was wrong (an
 * ambiguous abbreviation with its candidates, a bad value with the values
 * accepted) and `Try 'storysift --help'`.
 *
 * The value parsers are exported for the unit tests; each returns false
 * on a value it does not accept and leaves *out alone then. */
#ifndef STORYSIFT_OPTIONS_H
#define STORYSIFT_OPTIONS_H

#include <regex.h>
#include <stdbool.h>
#include <stddef.h>

#include "pipeline.h"

struct options {
	struct pipeline_options run;
	regex_t *patterns;      /* -e, compiled; freed by options_free */
	size_t npatterns, patterns_cap;
	bool recursive;         /* -r: directories are read whole */
	bool seen_keep_given;   /* --seen-keep, which needs --seen */
	char *seen_path;        /* --seen's FILE, `~/` expanded */
	char **files;           /* the operands (none: standard input) */
	int nfiles;
};

void options_parse(int argc, char **argv, struct options *o);
void options_free(struct options *o);

/* FORMAT: text, json or xml, in any case, with or without a plural s. */
bool options_format(const char *arg, enum format *out);
/* KINDS: article, blurb or both, comma-separated, case and plurals as
 * for FORMAT. */
bool options_keep(const char *arg, bool *article, bool *blurb);
/* MODE: keep or strip, in any case. */
bool options_glosses(const char *arg, bool *strip);
/* SIZE: bytes, a decimal number (1.5 allowed) with an optional K, M or G
 * (powers of 1024) and an optional B or iB after it: 64M, 1KB, 1.5MiB.
 * At least 16 bytes. */
bool options_size(const char *arg, size_t *out);
/* DAYS: a whole number, 0 to 1000000. */
bool options_days(const char *arg, long *out);

#endif
