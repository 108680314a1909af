/* storysift — split concatenated news feed text into stories.
 * main.c parses the options and drives the loop over the input files;
 * the work is done in pipeline.c and the stages it calls. */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef HAVE_STDIO_EXT_H
#include <stdio_ext.h>
#endif

#include "diag.h"
#include "options.h"
#include "pipeline.h"
#include "walk.h"

/* This run's time, for --seen (SPEC §8): now, or STORYSIFT_NOW's seconds
 * since the epoch, so that the tests can run on chosen days. */
static int64_t run_time(void)
{
	const char *env = getenv("STORYSIFT_NOW");
	char *end;

	if (env != NULL && *env != '\0') {
		errno = 0;
		long long t = strtoll(env, &end, 10);
		/* Up to 9999-12-31T23:59:59Z, which ISO 8601 writes in four
		 * digits; anything else is the clock's time. */
		if (*end == '\0' && errno == 0 && t > 0 && t <= 253402300799)
			return t;
	}
	return (int64_t)time(NULL);
}

static int visit(const char *file, void *ctx)
{
	return pipeline_file(ctx, file);
}

int main(int argc, char **argv)
{
	struct options o;
	struct pipeline p;
	int status = 0;

	/* `storysift big.txt | head` ends quietly, killed by SIGPIPE as cat
	 * is, also when the parent ignored the signal (SPEC §5). */
	signal(SIGPIPE, SIG_DFL);
	options_parse(argc, argv, &o);
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
#ifdef HAVE_STDIO_EXT_H
	/* One thread at a time writes (the relay's thread, then this one
	 * once it has drained): no fputc need take stdout's lock. */
	__fsetlocking(stdout, FSETLOCKING_BYCALLER);
#endif
	o.run.mem.now = run_time();
	if (pipeline_init(&p, &o.run, stdout) != 0) {
		options_free(&o);
		return 2;
	}
	if (o.nfiles == 0)
		status |= o.recursive ? walk_tree(".", visit, &p)
				      : pipeline_file(&p, "-");
	for (int i = 0; i < o.nfiles; i++) {
		const char *file = o.files[i];
		if (o.recursive && strcmp(file, "-") != 0)
			status |= walk_tree(file, visit, &p);
		else
			status |= pipeline_file(&p, file);
	}
	pipeline_finish(&p);
	pipeline_free(&p);
	options_free(&o);
	if (fflush(stdout) != 0 || ferror(stdout))
		pipeline_check_output(stdout);
	if (fclose(stdout) != 0) {
		diag_error(NULL, 0, "write error: %s", strerror(errno));
		return 1;
	}
	return status;
}
