/* store.c — the --seen database (store.h, SPEC §8) on SQLite 3.
 *
 * A file is checked before SQLite opens it for writing, since SQLite
 * would turn an empty or foreign file into a database of its own.  The
 * statements are prepared once, with ? parameters for every value; the
 * SQL is constant.  Reads run in SQLite's autocommit mode and see what is
 * committed; writes wait in memory for store_commit's one transaction. */
#include "store.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "buf.h"

/* What src/schema.sql sets: a new schema is a new version, here and
 * there.  "sift" in ASCII marks the file as storysift's. */
enum { STORE_VERSION = 1 };
#define STORE_APPLICATION_ID INT64_C(0x73696674)

/* src/schema.sql as a string, written by src/mkschema.sh. */
extern const char store_schema_sql[];

/* schema.sql's kind column holds enum kind, and its partial indexes name
 * articles as kind = 0. */
_Static_assert(K_ARTICLE == 0 && K_BLURB == 1, "schema.sql's kind values");

/* A run waits this long for another's write transaction: those last one
 * input file's inserts, so a minute means something is stuck. */
enum { STORE_BUSY_MS = 60000 };

enum { DAY = 86400 };

enum stmt {
	Q_SAME, Q_PROMOTED, Q_INSERT, Q_TOUCH, Q_FORGET,
	Q_BEGIN, Q_COMMIT, Q_ROLLBACK, Q_COUNT
};

/* The id blocks are written exactly as schema.sql's index expressions,
 * or SQLite will not use the indexes.  A NULL parameter (an absent hash)
 * equals nothing.  Ties in first_seen go to the older row. */
static const char *const stmt_sql[Q_COUNT] = {
	[Q_SAME] = "SELECT row, id, lead, first_seen FROM story"
		" WHERE (id & 65535) = ?1 OR ((id >> 16) & 65535) = ?2"
		" OR ((id >> 32) & 65535) = ?3 OR ((id >> 48) & 65535) = ?4"
		" OR lead = ?5 ORDER BY first_seen, row",
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
};

__attribute__((format(printf, 3, 4)))
static void say(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* SQLite's own words, but for a lock held past the busy timeout, where
 * "database is locked" would not say that we waited. */
static void say_sql(char *err, size_t errlen, sqlite3 *db, int rc)
{
	if ((rc & 0xff) == SQLITE_BUSY)
		say(err, errlen, "database is locked: another process held it"
		    " for over %d s", STORE_BUSY_MS / 1000);
	else if (db != NULL)
		say(err, errlen, "%s", sqlite3_errmsg(db));
	else
		say(err, errlen, "%s", sqlite3_errstr(rc));
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

/* The integer a one-off statement (a pragma) returns. */
static int query_int(sqlite3 *db, const char *sql, int64_t *v)
{
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v2(db, sql, -1, &q, NULL);

	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*v = sqlite3_column_int64(q, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(q);
	return rc;
}

static int check_version(int64_t app, int64_t version, char *err,
			 size_t errlen)
{
	if (app != STORE_APPLICATION_ID || version < 1) {
		say(err, errlen, "not a storysift database");
		return -1;
	}
	if (version > STORE_VERSION) {
		say(err, errlen, "database schema version %lld is newer than"
		    " this storysift's %d", (long long)version, STORE_VERSION);
		return -1;
	}
	return 0;
}

/* A big-endian 32-bit signed field of the SQLite header. */
static int64_t header_int(const unsigned char *p)
{
	uint32_t u = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
		     (uint32_t)p[2] << 8 | p[3];

	return u <= INT32_MAX ? (int64_t)u : (int64_t)u - (INT64_C(1) << 32);
}

/* The first 100 bytes of a SQLite 3 file are its header: the magic
 * string, user_version at 60, application_id at 68.  Read as a plain
 * file, since SQLite, even read-only, may leave files beside one. */
static int check_header(const char *path, char *err, size_t errlen)
{
	unsigned char h[100];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (f == NULL) {
		say(err, errlen, "%s", strerror(errno));
		return -1;
	}
	n = fread(h, 1, sizeof h, f);
	if (ferror(f)) {
		say(err, errlen, "%s", strerror(errno));
		fclose(f);
		return -1;
	}
	fclose(f);
	if (n < sizeof h || memcmp(h, "SQLite format 3", 16) != 0) {
		say(err, errlen, "not a storysift database");
		return -1;
	}
	return check_version(header_int(h + 68), header_int(h + 60),
			     err, errlen);
}

/* Everything that can be told without SQLite.  An empty file is
 * refused too: SQLite would make it a database. */
static int check_file(const char *path, char *err, size_t errlen)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		say(err, errlen, "%s", strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		say(err, errlen, "is a directory");
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		say(err, errlen, "not a regular file");
		return -1;
	}
	if (check_header(path, err, errlen) != 0)
		return -1;
	/* root may write a file that has no write bit; storysift will not. */
	if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
	    access(path, W_OK) != 0) {
		say(err, errlen, "read-only");
		return -1;
	}
	return 0;
}

/* The header on disk may predate a write-ahead log not yet copied back
 * into the file: ask SQLite as well, read-only, before writing. */
static int check_schema(const char *path, char *err, size_t errlen)
{
	sqlite3 *db = NULL;
	int64_t app = 0, version = 0;
	int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);

	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, STORE_BUSY_MS);
		rc = query_int(db, "PRAGMA application_id", &app);
	}
	if (rc == SQLITE_OK)
		rc = query_int(db, "PRAGMA user_version", &version);
	if (rc != SQLITE_OK)
		say_sql(err, errlen, db, rc);
	sqlite3_close(db);
	if (rc != SQLITE_OK)
		return -1;
	return check_version(app, version, err, errlen);
}

/* Remove a database and the files SQLite keeps beside it. */
static void remove_db(const char *path)
{
	static const char *const suffix[] = { "", "-journal", "-wal", "-shm" };
	struct buf name = { 0 };

	for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
		name.len = 0;
		buf_adds(&name, path);
		buf_adds(&name, suffix[i]);
		buf_addc(&name, '\0');
		unlink((const char *)name.data);
	}
	buf_free(&name);
}

/* A new database at path: the schema, checked against the version this
 * file expects, then WAL mode.  The file is ours alone: nothing is busy. */
static int build(const char *path, char *err, size_t errlen)
{
	sqlite3 *db = NULL;
	int64_t app = 0, version = 0;
	int rc = sqlite3_open_v2(path, &db,
				 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
				 NULL);

	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, store_schema_sql, NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = query_int(db, "PRAGMA application_id", &app);
	if (rc == SQLITE_OK)
		rc = query_int(db, "PRAGMA user_version", &version);
	/* Last, so that the schema is in the file itself, not in a log. */
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL,
				  NULL);
	if (rc != SQLITE_OK) {
		say(err, errlen, "cannot create: %s", sqlite3_errmsg(db));
	} else if (app != STORE_APPLICATION_ID || version != STORE_VERSION) {
		say(err, errlen, "cannot create: schema.sql is not version %d",
		    STORE_VERSION);
		rc = SQLITE_ERROR;
	}
	sqlite3_close(db);      /* no statement is left open: it closes */
	return rc == SQLITE_OK ? 0 : -1;
}

/* Link the new database into place, unless another run was first. */
static int place(const char *tmp, const char *path)
{
	if (link(tmp, path) == 0 || errno == EEXIST)
		return 0;
	/* Without hard links (vfat), a rename, which would replace a
	 * database another run made since we looked: look again. */
	if (access(path, F_OK) == 0)
		return 0;
	return rename(tmp, path);
}

/* The database is built under a name of its own and linked into place
 * whole: a run that finds the file finds a database, never the empty
 * file SQLite starts from, and of two runs creating it at once one wins
 * the link and the other goes on with the winner's file. */
static int create(const char *path, char *err, size_t errlen)
{
	struct buf tmp = { 0 };
	int status = -1;

	buf_adds(&tmp, path);
	buf_addlit(&tmp, ".new-");
	buf_addu(&tmp, (uint64_t)getpid());
	buf_addc(&tmp, '\0');
	const char *t = (const char *)tmp.data;
	remove_db(t);           /* left by a killed run with our pid */
	if (build(t, err, errlen) == 0) {
		status = place(t, path);
		if (status != 0)
			say(err, errlen, "cannot create: %s", strerror(errno));
	}
	remove_db(t);
	buf_free(&tmp);
	return status;
}

/* The connection that writes: WAL mode, so that readers never wait and
 * a killed run loses nothing committed; synchronous NORMAL, since WAL
 * makes FULL's extra syncs guard only against power loss; 32 MiB of
 * cache rather than 2, which holds the indexes of some 200,000 stories
 * and takes a lookup from 20 to 13 us on 100,000. */
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
			say(err, errlen, "cannot use a write-ahead log here");
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
			say(err, errlen, "%s", strerror(errno));
			return NULL;
		}
		if (create(path, err, errlen) != 0)
			return NULL;
	}
	/* A file just made is checked too: another run may have won. */
	if (check_file(path, err, errlen) != 0 ||
	    check_schema(path, err, errlen) != 0)
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

bool store_find_same(struct store *s, const struct fingerprint *f,
		     int64_t *row, int64_t *first_seen)
{
	sqlite3_stmt *q = s->stmt[Q_SAME];
	bool found = false;
	int rc = SQLITE_DONE;

	if (f->id == 0 && f->lead == 0)
		return false;
	/* The id's four 16-bit blocks; left NULL without an id. */
	for (int k = 0; f->id != 0 && k < 4; k++)
		sqlite3_bind_int64(q, k + 1, (int64_t)(f->id >> 16 * k & 0xffff));
	bind_hash(q, 5, f->lead);
	/* Oldest first: the first that is really the same is the one. */
	while (!found && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct fingerprint g = {
			.id = column_hash(q, 1), .lead = column_hash(q, 2),
		};
		if (fingerprint_same(f, &g)) {
			*row = sqlite3_column_int64(q, 0);
			*first_seen = sqlite3_column_int64(q, 3);
			found = true;
		}
	}
	if (!found && rc != SQLITE_DONE)
		lookup_failed(s, rc);
	done_with(q);
	return found;
}

bool store_find_promoted(struct store *s, const struct fingerprint *f,
			 uint64_t *article_id, int64_t *first_seen)
{
	sqlite3_stmt *q = s->stmt[Q_PROMOTED];
	bool found = false;
	int rc;

	if (f->opening == 0 && f->headline == 0)
		return false;
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

	if (s->failed[0] != '\0') {
		say(err, errlen, "%s", s->failed);
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
	for (int i = 0; i < Q_COUNT; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	free(s->adds);
	free(s->touches);
	free(s);
}
