/* walk.h — `-r`: the regular files under a directory, in name order.
 *
 * walk_tree calls visit for every regular file under path (path itself
 * when it is not a directory, whatever it is), depth first, the entries of each directory sorted by
 * their bytes (strcmp), as `LC_ALL=C ls` orders them.  Symbolic links
 * under path are not followed (grep -r's way); path itself is.  Other
 * files (pipes, devices, sockets) are skipped.  A directory or entry that
 * cannot be read is reported with diag_error and skipped.  Returns 0, or
 * 1 when something could not be read, ORed with what visit returned. */
#ifndef STORYSIFT_WALK_H
#define STORYSIFT_WALK_H

typedef int walk_visit(const char *file, void *ctx);

int walk_tree(const char *path, walk_visit *visit, void *ctx);

#endif
