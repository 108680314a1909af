/* TEMPORARY stub until the store branch lands. */
#include "store.h"
#include <stdio.h>
struct store *store_open(const char *path, int64_t now, long keep_days, char *err, size_t errlen)
{ (void)path; (void)now; (void)keep_days; snprintf(err, errlen, "not built yet"); return NULL; }
bool store_find_same(struct store *s, const struct fingerprint *f, int64_t *row, int64_t *first_seen) { (void)s; (void)f; (void)row; (void)first_seen; return false; }
bool store_find_promoted(struct store *s, const struct fingerprint *f, uint64_t *a, int64_t *first_seen) { (void)s; (void)f; (void)a; (void)first_seen; return false; }
void store_add(struct store *s, const struct fingerprint *f, enum kind kind, uint64_t promotes) { (void)s; (void)f; (void)kind; (void)promotes; }
void store_touch(struct store *s, int64_t row) { (void)s; (void)row; }
int store_commit(struct store *s, char *err, size_t errlen) { (void)s; (void)err; (void)errlen; return 0; }
void store_close(struct store *s) { (void)s; }
