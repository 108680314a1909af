/* store.c — the --seen database (store.h, SPEC §8) on SQLite 3.
 *
 * store_file.c vets or makes the file; this opens it to write.  The
 * statements are prepared once, with ? parameters for every value; the
 * SQL is constant.  Reads run in SQLite's autocommit mode and see what is
 * committed; writes wait in memory for store_commit's one transaction. */
#include "store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "buf.h"
#include "store_file.h"

/* schema.sql's kind column holds enum kind, and its partial indexes name
 * articles as kind = 0. */
_Static_assert(K_ARTICLE == 0 && K_BLURB == 1, "schema.sql's kind values");

enum { DAY = 86400 };

enum stmt {
	Q_EXACT, Q_NEAR, Q_FIRST_SEEN, Q_LEAD, Q_PROMOTED, Q_INSERT, Q_TOUCH, Q_FORGET,
	Q_BEGIN, Q_COMMIT, Q_ROLLBACK, Q_READ, Q_COUNT
};

/* A NULL parameter (an absent hash) equals nothing.  Ties in first_seen
 * go to the older row. */
static const char *const stmt_sql[Q_COUNT] = {
	/* The rows that share a 16-bit block with an id, read from the
	 * block indexes alone (they hold the id): a million stories give
	 * some 60 candidates, and reading each row would cost more than
	 * all the rest.  The blocks are written exactly as schema.sql's
	 * index expressions, or SQLite will not use the indexes. */
	[Q_NEAR] = "SELECT row, id FROM story WHERE (id & 65535) = ?1"
		" UNION ALL SELECT row, id FROM story"
		" WHERE ((id >> 16) & 65535) = ?2"
		" UNION ALL SELECT row, id FROM story"
		" WHERE ((id >> 32) & 65535) = ?3"
		" UNION ALL SELECT row, id FROM story"
		" WHERE ((id >> 48) & 65535) = ?4",
	/* The same id: one seek in the first block's index, which holds
	 * the id after the block.  A range, not id = ?2: SQLite would put
	 * ?2 for id into the block's expression, which then matches no
	 * index, and scan the table. */
	[Q_EXACT] = "SELECT row, first_seen FROM story"
		" WHERE (id & 65535) = ?1 AND id >= ?2 AND id <= ?2",
	[Q_FIRST_SEEN] = "SELECT first_seen FROM story WHERE row = ?1",
	[Q_LEAD] = "SELECT row, first_seen FROM story WHERE lead = ?1"
		" ORDER BY first_seen, row LIMIT 1",
	[Q_PROMOTED] = "SELECT id, first_seen FROM story"
		" WHERE (kind = 0 AND opening = ?1)"
		" OR (kind = 0 AND headline = ?2)"
		" ORDER BY first_seen, row LIMIT 1",
	[Q_INSERT] = "INSERT INTO story (id, lead, opening, headline, kind,"
		" promotes, first_seen, last_seen)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
	/* Never backwards, should another run's clock be ahead. */
	[Q_TOUCH] = "UPDATE story SET last_seen = ?1"
		" WHERE row = ?2"
		" AND last_seen < ?1",
	[Q_FORGET] = "DELETE FROM story WHERE last_seen < ?1",
	/* IMMEDIATE takes the write lock at once, where the busy timeout
	 * waits for it, instead of failing later on upgrading a read. */
	[Q_BEGIN] = "BEGIN IMMEDIATE",
	[Q_COMMIT] = "COMMIT",
	[Q_ROLLBACK] = "ROLLBACK",
	/* The lookups between two commits read in one transaction: each
	 * statement on its own would take and drop WAL's read lock, two
	 * fcntl calls and a look at the shared index, a third of the
	 * lookups' cost.  COMMIT ends it. */
	[Q_READ] = "BEGIN DEFERRED",
};

struct pending {
	struct fingerprint f;
	uint64_t promotes;
	enum kind kind;
};

struct store {
	sqlite3 *db;
	sqlite3_stmt *stmt[Q_COUNT];
	int64_t now;
	struct pending *adds;
	size_t nadds, adds_cap;
	int64_t *touches;
	size_t ntouches, touches_cap;
	char failed[256];       /* a lookup's error, for the next commit */
	bool reading;           /* in the lookups' read transaction */
};

/* SQLite's own words, but for a lock held past the busy timeout, where
 * "database is locked" would not say that we waited. */
static void say_sql(char *err, size_t errlen, sqlite3 *db, int rc)
{
	if ((rc & 0xff) == SQLITE_BUSY)
		snprintf(err, errlen, "database is locked: another process"
			 " held it for over %d s", STORE_BUSY_MS / 1000);
	else if (db != NULL)
		snprintf(err, errlen, "%s", sqlite3_errmsg(db));
	else
		snprintf(err, errlen, "%s", sqlite3_errstr(rc));
}

/* SQLite's integers are signed: a hash keeps its 64 bits either way. */
static int64_t to_db(uint64_t u)
{
	int64_t i;

	memcpy(&i, &u, sizeof i);
	return i;
}

static uint64_t from_db(int64_t i)
{
	uint64_t u;

	memcpy(&u, &i, sizeof u);
	return u;
}

/* 0, the absent hash, is NULL in the file (and NULL reads back as 0). */
static void bind_hash(sqlite3_stmt *q, int i, uint64_t h)
{
	if (h != 0)
		sqlite3_bind_int64(q, i, to_db(h));
	else
		sqlite3_bind_null(q, i);
}

static uint64_t column_hash(sqlite3_stmt *q, int i)
{
	return from_db(sqlite3_column_int64(q, i));
}

/* Ready a statement for its next use. */
static void done_with(sqlite3_stmt *q)
{
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
}

/* Run a statement that returns no rows: SQLITE_OK or the error. */
static int run(sqlite3_stmt *q)
{
	int rc = sqlite3_step(q);

	done_with(q);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The connection that writes: WAL mode, so that readers never wait and
 * a killed run loses nothing committed; synchronous NORMAL, since WAL
 * makes FULL's extra syncs guard only against power loss; 32 MiB of page
 * cache rather than 2, so that the index pages lookups and inserts visit
 * stay in memory (inserting 100,000 stories took half the time). */
static int open_rw(struct store *s, const char *path, char *err,
		   size_t errlen)
{
	sqlite3_stmt *q = NULL;
	int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE, NULL);

	if (rc == SQLITE_OK)
		rc = sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1,
					&q, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		const unsigned char *mode = sqlite3_column_text(q, 0);
		rc = SQLITE_OK;
		if (mode == NULL || strcmp((const char *)mode, "wal") != 0) {
			sqlite3_finalize(q);
			snprintf(err, errlen, "cannot use a write-ahead log here");
			return -1;
		}
	}
	sqlite3_finalize(q);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(s->db, "PRAGMA synchronous = NORMAL;"
				  " PRAGMA cache_size = -32768", NULL, NULL,
				  NULL);
	if (rc != SQLITE_OK) {
		say_sql(err, errlen, s->db, rc);
		return -1;
	}
	return 0;
}

/* Persistent: each statement is used again for every story. */
static int prepare(struct store *s, char *err, size_t errlen)
{
	for (int i = 0; i < Q_COUNT; i++) {
		int rc = sqlite3_prepare_v3(s->db, stmt_sql[i], -1,
					    SQLITE_PREPARE_PERSISTENT,
					    &s->stmt[i], NULL);
		if (rc != SQLITE_OK) {
			say_sql(err, errlen, s->db, rc);
			return -1;
		}
	}
	return 0;
}

/* Forget the stories last seen more than keep_days before now, in a
 * transaction of its own.  keep_days 0 keeps only what was seen at now;
 * a negative keep_days, or one too large to count in seconds, keeps
 * everything. */
static int forget(struct store *s, long keep_days, char *err, size_t errlen)
{
	sqlite3_stmt *q = s->stmt[Q_FORGET];
	int rc;

	if (keep_days < 0 || (int64_t)keep_days > INT64_MAX / DAY)
		return 0;
	int64_t span = (int64_t)keep_days * DAY;
	if (s->now < INT64_MIN + span)
		return 0;
	sqlite3_bind_int64(q, 1, s->now - span);
	if ((rc = run(q)) != SQLITE_OK) {
		say_sql(err, errlen, s->db, rc);
		return -1;
	}
	return 0;
}

struct store *store_open(const char *path, int64_t now, long keep_days,
			 char *err, size_t errlen)
{
	struct stat st;
	struct store *s;

	if (stat(path, &st) != 0) {
		if (errno != ENOENT) {
			snprintf(err, errlen, "%s", strerror(errno));
			return NULL;
		}
		if (store_file_create(path, err, errlen) != 0)
			return NULL;
	}
	/* A file just made is checked too: another run may have won. */
	if (store_file_check(path, err, errlen) != 0)
		return NULL;
	s = xmalloc(sizeof *s);
	*s = (struct store){ .now = now };
	if (open_rw(s, path, err, errlen) != 0 ||
	    prepare(s, err, errlen) != 0 ||
	    forget(s, keep_days, err, errlen) != 0) {
		store_close(s);
		return NULL;
	}
	return s;
}

/* The lookups answer only found or not: an error waits, so that the
 * next commit reports it rather than writing what it decided. */
static void lookup_failed(struct store *s, int rc)
{
	if (s->failed[0] == '\0')
		say_sql(s->failed, sizeof s->failed, s->db, rc);
}

/* The oldest row found so far. */
struct oldest {
	int64_t row, first_seen;
	bool found;
};

static void consider(struct oldest *o, int64_t row, int64_t first_seen)
{
	if (!o->found || first_seen < o->first_seen ||
	    (first_seen == o->first_seen && row < o->row))
		*o = (struct oldest){ row, first_seen, true };
}

static int first_seen_of(struct store *s, int64_t row, struct oldest *o)
{
	sqlite3_stmt *q = s->stmt[Q_FIRST_SEEN];
	int rc;

	sqlite3_bind_int64(q, 1, row);
	if ((rc = sqlite3_step(q)) == SQLITE_ROW)
		consider(o, row, sqlite3_column_int64(q, 0));
	done_with(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The rows whose ids are within FINGERPRINT_SAME_BITS of id: of two
 * such ids' four 16-bit blocks one at least is equal. */
static int find_near(struct store *s, uint64_t id, struct oldest *o)
{
	sqlite3_stmt *q = s->stmt[Q_NEAR];
	int rc;

	for (int k = 0; k < 4; k++)
		sqlite3_bind_int64(q, k + 1, (int64_t)(id >> 16 * k & 0xffff));
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int64_t row = sqlite3_column_int64(q, 0);
		/* An id near ours shares up to four blocks: met again. */
		if (!fingerprint_near(id, column_hash(q, 1)) ||
		    (o->found && row == o->row))
			continue;
		if ((rc = first_seen_of(s, row, o)) != SQLITE_OK)
			break;
	}
	done_with(q);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int find_lead(struct store *s, uint64_t lead, struct oldest *o)
{
	sqlite3_stmt *q = s->stmt[Q_LEAD];
	int rc;

	bind_hash(q, 1, lead);
	if ((rc = sqlite3_step(q)) == SQLITE_ROW)
		consider(o, sqlite3_column_int64(q, 0),
			 sqlite3_column_int64(q, 1));
	done_with(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Open the lookups' read transaction, if it is not.  SQLITE_OK or the
 * error. */
static int start_reading(struct store *s)
{
	int rc = SQLITE_OK;

	if (!s->reading && (rc = run(s->stmt[Q_READ])) == SQLITE_OK)
		s->reading = true;
	return rc;
}

/* End it, before writing or closing: what it read is only read. */
static void stop_reading(struct store *s)
{
	if (s->reading) {
		if (run(s->stmt[Q_COMMIT]) != SQLITE_OK &&
		    !sqlite3_get_autocommit(s->db))
			run(s->stmt[Q_ROLLBACK]);
		s->reading = false;
	}
}

/* A row with this very id: most stories met again are re-scrapes that
 * kept it. */
static int find_exact(struct store *s, uint64_t id, struct oldest *o)
{
	sqlite3_stmt *q = s->stmt[Q_EXACT];
	int rc;

	sqlite3_bind_int64(q, 1, (int64_t)(id & 0xffff));
	bind_hash(q, 2, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		consider(o, sqlite3_column_int64(q, 0),
			 sqlite3_column_int64(q, 1));
	done_with(q);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* fingerprint_same: a row with the same id, found with one seek; else
 * near ids or the same lead, the oldest of them.  (Ids of similar texts
 * share blocks: on the benchmark's feed a block lookup meets some 180
 * candidates, where an exact one meets one.) */
bool store_find_same(struct store *s, const struct fingerprint *f,
		     int64_t *row, int64_t *first_seen)
{
	struct oldest o = { 0 };
	int rc = SQLITE_OK;

	if (f->id == 0 && f->lead == 0)
		return false;
	rc = start_reading(s);
	if (rc == SQLITE_OK && f->id != 0)
		rc = find_exact(s, f->id, &o);
	if (rc == SQLITE_OK && f->id != 0 && !o.found)
		rc = find_near(s, f->id, &o);
	if (rc == SQLITE_OK && f->lead != 0 && !o.found)
		rc = find_lead(s, f->lead, &o);
	if (rc != SQLITE_OK)
		lookup_failed(s, rc);
	if (rc != SQLITE_OK || !o.found)
		return false;
	*row = o.row;
	*first_seen = o.first_seen;
	return o.found;
}

bool store_find_promoted(struct store *s, const struct fingerprint *f,
			 uint64_t *article_id, int64_t *first_seen)
{
	sqlite3_stmt *q = s->stmt[Q_PROMOTED];
	bool found = false;
	int rc;

	if (f->opening == 0 && f->headline == 0)
		return false;
	if ((rc = start_reading(s)) != SQLITE_OK) {
		lookup_failed(s, rc);
		return false;
	}
	bind_hash(q, 1, f->opening);
	bind_hash(q, 2, f->headline);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*article_id = column_hash(q, 0);
		*first_seen = sqlite3_column_int64(q, 1);
		found = true;
	} else if (rc != SQLITE_DONE) {
		lookup_failed(s, rc);
	}
	done_with(q);
	return found;
}

void store_add(struct store *s, const struct fingerprint *f, enum kind kind,
	       uint64_t promotes)
{
	s->adds = xgrow(s->adds, &s->adds_cap, s->nadds + 1, sizeof *s->adds);
	s->adds[s->nadds++] = (struct pending){
		.f = *f, .promotes = promotes, .kind = kind,
	};
}

void store_touch(struct store *s, int64_t row)
{
	s->touches = xgrow(s->touches, &s->touches_cap, s->ntouches + 1,
			   sizeof *s->touches);
	s->touches[s->ntouches++] = row;
}

static int insert(struct store *s, const struct pending *p)
{
	sqlite3_stmt *q = s->stmt[Q_INSERT];

	bind_hash(q, 1, p->f.id);
	bind_hash(q, 2, p->f.lead);
	bind_hash(q, 3, p->f.opening);
	bind_hash(q, 4, p->f.headline);
	sqlite3_bind_int(q, 5, (int)p->kind);
	bind_hash(q, 6, p->promotes);
	sqlite3_bind_int64(q, 7, s->now);
	return run(q);
}

static int touch(struct store *s, int64_t row)
{
	sqlite3_stmt *q = s->stmt[Q_TOUCH];

	sqlite3_bind_int64(q, 1, s->now);
	sqlite3_bind_int64(q, 2, row);
	return run(q);
}

static int write_queue(struct store *s)
{
	int rc = run(s->stmt[Q_BEGIN]);

	for (size_t i = 0; rc == SQLITE_OK && i < s->nadds; i++)
		rc = insert(s, &s->adds[i]);
	for (size_t i = 0; rc == SQLITE_OK && i < s->ntouches; i++)
		rc = touch(s, s->touches[i]);
	if (rc == SQLITE_OK)
		rc = run(s->stmt[Q_COMMIT]);
	return rc;
}

int store_commit(struct store *s, char *err, size_t errlen)
{
	int rc = SQLITE_OK;

	stop_reading(s);
	if (s->failed[0] != '\0') {
		snprintf(err, errlen, "%s", s->failed);
		s->failed[0] = '\0';
		rc = SQLITE_ERROR;
	} else if (s->nadds > 0 || s->ntouches > 0) {
		rc = write_queue(s);
		if (rc != SQLITE_OK)
			say_sql(err, errlen, s->db, rc);
		/* A failed COMMIT may leave the transaction open. */
		if (rc != SQLITE_OK && !sqlite3_get_autocommit(s->db))
			run(s->stmt[Q_ROLLBACK]);
	}
	s->nadds = 0;
	s->ntouches = 0;
	return rc == SQLITE_OK ? 0 : -1;
}

/* The last connection to close copies the log back into the file and
 * removes it. */
void store_close(struct store *s)
{
	if (s == NULL)
		return;
	stop_reading(s);
	for (int i = 0; i < Q_COUNT; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	free(s->adds);
	free(s->touches);
	free(s);
}
