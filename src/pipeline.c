#include "pipeline.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "blurb.h"
#include "buf.h"
#include "diag.h"
#include "gloss.h"
#include "kind.h"
#include "linefeed.h"
#include "read.h"
#include "source.h"

void pipeline_check_output(FILE *out)
{
	if (!ferror(out))
		return;
	if (errno == EPIPE)
		exit(1);    /* `storysift big.txt | head`: nothing to say */
	diag_error(NULL, 0, "write error: %s", strerror(errno ? errno : EIO));
	exit(1);
}

static void on_story(struct story *st, void *ctx)
{
	struct pipeline *p = ctx;

	/* Here, not as lines are read: the check is paid beside reading. */
	story_check(st, &p->invalid, &p->nul);
	kind_analyze(st);
	blurb_analyze(st);
	if (st->kind == K_ARTICLE ? !p->opt.keep_article : !p->opt.keep_blurb)
		return;
	gloss_analyze(st);
	if (p->opt.glossary) {
		glossary_add_story(&p->glossary, st);
		return;
	}
	p->record.file = p->out;
	p->record.buf.len = 0;
	if (p->opt.format == F_JSON) {
		gloss_offsets(st);
		out_json(&p->record, st, &p->opt.out);
	} else {
		out_text(&p->record, st, &p->opt.out);
	}
	fwrite(p->record.buf.data, 1, p->record.buf.len, p->out);
	pipeline_check_output(p->out);
}

/* The segmenter's story ends: to the analysis thread. */
static void to_relay(struct story *st, void *ctx)
{
	struct pipeline *p = ctx;

	relay_put(&p->relay, st);
}

/* More threads pay only with a second processor to run them on.
 * STORYSIFT_THREADS=1 keeps to one thread and any other number asks for
 * more, so that the tests run both paths on any machine. */
static bool use_threads(void)
{
	const char *env = getenv("STORYSIFT_THREADS");

	if (env != NULL && *env >= '0' && *env <= '9')
		return strcmp(env, "1") != 0 && strcmp(env, "0") != 0;
	return sysconf(_SC_NPROCESSORS_ONLN) > 1;
}

void pipeline_init(struct pipeline *p, const struct pipeline_options *opt,
		   FILE *out)
{
	memset(p, 0, sizeof *p);
	p->opt = *opt;
	p->out = out;
	seg_init(&p->sg, &p->opt.seg, to_relay, p);
	p->threads = use_threads();
	relay_start(&p->relay, on_story, p, p->threads);
}

void pipeline_finish(struct pipeline *p)
{
	if (p->opt.glossary) {
		glossary_print(&p->glossary, p->out);
		pipeline_check_output(p->out);
	}
}

void pipeline_free(struct pipeline *p)
{
	relay_stop(&p->relay);
	seg_free(&p->sg);
	glossary_free(&p->glossary);
	buf_free(&p->record.buf);
}

/* Malformed input is reported once per file and kind, at its first line;
 * cut is the first line split for being too long, trailing says bytes
 * after a gzip file's data were ignored (gzip only warns of them too). */
static bool report(const char *name, const struct pipeline *p, long cut,
		   bool trailing)
{
	void (*say)(const char *, long, const char *, ...) =
		p->opt.strict ? diag_error : diag_warn;

	if (p->invalid)
		say(name, p->invalid, "invalid UTF-8");
	if (p->nul)
		say(name, p->nul, "NUL byte");
	if (cut)
		say(name, cut, "line longer than %zu bytes, split",
		    p->opt.seg.max_story);
	if (trailing)
		say(name, 0, "gzip: trailing garbage ignored");
	return p->invalid || p->nul || cut || trailing;
}

int pipeline_file(struct pipeline *p, const char *path)
{
	bool stdin_ = strcmp(path, "-") == 0;
	int fd = stdin_ ? STDIN_FILENO : open(path, O_RDONLY);
	long cut = 0;
	struct linefeed lines;
	const struct measured *m;
	int got, status = 0;

	if (fd < 0) {
		diag_error(path, 0, "%s", strerror(errno));
		return 1;
	}
	/* A record holds a line of LINE_LEN_MAX bytes at most. */
	linefeed_start(&lines, fd, p->opt.seg.max_story < LINE_LEN_MAX ?
		       p->opt.seg.max_story : (size_t)LINE_LEN_MAX, p->threads);
	seg_file(&p->sg, path);
	p->invalid = p->nul = 0;    /* the relay is drained: no one writes */
	while ((got = linefeed_next(&lines, &m)) > 0) {
		if (m->raw.cut && cut == 0)
			cut = m->raw.lineno;
		seg_measured(&p->sg, &m->raw, &m->para, &m->shape);
	}
	seg_end(&p->sg);
	/* Every story of the file is written before its report. */
	relay_drain(&p->relay);
	if (got < 0) {
		diag_error(path, 0, "%s", source_strerror(lines.error));
		status = 1;
	}
	if (report(path, p, cut, lines.trailing) && p->opt.strict)
		status = 1;
	linefeed_stop(&lines);
	if (!stdin_)
		close(fd);
	fflush(p->out);
	pipeline_check_output(p->out);
	return status;
}
