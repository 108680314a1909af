/* pipeline.h — one input file through every stage:
 * read → paragraphs → stories → analysis → writer.
 * Analysis and writing run in a second thread (relay.h), fed in order,
 * and the input is read ahead in a third (blocks.h), when there is more
 * than one processor to run them on.
 *
 * Reports unreadable input and malformed bytes (once per file, with the
 * first line where they occur); a write error ends the program with
 * `storysift: write error: …`, a closed pipe ends it quietly. */
#ifndef STORYSIFT_PIPELINE_H
#define STORYSIFT_PIPELINE_H

#include <stdalign.h>
#include <stdbool.h>
#include <stdio.h>

#include "buf.h"
#include "glossary.h"
#include "memory.h"
#include "output.h"
#include "relay.h"
#include "segment.h"

enum format { F_TEXT, F_JSON, F_XML };

struct pipeline_options {
	enum format format;
	bool keep_article, keep_blurb;
	bool strict;
	bool glossary;      /* --glossary: count glosses, print no stories */
	bool count;         /* -c: count stories, print no stories */
	const char *output; /* -o: each story to a file named by this
	                       pattern (outname.h), its name to out */
	bool force;         /* -o: overwrite files that exist */
	const char *label;  /* standard input's name; NULL: "-" */
	struct out_options out;
	struct seg_options seg;
	struct memory_options mem;      /* ids, -u, --seen (SPEC §8) */
};

/* The reading thread writes sg line by line, the analysis thread the
 * fields after it story by story: they start on cache lines of their own
 * (STORYSIFT_CACHE_LINE), or each write would take the line from the
 * other core. */
struct pipeline {
	struct pipeline_options opt;
	FILE *out;
	bool threads;       /* read ahead and analyse in threads of their own */
	struct segmenter sg;
	alignas(STORYSIFT_CACHE_LINE) long invalid, nul;
	                    /* the first lines of this file with invalid
	                       UTF-8 or a NUL byte (found with its stories) */
	struct glossary glossary;
	struct memory memory;
	struct pipeline_counts {
		long stories, articles, blurbs, truncated;
	} counts;           /* -c: this file's kept stories */
	struct buf stem, path;  /* -o: this file's %f, a story's file name */
	bool output_failed; /* -o: a story's file could not be written */
	struct out record;  /* a story as written: reused, and spilled to
	                       out when large, so it stays small */
	struct out doc;     /* xml: the document's and feeds' tags, written
	                       by this thread while the relay is idle */
	bool doc_started;   /* xml: the document's head is written */
	alignas(STORYSIFT_CACHE_LINE) struct relay relay;
	                    /* stories to analysis; last, as it points here */
};

/* -1 when --seen's database cannot be used, with the message printed
 * (the run must not start: exit status 2); 0 otherwise. */
int pipeline_init(struct pipeline *p, const struct pipeline_options *opt,
		  FILE *out);
/* Process one file ("-" is standard input); 0 on success, 1 when it could
 * not be read, a story's -o file could not be written or, with --strict,
 * it held malformed input. */
int pipeline_file(struct pipeline *p, const char *path);
/* After the last file: with --glossary, print the glossary; in xml, end
 * the document (a run that read no file still writes a whole one). */
void pipeline_finish(struct pipeline *p);
void pipeline_free(struct pipeline *p);

/* Check `out` for a write error; report it and exit(1). */
void pipeline_check_output(FILE *out);

#endif
