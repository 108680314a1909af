/* test_store.c — the --seen database: real SQLite files in a temporary
 * directory, read back with SQLite's own API where the store has no
 * accessor, and every file storysift must refuse left as it was. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store.h"

enum { VERSION = 1, DAY = 86400, KILL_PER_FILE = 50 };
#define APPLICATION_ID INT64_C(0x73696674)       /* "sift" */
#define T0 INT64_C(1764633600)                   /* 2025-12-02T00:00:00Z */

static char dir[] = "/tmp/test_store.XXXXXX";
static char err[256];

/* A file in the test's directory (one of two at a time). */
static const char *in_dir(const char *name)
{
	static char paths[2][512];
	static int which;

	which ^= 1;
	snprintf(paths[which], sizeof paths[which], "%s/%s", dir, name);
	return paths[which];
}

static bool exists(const char *path, const char *suffix)
{
	char name[600];

	snprintf(name, sizeof name, "%s%s", path, suffix);
	return access(name, F_OK) == 0;
}

static struct store *open_at(const char *path, int64_t now, long keep)
{
	err[0] = '\0';
	struct store *s = store_open(path, now, keep, err, sizeof err);
	if (s == NULL)
		fail_msg("%s: %s", path, err);
	return s;
}

static void commit(struct store *s)
{
	if (store_commit(s, err, sizeof err) != 0)
		fail_msg("commit: %s", err);
}

static struct fingerprint fp(uint64_t id, uint64_t lead, uint64_t opening,
			     uint64_t headline)
{
	return (struct fingerprint){ id, lead, opening, headline };
}

/* One story in a new database at path, as of T0. */
static void one_story(const char *path, struct fingerprint f, enum kind k,
		      uint64_t promotes)
{
	struct store *s = open_at(path, T0, 90);

	store_add(s, &f, k, promotes);
	commit(s);
	store_close(s);
}

/* One number from our own connection to the file. */
static int64_t sql_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *q;
	int64_t v = -1;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE,
					 NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &q, NULL), SQLITE_OK);
	if (sqlite3_step(q) == SQLITE_ROW)
		v = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	return v;
}

static void sql_exec(const char *path, const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* A hash as the file holds it: the same 64 bits, signed. */
static int64_t as_db(uint64_t h)
{
	int64_t v;

	memcpy(&v, &h, sizeof v);
	return v;
}

static bool find_same(struct store *s, struct fingerprint f, int64_t *first)
{
	int64_t row, first_seen;

	if (!store_find_same(s, &f, &row, &first_seen))
		return false;
	if (first != NULL)
		*first = first_seen;
	return true;
}

static void new_database_is_storysifts(void **state)
{
	const char *path = in_dir("new.db");

	(void)state;
	store_close(open_at(path, T0, 90));
	assert_int_equal(sql_int(path, "PRAGMA application_id"),
			 APPLICATION_ID);
	assert_int_equal(sql_int(path, "PRAGMA user_version"), VERSION);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM story"), 0);
	/* WAL mode is kept in the file: byte 18 and 19 of the header are 2. */
	FILE *f = fopen(path, "rb");
	unsigned char h[20];
	assert_non_null(f);
	assert_int_equal(fread(h, 1, sizeof h, f), sizeof h);
	fclose(f);
	assert_int_equal(h[18], 2);
	assert_int_equal(h[19], 2);
	/* Nothing beside it once closed: not the log, nor the file it was
	 * built in. */
	assert_false(exists(path, "-wal"));
	assert_false(exists(path, "-shm"));
	char tmp[600];
	snprintf(tmp, sizeof tmp, ".new-%ld", (long)getpid());
	assert_false(exists(path, tmp));
}

/* Bits to flip in an id: in one block, or spread over the blocks. */
static const uint64_t flips[][4] = {
	{ 0 },
	{ 1 },
	{ UINT64_C(1) << 63 },
	{ 1, UINT64_C(1) << 17 },
	{ 1, UINT64_C(1) << 20, UINT64_C(1) << 40 },
	{ UINT64_C(1) << 15, UINT64_C(1) << 16, UINT64_C(1) << 47 },
	{ 1, 2, 4 },
};

static uint64_t flipped(uint64_t id, const uint64_t *bits)
{
	for (int i = 0; i < 4; i++)
		id ^= bits[i];
	return id;
}

static void ids_within_three_bits_are_same(void **state)
{
	const char *path = in_dir("bits.db");
	const uint64_t id = UINT64_C(0xf00dfacecafe8001);
	int64_t first = 0;

	(void)state;
	one_story(path, fp(id, 0, 0, 0), K_ARTICLE, 0);
	struct store *s = open_at(path, T0 + DAY, 90);
	for (size_t i = 0; i < sizeof flips / sizeof *flips; i++) {
		first = 0;
		assert_true(find_same(s, fp(flipped(id, flips[i]), 0, 0, 0),
				      &first));
		assert_int_equal(first, T0);
	}
	store_close(s);
}

static void ids_four_bits_apart_are_not(void **state)
{
	const char *path = in_dir("bits4.db");
	const uint64_t id = UINT64_C(0xf00dfacecafe8001);
	/* One bit in each block: no block left in common. */
	const uint64_t spread[4] = { 1, UINT64_C(1) << 16,
				     UINT64_C(1) << 32, UINT64_C(1) << 48 };
	/* All in one block: the other three match, the bits do not. */
	const uint64_t packed[4] = { 1, 2, 4, 8 };

	(void)state;
	one_story(path, fp(id, 0, 0, 0), K_ARTICLE, 0);
	struct store *s = open_at(path, T0 + DAY, 90);
	assert_false(find_same(s, fp(flipped(id, spread), 0, 0, 0), NULL));
	assert_false(find_same(s, fp(flipped(id, packed), 0, 0, 0), NULL));
	assert_false(find_same(s, fp(~id, 0, 0, 0), NULL));
	store_close(s);
}

static void id_zero_is_never_same(void **state)
{
	const char *path = in_dir("zero.db");

	(void)state;
	one_story(path, fp(0, 0, 0, 0), K_ARTICLE, 0);
	struct store *s = open_at(path, T0, 90);
	assert_false(find_same(s, fp(0, 0, 0, 0), NULL));
	assert_false(find_same(s, fp(1, 0, 0, 0), NULL));
	store_close(s);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM story"
				 " WHERE id IS NULL AND lead IS NULL"), 1);
}

static void equal_leads_are_same(void **state)
{
	const char *path = in_dir("lead.db");
	const uint64_t lead = UINT64_C(0x8000000000000000);

	(void)state;
	one_story(path, fp(UINT64_C(0x1111), lead, 0, 0), K_ARTICLE, 0);
	struct store *s = open_at(path, T0, 90);
	assert_true(find_same(s, fp(UINT64_C(0xffffffffffffffff), lead, 0, 0),
			      NULL));
	assert_true(find_same(s, fp(0, lead, 0, 0), NULL));
	assert_false(find_same(s, fp(0, lead + 1, 0, 0), NULL));
	store_close(s);
}

static void oldest_same_story_is_found(void **state)
{
	const char *path = in_dir("oldest.db");
	struct fingerprint f = fp(UINT64_C(0xabcdef0123456789), 0, 0, 0);
	struct fingerprint near = fp(f.id ^ 6, 0, 0, 0);
	int64_t first = 0;

	(void)state;
	one_story(path, f, K_ARTICLE, 0);
	struct store *s = open_at(path, T0 + DAY, 90);
	store_add(s, &near, K_ARTICLE, 0);
	commit(s);
	assert_true(find_same(s, f, &first));
	assert_int_equal(first, T0);
	/* Near both rows, equal to neither: the oldest. */
	struct fingerprint between = fp(f.id ^ 2, 0, 0, 0);
	assert_true(find_same(s, between, &first));
	assert_int_equal(first, T0);
	/* A row with the very id wins, with one seek (storysift stores no
	 * story the same as a stored one: two such rows come only from two
	 * runs storing it at once). */
	assert_true(find_same(s, near, &first));
	assert_int_equal(first, T0 + DAY);
	store_close(s);
}

static void article_is_promoted_by_opening_or_headline(void **state)
{
	const char *path = in_dir("promo.db");
	const uint64_t article = UINT64_C(0xfedcba9876543210);
	uint64_t id = 0;
	int64_t first = 0;

	(void)state;
	one_story(path, fp(article, 0, 11, 12), K_ARTICLE, 0);
	struct store *s = open_at(path, T0 + DAY, 90);
	struct fingerprint by_opening = fp(5, 0, 11, 99);
	struct fingerprint by_headline = fp(6, 0, 98, 12);
	struct fingerprint neither = fp(7, 0, 12, 11);
	assert_true(store_find_promoted(s, &by_opening, &id, &first));
	assert_true(id == article);
	assert_int_equal(first, T0);
	id = 0;
	assert_true(store_find_promoted(s, &by_headline, &id, &first));
	assert_true(id == article);
	assert_false(store_find_promoted(s, &neither, &id, &first));
	store_close(s);
}

static void blurb_is_never_the_promoted_article(void **state)
{
	const char *path = in_dir("blurb.db");
	struct fingerprint blurb = fp(21, 0, 31, 32);
	uint64_t id;
	int64_t first;

	(void)state;
	one_story(path, blurb, K_BLURB, UINT64_C(0x9000000000000001));
	struct store *s = open_at(path, T0, 90);
	assert_false(store_find_promoted(s, &blurb, &id, &first));
	store_close(s);
	assert_true(sql_int(path, "SELECT promotes FROM story") ==
		    as_db(UINT64_C(0x9000000000000001)));
	assert_int_equal(sql_int(path, "SELECT count(*) FROM story"
				 " WHERE kind = 1 AND lead IS NULL"), 1);
}

static void uncommitted_stories_are_not_found(void **state)
{
	const char *path = in_dir("two.db");
	struct fingerprint f = fp(UINT64_C(0x123456789), 0, 0, 0);

	(void)state;
	struct store *a = open_at(path, T0, 90);
	struct store *b = open_at(path, T0, 90);
	store_add(a, &f, K_ARTICLE, 0);
	assert_false(find_same(a, f, NULL));
	assert_false(find_same(b, f, NULL));
	commit(a);
	assert_true(find_same(a, f, NULL));
	/* b's lookups read one snapshot from its first lookup to its next
	 * commit (a run's file): it sees a's story from its next file on. */
	assert_false(find_same(b, f, NULL));
	commit(b);
	assert_true(find_same(b, f, NULL));
	store_close(a);
	store_close(b);
}

static void commit_empties_the_queue(void **state)
{
	const char *path = in_dir("queue.db");
	struct fingerprint f = fp(77, 0, 0, 0);

	(void)state;
	struct store *s = open_at(path, T0, 90);
	store_add(s, &f, K_ARTICLE, 0);
	store_add(s, &f, K_ARTICLE, 0);
	commit(s);
	commit(s);
	store_close(s);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM story"), 2);
}

static void touch_moves_last_seen_only(void **state)
{
	const char *path = in_dir("touch.db");
	struct fingerprint f = fp(UINT64_C(0x5555aaaa5555aaaa), 0, 0, 0);
	int64_t row, first;

	struct fingerprint other = fp(~f.id, 0, 0, 0);

	(void)state;
	struct store *s = open_at(path, T0, 90);
	store_add(s, &f, K_ARTICLE, 0);
	store_add(s, &other, K_ARTICLE, 0);
	commit(s);
	store_close(s);
	s = open_at(path, T0 + 5 * DAY, 90);
	assert_true(store_find_same(s, &f, &row, &first));
	store_touch(s, row);
	store_touch(s, row);
	commit(s);
	store_close(s);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM story"
				 " WHERE first_seen = 1764633600"), 2);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM story"
				 " WHERE last_seen = 1764633600 + 5 * 86400"),
			 1);
	assert_int_equal(sql_int(path, "SELECT last_seen FROM story"
				 " WHERE id = 0x5555aaaa5555aaaa"),
			 T0 + 5 * DAY);
}

static int64_t stories_at(const char *path, int64_t now, long keep)
{
	store_close(open_at(path, now, keep));
	return sql_int(path, "SELECT count(*) FROM story");
}

static void stories_are_forgotten_after_keep_days(void **state)
{
	const char *path = in_dir("forget.db");

	(void)state;
	one_story(path, fp(1234, 0, 0, 0), K_ARTICLE, 0);
	assert_int_equal(stories_at(path, T0 + 30 * DAY, 30), 1);
	assert_int_equal(stories_at(path, T0, 0), 1);
	assert_int_equal(stories_at(path, T0 + 1000 * DAY, -1), 1);
	assert_int_equal(stories_at(path, T0 + 30 * DAY + 1, 30), 0);
	one_story(path, fp(1234, 0, 0, 0), K_ARTICLE, 0);
	assert_int_equal(stories_at(path, T0 + 1, 0), 0);
}

/* Runs at once on one file, created by whichever is first: each waits
 * for the others' transactions, and no story is lost. */
static void concurrent_runs_lose_nothing(void **state)
{
	enum { RUNS = 4, FILES = 5, STORIES = 20 };
	const char *path = in_dir("shared.db");

	(void)state;
	for (int r = 0; r < RUNS; r++) {
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid > 0)
			continue;
		struct store *s = store_open(path, T0, 90, err, sizeof err);
		bool opened = s != NULL;
		for (int i = 0; opened && i < FILES * STORIES; i++) {
			struct fingerprint f = fp((uint64_t)r << 32 | (unsigned)i,
						  0, 0, 0);
			store_add(s, &f, K_ARTICLE, 0);
			if (i % STORIES == STORIES - 1 &&
			    store_commit(s, err, sizeof err) != 0)
				_exit(2);
		}
		store_close(s);
		_exit(opened ? 0 : 1);
	}
	for (int r = 0; r < RUNS; r++) {
		int status;
		assert_true(wait(&status) > 0);
		assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	assert_int_equal(sql_int(path, "SELECT count(*) FROM story"),
			 RUNS * FILES * STORIES);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM"
				 " pragma_integrity_check WHERE"
				 " integrity_check = 'ok'"), 1);
}

/* A run that commits file after file, telling how many it finished,
 * until it is killed.  File n of run r has lead r << 32 | n. */
static _Noreturn void commit_forever(const char *path, uint64_t r, int tell)
{
	struct store *s = store_open(path, T0, 90, err, sizeof err);

	for (uint32_t n = 1; s != NULL; n++) {
		for (uint64_t i = 0; i < KILL_PER_FILE; i++) {
			struct fingerprint f = fp(r << 48 | (uint64_t)n << 16 | i,
						  r << 32 | n, 0, 0);
			store_add(s, &f, K_ARTICLE, 0);
		}
		if (store_commit(s, err, sizeof err) != 0 ||
		    write(tell, &n, sizeof n) != (ssize_t)sizeof n)
			break;
	}
	_exit(1);
}

/* Start a run, let it finish some files, wait a little, kill -9 it:
 * how many files it said it finished. */
static uint32_t kill_a_run(const char *path, uint64_t r)
{
	int fds[2];
	uint32_t finished = 0;

	assert_int_equal(pipe(fds), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		commit_forever(path, r, fds[1]);
	}
	close(fds[1]);
	for (int i = 1 + rand() % 5; i > 0; i--)
		assert_int_equal(read(fds[0], &finished, sizeof finished),
				 sizeof finished);
	struct timespec pause = { 0, rand() % 3000 * 1000L };
	nanosleep(&pause, NULL);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	close(fds[0]);
	return finished;
}

/* kill -9 at whatever point: the file passes its integrity check and
 * holds every file that was finished, and no part of one that was not. */
static void killed_run_keeps_finished_files(void **state)
{
	const char *path = in_dir("killed.db");
	char sql[200];

	(void)state;
	srand((unsigned)getpid());
	for (uint64_t r = 1; r <= 8; r++) {
		uint32_t finished = kill_a_run(path, r);
		assert_int_equal(sql_int(path, "SELECT count(*) FROM"
					 " pragma_integrity_check WHERE"
					 " integrity_check = 'ok'"), 1);
		snprintf(sql, sizeof sql, "SELECT count(*) FROM story"
			 " WHERE lead BETWEEN %llu AND %llu",
			 (unsigned long long)(r << 32 | 1),
			 (unsigned long long)(r << 32 | finished));
		assert_int_equal(sql_int(path, sql), finished * KILL_PER_FILE);
		assert_int_equal(sql_int(path, "SELECT count(*) FROM"
					 " (SELECT lead FROM story GROUP BY lead"
					 " HAVING count(*) != 50)"), 0);
	}
}

/* The whole file, to compare before and after. */
static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t cap = 0;

	assert_non_null(f);
	*n = 0;
	for (;;) {
		data = realloc(data, cap += 4096);
		assert_non_null(data);
		size_t got = fread(data + *n, 1, cap - *n, f);
		*n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	return data;
}

/* store_open refuses path with a message containing why; the file's
 * bytes stay the same, and nothing is made beside it. */
static void refused(const char *path, const char *why)
{
	size_t n0, n1;
	char *before = slurp(path, &n0);

	err[0] = '\0';
	assert_null(store_open(path, T0, 90, err, sizeof err));
	assert_non_null(strstr(err, why));
	assert_null(strchr(err, '\n'));
	char *after = slurp(path, &n1);
	assert_int_equal(n0, n1);
	assert_memory_equal(before, after, n0);
	assert_false(exists(path, "-wal"));
	assert_false(exists(path, "-shm"));
	assert_false(exists(path, "-journal"));
	free(before);
	free(after);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static void text_file_is_refused(void **state)
{
	const char *path = in_dir("feed.txt");

	(void)state;
	write_file(path, "NIGHT BUSES\nThe city will run night buses.\n");
	refused(path, "not a storysift database");
}

static void empty_file_is_refused(void **state)
{
	const char *path = in_dir("empty.db");

	(void)state;
	write_file(path, "");
	refused(path, "not a storysift database");
}

static void foreign_database_is_refused(void **state)
{
	const char *path = in_dir("foreign.db");

	(void)state;
	sql_exec(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
	refused(path, "not a storysift database");
	/* Ours by its id, but no version: not one storysift made. */
	sql_exec(path, "PRAGMA application_id = 1936287348;");
	refused(path, "not a storysift database");
}

static void newer_schema_is_refused(void **state)
{
	const char *path = in_dir("newer.db");
	char want[128];

	(void)state;
	sql_exec(path, "PRAGMA application_id = 1936287348;"
		 " PRAGMA user_version = 2; CREATE TABLE story2(x);");
	snprintf(want, sizeof want, "database schema version 2 is newer than"
		 " this storysift's %d", VERSION);
	refused(path, want);
}

/* A newer version still in another connection's write-ahead log, not yet
 * in the file's header: SQLite's answer counts. */
static void newer_schema_in_the_log_is_refused(void **state)
{
	const char *path = in_dir("newlog.db");
	sqlite3 *db;
	size_t n0, n1;

	(void)state;
	store_close(open_at(path, T0, 90));
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA wal_autocheckpoint = 0;"
				      " PRAGMA user_version = 3;", NULL, NULL,
				      NULL), SQLITE_OK);
	char *before = slurp(path, &n0);
	err[0] = '\0';
	assert_null(store_open(path, T0, 90, err, sizeof err));
	assert_non_null(strstr(err, "version 3 is newer"));
	char *after = slurp(path, &n1);
	assert_int_equal(n0, n1);
	assert_memory_equal(before, after, n0);
	free(before);
	free(after);
	sqlite3_close(db);
}

/* Even as root, who may write it: a file without write bits is not
 * storysift's to change. */
static void read_only_file_is_refused(void **state)
{
	const char *path = in_dir("readonly.db");

	(void)state;
	one_story(path, fp(42, 0, 0, 0), K_ARTICLE, 0);
	assert_int_equal(chmod(path, 0444), 0);
	refused(path, "read-only");
}

static void directory_is_refused(void **state)
{
	const char *path = in_dir("dir.db");

	(void)state;
	assert_int_equal(mkdir(path, 0777), 0);
	err[0] = '\0';
	assert_null(store_open(path, T0, 90, err, sizeof err));
	assert_string_equal(err, "is a directory");
	assert_false(exists(path, "-wal"));
	assert_false(exists(path, "-shm"));
}

static int make_dir(void **state)
{
	(void)state;
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int remove_dir(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(new_database_is_storysifts),
		cmocka_unit_test(ids_within_three_bits_are_same),
		cmocka_unit_test(ids_four_bits_apart_are_not),
		cmocka_unit_test(id_zero_is_never_same),
		cmocka_unit_test(equal_leads_are_same),
		cmocka_unit_test(oldest_same_story_is_found),
		cmocka_unit_test(article_is_promoted_by_opening_or_headline),
		cmocka_unit_test(blurb_is_never_the_promoted_article),
		cmocka_unit_test(uncommitted_stories_are_not_found),
		cmocka_unit_test(commit_empties_the_queue),
		cmocka_unit_test(touch_moves_last_seen_only),
		cmocka_unit_test(stories_are_forgotten_after_keep_days),
		cmocka_unit_test(concurrent_runs_lose_nothing),
		cmocka_unit_test(killed_run_keeps_finished_files),
		cmocka_unit_test(text_file_is_refused),
		cmocka_unit_test(empty_file_is_refused),
		cmocka_unit_test(foreign_database_is_refused),
		cmocka_unit_test(newer_schema_is_refused),
		cmocka_unit_test(newer_schema_in_the_log_is_refused),
		cmocka_unit_test(read_only_file_is_refused),
		cmocka_unit_test(directory_is_refused),
	};
	return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
