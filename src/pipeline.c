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
#include "outname.h"
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

static void count(struct pipeline_counts *c, const struct story *st)
{
	c->stories++;
	if (st->kind == K_ARTICLE)
		c->articles++;
	else
		c->blurbs++;
	if (st->truncated)
		c->truncated++;
}

/* The story as the format writes it, to f (through the reused record);
 * own: it is the whole of a file (-o), which in xml is a document of its
 * own. */
static void write_story(struct pipeline *p, FILE *f, const struct story *st,
			bool own)
{
	struct out *out = &p->record;

	out->file = f;
	out->buf.len = 0;
	switch (p->opt.format) {
	case F_JSON:
		out_json(out, st, &p->opt.out);
		break;
	case F_XML:
		if (own)
			out_xml_document(out, st, &p->opt.out);
		else
			out_xml(out, st, &p->opt.out);
		break;
	default:
		out_text(out, st, &p->opt.out);
		break;
	}
	fwrite(out->buf.data, 1, out->buf.len, f);
}

/* -o: the story, as the format writes it, into a file of its own; its
 * name to out.  A file that cannot be written is reported, and the run
 * goes on with the next story. */
static void write_own_file(struct pipeline *p, const struct story *st)
{
	FILE *f;

	p->path.len = 0;
	outname_expand(&p->path, p->opt.output, (const char *)p->stem.data,
		       st->number, kind_name(st->kind));
	const char *path = (const char *)p->path.data;
	if ((f = outname_open(path, p->opt.force)) == NULL) {
		diag_error(path, 0, "%s%s", strerror(errno),
			   errno == EEXIST ? " (--force overwrites it)" : "");
		p->output_failed = true;
		return;
	}
	write_story(p, f, st, true);
	if (ferror(f) | (fclose(f) != 0)) {
		diag_error(path, 0, "write error: %s",
			   strerror(errno ? errno : EIO));
		p->output_failed = true;
		return;
	}
	fprintf(p->out, "%s\n", path);
	pipeline_check_output(p->out);
}

static void on_story(struct story *st, void *ctx)
{
	struct pipeline *p = ctx;

	/* Here, not as lines are read: the check is paid beside reading. */
	story_check(st, &p->invalid, &p->nul);
	kind_analyze(st);
	blurb_analyze(st);
	bool keep = st->kind == K_ARTICLE ? p->opt.keep_article :
					    p->opt.keep_blurb;
	/* Every story, printed or not, may be the article a later blurb
	 * promotes, or the same as a later story. */
	if (p->memory.active && !memory_story(&p->memory, st))
		return;
	if (!keep)
		return;
	if (p->opt.count) {
		count(&p->counts, st);
		return;
	}
	gloss_analyze(st);
	if (p->opt.glossary) {
		glossary_add_story(&p->glossary, st);
		return;
	}
	if (p->opt.format == F_JSON)
		gloss_offsets(st);      /* only json counts code points */
	if (p->opt.output != NULL) {
		write_own_file(p, st);
		return;
	}
	write_story(p, p->out, st, false);
	pipeline_check_output(p->out);
}

/* Does the run write one xml document to out: xml, and stories on
 * standard output (not -c, --glossary or -o)? */
static bool xml_document(const struct pipeline *p)
{
	return p->opt.format == F_XML && !p->opt.count && !p->opt.glossary &&
	       p->opt.output == NULL;
}

/* Write what fn appends to the document (the relay is idle: only this
 * thread writes); start the document first if it is not yet. */
static void doc_put(struct pipeline *p, void (*fn)(struct out *, const char *),
		    const char *arg)
{
	p->doc.buf.len = 0;
	if (!p->doc_started) {
		out_xml_head(&p->doc);
		p->doc_started = true;
	}
	if (fn != NULL)
		fn(&p->doc, arg);
	fwrite(p->doc.buf.data, 1, p->doc.buf.len, p->out);
	pipeline_check_output(p->out);
}

static void feed_end(struct out *out, const char *unused)
{
	(void)unused;
	out_xml_feed_end(out);
}

static void doc_tail(struct out *out, const char *unused)
{
	(void)unused;
	out_xml_tail(out);
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

int pipeline_init(struct pipeline *p, const struct pipeline_options *opt,
		  FILE *out)
{
	char err[512];

	memset(p, 0, sizeof *p);
	p->opt = *opt;
	p->out = out;
	if (memory_open(&p->memory, &p->opt.mem, err, sizeof err) != 0) {
		diag_error(p->opt.mem.seen, 0, "%s", err);
		return -1;
	}
	seg_init(&p->sg, &p->opt.seg, to_relay, p);
	p->threads = use_threads();
	relay_start(&p->relay, on_story, p, p->threads);
	return 0;
}

void pipeline_finish(struct pipeline *p)
{
	if (xml_document(p))
		doc_put(p, doc_tail, NULL);
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
	buf_free(&p->doc.buf);
	buf_free(&p->stem);
	buf_free(&p->path);
	memory_close(&p->memory);
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

/* -c: the file's line, `FILE<TAB>stories<TAB>articles<TAB>blurbs<TAB>
 * truncated`. */
static void print_counts(struct pipeline *p, const char *name)
{
	const struct pipeline_counts *c = &p->counts;

	fprintf(p->out, "%s\t%ld\t%ld\t%ld\t%ld\n", name, c->stories,
		c->articles, c->blurbs, c->truncated);
}

int pipeline_file(struct pipeline *p, const char *path)
{
	bool stdin_ = strcmp(path, "-") == 0;
	const char *name = stdin_ && p->opt.label != NULL ? p->opt.label : path;
	int fd = stdin_ ? STDIN_FILENO : open(path, O_RDONLY);
	long cut = 0;
	struct linefeed lines;
	const struct measured *m;
	int got, status = 0;

	if (fd < 0) {
		int err = errno;
		/* In xml every file has its feed, even one not read. */
		if (xml_document(p)) {
			doc_put(p, out_xml_feed, name);
			doc_put(p, feed_end, NULL);
		}
		diag_error(name, 0, "%s", strerror(err));
		return 1;
	}
	if (xml_document(p))
		doc_put(p, out_xml_feed, name);
	/* A record holds a line of LINE_LEN_MAX bytes at most. */
	linefeed_start(&lines, fd, p->opt.seg.max_story < LINE_LEN_MAX ?
		       p->opt.seg.max_story : (size_t)LINE_LEN_MAX, p->threads);
	seg_file(&p->sg, name);
	memory_file(&p->memory, name);
	/* The relay is drained: no one writes these. */
	p->invalid = p->nul = 0;
	p->counts = (struct pipeline_counts){ 0 };
	p->output_failed = false;
	if (p->opt.output != NULL) {
		p->stem.len = 0;
		outname_stem(&p->stem, stdin_ && p->opt.label == NULL ?
			     "stdin" : name);
		buf_addc(&p->stem, '\0');
	}
	while ((got = linefeed_next(&lines, &m)) > 0) {
		if (m->raw.cut && cut == 0)
			cut = m->raw.lineno;
		seg_measured(&p->sg, &m->raw, &m->para, &m->shape);
	}
	seg_end(&p->sg);
	/* Every story of the file is written before its report. */
	relay_drain(&p->relay);
	if (got < 0) {
		diag_error(name, 0, "%s", source_strerror(lines.error));
		status = 1;
	}
	if (report(name, p, cut, lines.trailing) && p->opt.strict)
		status = 1;
	if (p->output_failed)
		status = 1;
	if (p->opt.count)
		print_counts(p, name);
	linefeed_stop(&lines);
	if (!stdin_)
		close(fd);
	if (xml_document(p))
		doc_put(p, feed_end, NULL);
	fflush(p->out);
	pipeline_check_output(p->out);
	/* The file's stories join the database once they are written. */
	char err[512];
	if (memory_file_done(&p->memory, err, sizeof err) != 0) {
		diag_error(p->opt.mem.seen, 0, "%s", err);
		status = 1;
	}
	return status;
}
