/* memory.h — what a run remembers (SPEC §8): each story's id, the
 * article a blurb promotes, and when a story was first seen, from the
 * stories met earlier in this run (known.h) and, with --seen, those of
 * earlier runs (store.h); -u and --new drop the stories they name.
 *
 * Called from the analysis thread, story by story, in input order;
 * memory_file and memory_file_done between files, when the relay is
 * idle. */
#ifndef STORYSIFT_MEMORY_H
#define STORYSIFT_MEMORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fingerprint.h"
#include "known.h"
#include "store.h"
#include "story.h"

struct memory_options {
	bool prints;            /* stories are printed, with their promotes */
	bool ids;               /* ... and their ids (json, xml) */
	bool unique;            /* -u */
	const char *seen;       /* --seen=FILE, or NULL */
	bool new_only;          /* --new */
	long seen_keep;         /* --seen-keep=DAYS */
	int64_t now;            /* this run's time, seconds since the epoch */
};

struct memory {
	struct memory_options opt;
	bool remembers;         /* -u or --seen: which stories are the same */
	bool active;            /* ... or stories printed: every story passes */
	struct known known;
	struct store *store;
	char **files;           /* the run's file names, for promotes */
	size_t nfiles;
	int64_t *seen_at;       /* --seen: per known entry, when it was
	                           first seen by an earlier run (0: never) */
	size_t seen_cap;
	struct promoted_cache {         /* --seen: what the database said of
	                                   a blurb's opening and headline */
		struct promoted_answer {
			uint64_t opening, headline, article;
			int64_t first_seen;     /* article 0: none */
		} *slots;
		size_t mask, used;
	} asked;
};

/* 0, or -1 with a one-line message in err when --seen's FILE cannot be
 * used (the run must not start). */
int memory_open(struct memory *m, const struct memory_options *opt,
		char *err, size_t errlen);

/* The next input file of the run starts. */
void memory_file(struct memory *m, const char *name);

/* Fingerprint an analysed story and fill its promotes and seen; remember
 * it.  false when -u or --new drops it.  When m->active, every story of
 * the run passes here, whatever --keep prints, so that --keep changes
 * neither ids nor links. */
bool memory_story(struct memory *m, struct story *st);

/* After the file's output: commit what it added to --seen's database.
 * 0, or -1 with a message in err. */
int memory_file_done(struct memory *m, char *err, size_t errlen);

void memory_close(struct memory *m);


#endif
