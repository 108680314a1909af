/* storysift — split concatenated news feed text into stories.
 * main.c parses the options and drives the loop over the input files;
 * the work is done in pipeline.c and the stages it calls. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <regex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef HAVE_STDIO_EXT_H
#include <stdio_ext.h>
#endif

#include "buf.h"
#include "diag.h"
#include "pipeline.h"

enum { OPT_NO_HEADERS = 256, OPT_STRICT, OPT_MAX_STORY, OPT_GLOSSARY,
       OPT_HELP, OPT_VERSION };

static const struct option long_options[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "keep", required_argument, NULL, 'k' },
	{ "articles", no_argument, NULL, 'a' },
	{ "blurbs", no_argument, NULL, 'b' },
	{ "glosses", required_argument, NULL, 'g' },
	{ "start", required_argument, NULL, 'e' },
	{ "no-headers", no_argument, NULL, OPT_NO_HEADERS },
	{ "with-filename", no_argument, NULL, 'H' },
	{ "glossary", no_argument, NULL, OPT_GLOSSARY },
	{ "quiet", no_argument, NULL, 'q' },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "max-story", required_argument, NULL, OPT_MAX_STORY },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 },
};

static void usage(FILE *to)
{
	fputs("Usage: storysift [OPTION]... [FILE]...\n"
"Split concatenated news feed text into stories: where each starts, whether\n"
"it is an article or a promo blurb, its kicker and deck, its CJK glosses.\n"
"With no FILE, or when FILE is -, read standard input.  Input compressed\n"
"with gzip is decompressed.\n"
"\n"
"  -f, --format=FORMAT     text (default) or json\n"
"  -k, --keep=KINDS        print only these kinds: article, blurb, or both\n"
"                          comma-separated (default both)\n"
"  -a, --articles          same as --keep=article\n"
"  -b, --blurbs            same as --keep=blurb\n"
"  -g, --glosses=MODE      keep (default) or strip ` (黃循財)` from the text\n"
"  -e, --start=REGEX       a line matching this extended regular expression\n"
"                          starts a story (may repeat)\n"
"      --no-headers        text format without the `# story` lines\n"
"      --glossary          print, instead of stories, every distinct name,\n"
"                          cjk and type with its count, tab-separated, most\n"
"                          frequent first (--keep applies)\n"
"  -H, --with-filename     name the file in each text header\n"
"  -q, --quiet             no warnings\n"
"      --strict            malformed input is an error (exit status 1)\n"
"      --max-story=SIZE    cut stories longer than SIZE bytes (K, M, G\n"
"                          suffixes; default 64M)\n"
"      --help              print this help and exit\n"
"      --version           print the version and exit\n"
"\n"
"Exit status: 0 if all input was read and all output written, 1 if an\n"
"input could not be read, output failed or --strict met malformed input,\n"
"2 on wrong usage.\n", to);
}

static _Noreturn void bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", diag_program);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry '%s --help' for more information.\n",
		diag_program);
	exit(2);
}

static void parse_keep(const char *arg, struct pipeline_options *o)
{
	const char *s = arg;

	o->keep_article = o->keep_blurb = false;
	while (*s != '\0') {
		size_t n = strcspn(s, ",");
		if (n == 7 && strncmp(s, "article", 7) == 0)
			o->keep_article = true;
		else if (n == 5 && strncmp(s, "blurb", 5) == 0)
			o->keep_blurb = true;
		else if (n == 4 && strncmp(s, "both", 4) == 0)
			o->keep_article = o->keep_blurb = true;
		else
			bad_usage("invalid --keep value '%s'", arg);
		s += n;
		if (*s == ',')
			s++;
	}
	if (!o->keep_article && !o->keep_blurb)
		bad_usage("invalid --keep value '%s'", arg);
}

static size_t parse_size(const char *arg)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(arg, &end, 10);
	if (errno != 0 || end == arg || arg[0] == '-')
		bad_usage("invalid --max-story value '%s'", arg);
	switch (*end) {
	case 'K': case 'k': v <<= 10; end++; break;
	case 'M': case 'm': v <<= 20; end++; break;
	case 'G': case 'g': v <<= 30; end++; break;
	}
	if (*end != '\0' || v < 16 || v > SIZE_MAX / 4)
		bad_usage("invalid --max-story value '%s'", arg);
	return (size_t)v;
}

struct patterns {
	regex_t *re;
	size_t n, cap;
};

static void add_pattern(struct patterns *p, const char *arg)
{
	p->re = xgrow(p->re, &p->cap, p->n + 1, sizeof *p->re);
	int rc = regcomp(&p->re[p->n], arg, REG_EXTENDED | REG_NOSUB);
	if (rc != 0) {
		char msg[256];
		regerror(rc, &p->re[p->n], msg, sizeof msg);
		fprintf(stderr, "%s: bad regular expression '%s': %s\n",
			diag_program, arg, msg);
		fprintf(stderr, "Try '%s --help' for more information.\n",
			diag_program);
		exit(2);
	}
	p->n++;
}

static void parse_options(int argc, char **argv, struct pipeline_options *o,
			  struct patterns *pat)
{
	int c;

	opterr = 0;     /* our own messages, named storysift, not argv[0] */
	while ((c = getopt_long(argc, argv, ":f:k:abg:e:Hq", long_options,
				NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "text") == 0)
				o->format = F_TEXT;
			else if (strcmp(optarg, "json") == 0)
				o->format = F_JSON;
			else if (strcmp(optarg, "xml") == 0)
				bad_usage("--format=%s is not implemented yet", optarg);
			else
				bad_usage("invalid --format value '%s'", optarg);
			break;
		case 'k': parse_keep(optarg, o); break;
		case 'a': parse_keep("article", o); break;
		case 'b': parse_keep("blurb", o); break;
		case 'g':
			if (strcmp(optarg, "keep") == 0)
				o->out.strip_glosses = false;
			else if (strcmp(optarg, "strip") == 0)
				o->out.strip_glosses = true;
			else
				bad_usage("invalid --glosses value '%s'", optarg);
			break;
		case 'e': add_pattern(pat, optarg); break;
		case 'H': o->out.with_filename = true; break;
		case 'q': diag_quiet = true; break;
		case OPT_NO_HEADERS: o->out.headers = false; break;
		case OPT_STRICT: o->strict = true; break;
		case OPT_MAX_STORY: o->seg.max_story = parse_size(optarg); break;
		case OPT_GLOSSARY: o->glossary = true; break;
		case OPT_HELP: usage(stdout); exit(0);
		case OPT_VERSION:
			printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
			exit(0);
		case ':':
			bad_usage("option '%s' requires an argument",
				  argv[optind - 1]);
		default:
			if (optopt != 0) {
				char opt[2] = { (char)optopt, '\0' };
				bad_usage("invalid option -- '%s'", opt);
			}
			bad_usage("unrecognized option '%s'", argv[optind - 1]);
		}
	}
}

int main(int argc, char **argv)
{
	struct pipeline_options o = {
		.format = F_TEXT, .keep_article = true, .keep_blurb = true,
		.out = { .headers = true },
		.seg = { .max_story = (size_t)64 << 20 },
	};
	struct patterns pat = { NULL, 0, 0 };
	struct pipeline p;
	int status = 0;

	/* `storysift big.txt | head` ends quietly, as cat does. */
	signal(SIGPIPE, SIG_DFL);
	parse_options(argc, argv, &o, &pat);
	o.seg.patterns = pat.re;
	o.seg.npatterns = pat.n;
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
#ifdef HAVE_STDIO_EXT_H
	/* One thread at a time writes (the relay's thread, then this one
	 * once it has drained): no fputc need take stdout's lock. */
	__fsetlocking(stdout, FSETLOCKING_BYCALLER);
#endif
	pipeline_init(&p, &o, stdout);
	if (optind == argc) {
		status |= pipeline_file(&p, "-");
	} else {
		for (int i = optind; i < argc; i++)
			status |= pipeline_file(&p, argv[i]);
	}
	pipeline_finish(&p);
	pipeline_free(&p);
	for (size_t i = 0; i < pat.n; i++)
		regfree(&pat.re[i]);
	free(pat.re);
	if (fflush(stdout) != 0 || ferror(stdout))
		pipeline_check_output(stdout);
	if (fclose(stdout) != 0) {
		diag_error(NULL, 0, "write error: %s", strerror(errno));
		return 1;
	}
	return status;
}
