/* store_file.c — the --seen FILE as a file (store_file.h, SPEC §8). */
#include "store_file.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "buf.h"

/* "sift" in ASCII, schema.sql's application_id. */
#define STORE_APPLICATION_ID INT64_C(0x73696674)

/* src/schema.sql as a string, written by src/mkschema.sh. */
extern const char store_schema_sql[];

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
		snprintf(err, errlen, "not a storysift database");
		return -1;
	}
	if (version > STORE_VERSION) {
		snprintf(err, errlen, "database schema version %lld is newer"
			 " than this storysift's %d", (long long)version,
			 STORE_VERSION);
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
		snprintf(err, errlen, "%s", strerror(errno));
		return -1;
	}
	n = fread(h, 1, sizeof h, f);
	if (ferror(f)) {
		snprintf(err, errlen, "%s", strerror(errno));
		fclose(f);
		return -1;
	}
	fclose(f);
	if (n < sizeof h || memcmp(h, "SQLite format 3", 16) != 0) {
		snprintf(err, errlen, "not a storysift database");
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
		snprintf(err, errlen, "%s", strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "is a directory");
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "not a regular file");
		return -1;
	}
	if (check_header(path, err, errlen) != 0)
		return -1;
	/* root may write a file that has no write bit; storysift will not. */
	if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
	    access(path, W_OK) != 0) {
		snprintf(err, errlen, "read-only");
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
		snprintf(err, errlen, "%s", sqlite3_errmsg(db));
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
		snprintf(err, errlen, "cannot create: %s", sqlite3_errmsg(db));
	} else if (app != STORE_APPLICATION_ID || version != STORE_VERSION) {
		snprintf(err, errlen, "cannot create: schema.sql is not"
			 " version %d", STORE_VERSION);
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
int store_file_create(const char *path, char *err, size_t errlen)
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
			snprintf(err, errlen, "cannot create: %s", strerror(errno));
	}
	remove_db(t);
	buf_free(&tmp);
	return status;
}

int store_file_check(const char *path, char *err, size_t errlen)
{
	if (check_file(path, err, errlen) != 0)
		return -1;
	return check_schema(path, err, errlen);
}
