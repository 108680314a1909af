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
#include "read.h"
#include "text.h"

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

void pipeline_init(struct pipeline *p, const struct pipeline_options *opt,
		   FILE *out)
{
	memset(p, 0, sizeof *p);
	p->opt = *opt;
	p->out = out;
	seg_init(&p->sg, &p->opt.seg, to_relay, p);
	/* A second thread pays only with a second processor to run on. */
	relay_start(&p->relay, on_story, p, sysconf(_SC_NPROCESSORS_ONLN) > 1);
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

/* Malformed input is reported once per file and kind, at its first line. */
struct malformed {
	long invalid, nul, cut;
};

static void note_line(struct malformed *m, const struct rawline *rl)
{
	if (rl->cut && m->cut == 0)
		m->cut = rl->lineno;
	if (rl->invalid && m->invalid == 0)
		m->invalid = rl->lineno;
	if (rl->nul && m->nul == 0)
		m->nul = rl->lineno;
}

static bool report(const char *name, const struct malformed *m, bool strict,
		   size_t max)
{
	void (*say)(const char *, long, const char *, ...) =
		strict ? diag_error : diag_warn;

	if (m->invalid)
		say(name, m->invalid, "invalid UTF-8");
	if (m->nul)
		say(name, m->nul, "NUL byte");
	if (m->cut)
		say(name, m->cut, "line longer than %zu bytes, split", max);
	return m->invalid || m->nul || m->cut;
}

int pipeline_file(struct pipeline *p, const char *path)
{
	bool stdin_ = strcmp(path, "-") == 0;
	int fd = stdin_ ? STDIN_FILENO : open(path, O_RDONLY);
	struct malformed m = { 0, 0, 0 };
	struct reader r;
	struct rawline rl;
	int got, status = 0;

	if (fd < 0) {
		diag_error(path, 0, "%s", strerror(errno));
		return 1;
	}
	reader_init(&r, fd, p->opt.seg.max_story);
	seg_file(&p->sg, path);
	while ((got = reader_next(&r, &rl)) > 0) {
		note_line(&m, &rl);
		seg_line(&p->sg, &rl);
	}
	seg_end(&p->sg);
	/* Every story of the file is written before its report. */
	relay_drain(&p->relay);
	if (got < 0) {
		diag_error(path, 0, "%s", strerror(r.error));
		status = 1;
	}
	if (report(path, &m, p->opt.strict, p->opt.seg.max_story) &&
	    p->opt.strict)
		status = 1;
	reader_free(&r);
	if (!stdin_)
		close(fd);
	fflush(p->out);
	pipeline_check_output(p->out);
	return status;
}
