/* roles — for developers: every line of a file with the role storysift
 * gives it, its shape and flags, and where each story starts and why.
 *
 *   tests/tools/roles FILE
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "read.h"
#include "segment.h"

static void show(struct story *st, void *ctx)
{
	static bool piece;      /* the line before was cut: one file only */
	const struct segmenter *sg = ctx;
	struct story_iter it;
	struct story_line sl;
	struct para p;
	struct shape_info sh;

	story_iter_init(st, &it);
	for (size_t i = 0; story_next_line(st, &it, &sl); i++) {
		const struct line *l = sl.rec;
		const uint8_t *t = sl.text;
		int n = (int)(sl.len > 110 ? 110 : sl.len);
		char fl[16] = "";
		if (l->rflags & RF_LEAD) strcat(fl, "L");
		if (l->rflags & RF_STRONG) strcat(fl, "S");
		if (l->rflags & RF_WEAK) strcat(fl, "W");
		if (l->rflags & RF_ITEM) strcat(fl, "I");
		if (l->rflags & RF_DUP) strcat(fl, "D");
		if (l->rflags & RF_ATTACHED) strcat(fl, "a");
		/* The record keeps a few shape flags: measure them all. */
		seg_measure(sl.text, sl.len, piece, &p, &sh);
		piece = sl.cut;
		printf("%s%5ld %-8s %-4s %-8s %04x| %.*s\n",
		       i > 0 ? "" : st->boundary == B_FIRST ? "first" : sg->rule,
		       sl.lineno, role_name(l->role), fl,
		       line_blank(l) ? "" : shape_name(line_shape(l)),
		       sh.flags, n, (const char *)t);
	}
}

int main(int argc, char **argv)
{
	static const struct seg_options opt = { 64u << 20, NULL, 0 };
	struct segmenter sg;
	struct reader r;
	struct rawline rl;

	if (argc != 2) {
		fprintf(stderr, "usage: roles FILE\n");
		return 2;
	}
	int fd = open(argv[1], O_RDONLY);
	if (fd < 0) {
		perror(argv[1]);
		return 1;
	}
	reader_init(&r, fd, opt.max_story, false);
	seg_init(&sg, &opt, show, &sg);
	seg_file(&sg, argv[1]);
	while (reader_next(&r, &rl) > 0)
		seg_line(&sg, &rl);
	seg_end(&sg);
	seg_free(&sg);
	reader_free(&r);
	close(fd);
	return 0;
}
