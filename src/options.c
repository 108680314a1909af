#include <config.h>

#include "options.h"

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "diag.h"
#include "outname.h"

/* Where the schemas are installed: the build says (Makefile.am). */
#ifndef PKGDATADIR
#define PKGDATADIR "/usr/local/share/storysift"
#endif

enum { OPT_NO_HEADERS = 256, OPT_STRICT, OPT_MAX_STORY, OPT_GLOSSARY,
       OPT_FORCE, OPT_LABEL, OPT_SEEN, OPT_NEW, OPT_SEEN_KEEP };

static const char short_options[] = ":f:k:abg:e:Hqco:ruhV";

static const struct option long_options[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "keep", required_argument, NULL, 'k' },
	{ "articles", no_argument, NULL, 'a' },
	{ "blurbs", no_argument, NULL, 'b' },
	{ "glosses", required_argument, NULL, 'g' },
	{ "start", required_argument, NULL, 'e' },
	{ "count", no_argument, NULL, 'c' },
	{ "output", required_argument, NULL, 'o' },
	{ "force", no_argument, NULL, OPT_FORCE },
	{ "recursive", no_argument, NULL, 'r' },
	{ "label", required_argument, NULL, OPT_LABEL },
	{ "no-headers", no_argument, NULL, OPT_NO_HEADERS },
	{ "with-filename", no_argument, NULL, 'H' },
	{ "glossary", no_argument, NULL, OPT_GLOSSARY },
	{ "quiet", no_argument, NULL, 'q' },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "max-story", required_argument, NULL, OPT_MAX_STORY },
	{ "unique", no_argument, NULL, 'u' },
	{ "seen", required_argument, NULL, OPT_SEEN },
	{ "new", no_argument, NULL, OPT_NEW },
	{ "seen-keep", required_argument, NULL, OPT_SEEN_KEEP },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static void usage(void)
{
	fputs("Usage: storysift [OPTION]... [FILE]...\n"
"Split concatenated news feed text into stories: where each starts, whether\n"
"it is an article or a promo blurb, its kicker and deck, its CJK glosses.\n"
"With no FILE, or when FILE is -, read standard input; gzip-compressed\n"
"input is read decompressed.\n"
"\n"
"  -f, --format=FORMAT     text (default), json (JSON Lines) or xml (one\n"
"                          document); their schemas are installed in\n"
"                          " PKGDATADIR "\n"
"  -k, --keep=KINDS        print only these kinds: article, blurb, or both\n"
"                          comma-separated (default both)\n"
"  -a, --articles          same as --keep=article\n"
"  -b, --blurbs            same as --keep=blurb\n"
"  -g, --glosses=MODE      keep (default) the CJK of glosses in the text,\n"
"                          or strip it: `Lawrence Wong (黃循財)` becomes\n"
"                          `Lawrence Wong` (text and xml; json keeps it)\n"
"  -e, --start=REGEX       a line matching this extended regular expression\n"
"                          starts a story and belongs to it (may repeat)\n"
"  -c, --count             print, instead of stories, one line per file:\n"
"                          FILE, stories, articles, blurbs, truncated\n"
"  -o, --output=PATTERN    write each story to its own file, named by\n"
"                          PATTERN: %f file name without extension, %n\n"
"                          story number (%04n zero-padded), %k kind;\n"
"                          print the names written\n"
"      --force             with -o: overwrite files that exist\n"
"  -r, --recursive         read every regular file under each directory\n"
"      --label=NAME        call standard input NAME in the output\n"
"      --no-headers        text format without the `# story` lines\n"
"      --glossary          print, instead of stories, every distinct name,\n"
"                          cjk and type with its count, tab-separated, most\n"
"                          frequent first (--keep applies)\n"
"  -H, --with-filename     name the file in each text header\n"
"  -q, --quiet             no warnings\n"
"      --strict            malformed input is an error (exit status 1)\n"
"      --max-story=SIZE    end stories longer than SIZE bytes (K, M, G\n"
"                          suffixes; default 64M)\n"
"  -u, --unique            drop stories that repeat an earlier story of\n"
"                          the run, and blurbs whose article it has met\n"
"      --seen=FILE         remember stories across runs in the SQLite\n"
"                          database FILE (created if missing); each story\n"
"                          says when an earlier run first saw it\n"
"      --new               with --seen: print only stories not seen before\n"
"      --seen-keep=DAYS    with --seen: forget stories not seen for DAYS\n"
"                          days (default 90)\n"
"  -h, --help              print this help and exit\n"
"  -V, --version           print the version and exit\n"
"\n"
"Exit status: 0 if all input was read and all output written, 1 if an\n"
"input could not be read, output failed or --strict met malformed input,\n"
"2 on wrong usage.  Full documentation: man storysift.\n", stdout);
}

static _Noreturn void bad_usage(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static _Noreturn void bad_usage(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", diag_program);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n",
		diag_program);
	exit(2);
}

/* word names the value in s[0..n), in any case, with or without a plural
 * s: `Articles` names article. */
static bool names(const char *s, size_t n, const char *word)
{
	size_t len = strlen(word);

	if (n == len + 1 && (s[len] == 's' || s[len] == 'S'))
		n = len;
	return n == len && strncasecmp(s, word, len) == 0;
}

bool options_format(const char *arg, enum format *out)
{
	size_t n = strlen(arg);

	if (names(arg, n, "text"))
		*out = F_TEXT;
	else if (names(arg, n, "json"))
		*out = F_JSON;
	else if (names(arg, n, "xml"))
		*out = F_XML;
	else
		return false;
	return true;
}

bool options_keep(const char *arg, bool *article, bool *blurb)
{
	bool a = false, b = false;

	for (const char *s = arg; ; s++) {
		size_t n = strcspn(s, ",");
		if (names(s, n, "article"))
			a = true;
		else if (names(s, n, "blurb"))
			b = true;
		else if (names(s, n, "both"))
			a = b = true;
		else
			return false;
		s += n;
		if (*s == '\0')
			break;
	}
	*article = a;
	*blurb = b;
	return true;
}

bool options_glosses(const char *arg, bool *strip)
{
	if (strcasecmp(arg, "keep") == 0)
		*strip = false;
	else if (strcasecmp(arg, "strip") == 0)
		*strip = true;
	else
		return false;
	return true;
}

/* The multiplier of a size suffix (K, KB, KiB, B, or none) at s; 0 when
 * s holds anything else. */
static uint64_t size_unit(const char *s)
{
	static const char units[] = "KMG";
	uint64_t unit = 1;
	const char *u = *s == '\0' ? NULL : strchr(units, s[0] & ~0x20);

	if (u != NULL) {
		unit <<= 10 * (u - units + 1);
		s++;
		if (*s == 'i')
			s++;
	}
	if (*s == 'B' || *s == 'b')
		s++;
	return *s == '\0' ? unit : 0;
}

bool options_days(const char *arg, long *out)
{
	long days = 0;

	if (*arg == '\0')
		return false;
	for (const char *s = arg; *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || days > 1000000)
			return false;
		days = days * 10 + (*s - '0');
	}
	if (days > 1000000)
		return false;
	*out = days;
	return true;
}

bool options_size(const char *arg, size_t *out)
{
	uint64_t whole = 0, unit, bytes;
	uint64_t frac = 0, frac_scale = 1;
	const char *s = arg;

	if (*s < '0' || *s > '9')
		return false;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (whole > (UINT64_MAX - 9) / 10)
			return false;
		whole = whole * 10 + (uint64_t)(*s - '0');
	}
	if (*s == '.') {
		s++;
		if (*s < '0' || *s > '9')
			return false;
		for (; *s >= '0' && *s <= '9'; s++)
			if (frac_scale < 1000000000) {
				frac = frac * 10 + (uint64_t)(*s - '0');
				frac_scale *= 10;
			}
	}
	unit = size_unit(s);
	if (unit == 0 || whole > (SIZE_MAX / 4) / unit)
		return false;
	bytes = whole * unit + frac * unit / frac_scale;
	if (bytes < 16 || bytes > SIZE_MAX / 4)
		return false;
	*out = (size_t)bytes;
	return true;
}

/* --seen's FILE with a leading `~/` made $HOME's: the shell does not
 * expand it after `--seen=`, and cron's sh never does, but a user who
 * writes it means the home directory. */
static char *home_path(const char *arg)
{
	const char *home = getenv("HOME");
	char *path;

	if (arg[0] == '~' && arg[1] == '/' && home != NULL && *home != '\0') {
		path = malloc(strlen(home) + strlen(arg));
		if (path != NULL)
			sprintf(path, "%s%s", home, arg + 1);
	} else {
		path = strdup(arg);
	}
	if (path == NULL)
		diag_fatal("out of memory");
	return path;
}

static void add_pattern(struct options *o, const char *arg)
{
	o->patterns = xgrow(o->patterns, &o->patterns_cap, o->npatterns + 1,
			    sizeof *o->patterns);
	int rc = regcomp(&o->patterns[o->npatterns], arg,
			 REG_EXTENDED | REG_NOSUB);
	if (rc != 0) {
		char msg[256];
		regerror(rc, &o->patterns[o->npatterns], msg, sizeof msg);
		bad_usage("bad regular expression '%s': %s", arg, msg);
	}
	o->npatterns++;
}

/* An option getopt_long did not take: name what was wrong with it. */
static _Noreturn void bad_option(char **argv)
{
	const char *arg = argv[optind - 1];
	const char *name = arg + 2;
	size_t n = strcspn(name, "=");
	char found[256] = "";
	int hits = 0;

	if (optopt != 0) {
		char opt[2] = { (char)optopt, '\0' };
		bad_usage("invalid option -- '%s'", opt);
	}
	if (strncmp(arg, "--", 2) != 0)
		bad_usage("unrecognized option '%s'", arg);
	for (const struct option *l = long_options; l->name != NULL; l++) {
		if (strncmp(l->name, name, n) != 0)
			continue;
		hits++;
		if (strlen(found) + strlen(l->name) + 5 < sizeof found) {
			strcat(found, " '--");
			strcat(found, l->name);
			strcat(found, "'");
		}
	}
	if (hits > 1)
		bad_usage("option '%.*s' is ambiguous; possibilities:%s",
			  (int)(n + 2), arg, found);
	bad_usage("unrecognized option '%s'", arg);
}

/* --help and --version first, wherever they stand: a scan that takes
 * every other option's argument as getopt_long would, and checks nothing
 * else. */
static void help_or_version(int argc, char **argv)
{
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, short_options, long_options,
				NULL)) != -1) {
		if (c == 'h') {
			usage();
			exit(0);
		}
		if (c == 'V') {
			printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
			exit(0);
		}
	}
	optind = 0;     /* glibc: start again, from scratch */
}

static void option(int c, char **argv, struct options *o)
{
	struct pipeline_options *r = &o->run;
	const char *why;

	switch (c) {
	case 'f':
		if (!options_format(optarg, &r->format))
			bad_usage("invalid --format value '%s'; valid: text, "
				  "json, xml", optarg);
		break;
	case 'k':
		if (!options_keep(optarg, &r->keep_article, &r->keep_blurb))
			bad_usage("invalid --keep value '%s'; valid: article, "
				  "blurb", optarg);
		break;
	case 'a': r->keep_article = true; r->keep_blurb = false; break;
	case 'b': r->keep_article = false; r->keep_blurb = true; break;
	case 'g':
		if (!options_glosses(optarg, &r->out.strip_glosses))
			bad_usage("invalid --glosses value '%s'; valid: keep, "
				  "strip", optarg);
		break;
	case 'e': add_pattern(o, optarg); break;
	case 'c': r->count = true; break;
	case 'o':
		if (!outname_valid(optarg, &why))
			bad_usage("invalid --output pattern '%s': %s", optarg,
				  why);
		r->output = optarg;
		break;
	case OPT_FORCE: r->force = true; break;
	case 'r': o->recursive = true; break;
	case OPT_LABEL: r->label = optarg; break;
	case 'H': r->out.with_filename = true; break;
	case 'q': diag_quiet = true; break;
	case OPT_NO_HEADERS: r->out.headers = false; break;
	case OPT_STRICT: r->strict = true; break;
	case OPT_GLOSSARY: r->glossary = true; break;
	case OPT_MAX_STORY:
		if (!options_size(optarg, &r->seg.max_story))
			bad_usage("invalid --max-story value '%s'; valid: a "
				  "number of bytes of at least 16, with an "
				  "optional K, M or G suffix (64M, 1.5M, 512KB)",
				  optarg);
		break;
	case 'u': r->mem.unique = true; break;
	case OPT_SEEN:
		free(o->seen_path);
		o->seen_path = home_path(optarg);
		r->mem.seen = o->seen_path;
		break;
	case OPT_NEW: r->mem.new_only = true; break;
	case OPT_SEEN_KEEP:
		if (!options_days(optarg, &r->mem.seen_keep))
			bad_usage("invalid --seen-keep value '%s'; valid: a "
				  "whole number of days, 0 to 1000000", optarg);
		o->seen_keep_given = true;
		break;
	case ':':
		bad_usage("option '%s' requires an argument", argv[optind - 1]);
	default:
		bad_option(argv);
	}
}

void options_parse(int argc, char **argv, struct options *o)
{
	int c;

	memset(o, 0, sizeof *o);
	o->run = (struct pipeline_options){
		.format = F_TEXT, .keep_article = true, .keep_blurb = true,
		.out = { .headers = true },
		.seg = { .max_story = (size_t)64 << 20 },
		.mem = { .seen_keep = 90 },
	};
	help_or_version(argc, argv);
	opterr = 0;     /* our own messages, named storysift, not argv[0] */
	while ((c = getopt_long(argc, argv, short_options, long_options,
				NULL)) != -1)
		option(c, argv, o);
	if (o->run.count + (o->run.output != NULL) + o->run.glossary > 1)
		bad_usage("--count, --output and --glossary exclude each "
			  "other");
	if (o->run.mem.seen == NULL && (o->run.mem.new_only ||
					o->seen_keep_given))
		bad_usage("%s needs --seen=FILE", o->run.mem.new_only ?
			  "--new" : "--seen-keep");
	o->run.mem.prints = !o->run.count && !o->run.glossary;
	o->run.mem.ids = o->run.mem.prints && o->run.format != F_TEXT;
	o->run.seg.patterns = o->patterns;
	o->run.seg.npatterns = o->npatterns;
	o->files = argv + optind;
	o->nfiles = argc - optind;
}

void options_free(struct options *o)
{
	for (size_t i = 0; i < o->npatterns; i++)
		regfree(&o->patterns[i]);
	free(o->patterns);
	o->patterns = NULL;
	free(o->seen_path);
	o->seen_path = NULL;
	o->npatterns = 0;
}
