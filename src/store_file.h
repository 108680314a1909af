/* store_file.h — the --seen FILE as a file (SPEC §8): what store.c makes
 * sure of before it opens one to write.
 *
 * SQLite would make an empty or foreign file a database of its own, and
 * even reading a WAL database may leave -wal and -shm files beside it;
 * so a FILE is vetted by reading alone, and a new one is made whole under
 * another name and then linked into place. */
#ifndef STORYSIFT_STORE_FILE_H
#define STORYSIFT_STORE_FILE_H

#include <stddef.h>

/* schema.sql's user_version: the newest schema this storysift knows. */
enum { STORE_VERSION = 1 };

/* How long a run waits for another's lock, in ms.  Write transactions
 * last one input file's inserts: a minute means something is stuck. */
enum { STORE_BUSY_MS = 60000 };

/* 0 when path is a storysift database this storysift may write: a
 * regular file with write permission (bits set, even for root), with
 * storysift's application_id and a user_version from 1 to STORE_VERSION
 * (asked of the header, then of SQLite read-only, which sees a log not
 * yet written back).  Else -1 and a one-line message in err. */
int store_file_check(const char *path, char *err, size_t errlen);

/* Make path a new, empty storysift database in WAL mode, unless another
 * run makes it first (0 either way; check it after).  -1 and a message
 * in err when it cannot be made. */
int store_file_create(const char *path, char *err, size_t errlen);

#endif
