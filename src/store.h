/* store.h — the --seen database (SPEC §8): what earlier runs saw.
 *
 * A SQLite 3 file holding, per distinct story, its fingerprint
 * (fingerprint.h), kind, the article a blurb promotes, and the first
 * and last time it was seen (seconds since the epoch, UTC) — no story
 * text.  The schema (schema.sql, compiled in) carries its version in
 * PRAGMA user_version.  WAL mode and a busy timeout let two runs share
 * a file.  Lookups read what was committed when the first of them since
 * the last commit was made (one read transaction, as a file is read);
 * what a file adds is queued and written by store_commit in one
 * transaction, after the file's output, so a run killed at any point
 * leaves every finished file. */
#ifndef STORYSIFT_STORY_STORE_H
#define STORYSIFT_STORY_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fingerprint.h"
#include "story.h"

struct store;

/* Open path, creating it when missing, as of time now; forget the
 * stories last seen more than keep_days days before now (0: all not
 * seen at now; negative: none).  NULL on
 * failure, with a one-line message in err (no "storysift: " prefix):
 * a file that is not a storysift database, or has a newer schema, is
 * refused and left exactly as it was. */
struct store *store_open(const char *path, int64_t now, long keep_days,
			 char *err, size_t errlen);

/* A committed story the same as f (fingerprint_same): its row and the
 * first time it was seen — the row with f's very id if there is one (one
 * seek), else the oldest of those with a near id or f's lead.  false
 * when there is none. */
bool store_find_same(struct store *s, const struct fingerprint *f,
		     int64_t *row, int64_t *first_seen);

/* A committed article that a blurb with fingerprint f promotes
 * (fingerprint_promotes): its id and first time seen. */
bool store_find_promoted(struct store *s, const struct fingerprint *f,
			 uint64_t *article_id, int64_t *first_seen);

/* Queue, for the next commit: a new story (promotes: the article id a
 * blurb promotes, or 0), or an old row seen again (its last time seen
 * becomes now). */
void store_add(struct store *s, const struct fingerprint *f, enum kind kind,
	       uint64_t promotes);
void store_touch(struct store *s, int64_t row);

/* Write what was queued in one transaction.  0, or -1 with a message
 * in err (the queue is dropped either way); a lookup that failed since
 * the last commit, and so answered false, fails the commit too. */
int store_commit(struct store *s, char *err, size_t errlen);

void store_close(struct store *s);

#endif
