/* floor — the least work a text filter of storysift's kind must do, done
 * with storysift's own parts, so that the benchmark can show what is left
 * for the analysis once that is paid.
 *
 * usage: floor STEP FILE
 *
 * Each step does the ones before it as well:
 *   lines  read FILE and find its lines (read.h: the reading thread, the
 *          line-feed map, 64 KiB blocks);
 *   write  write every line that is not empty to standard output the
 *          way text mode writes a story's lines (into a buffer that
 *          out_spill hands to stdio);
 *   check  check each line's UTF-8 and look for NUL bytes (text_check:
 *          SPEC §1 and §6 ask for both);
 *   words  count each line's words (scan_words), the least that the
 *          rules of SPEC §2 need.
 * It prints the counts to standard error, so that no step can be
 * optimised away. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "output.h"
#include "read.h"
#include "scan.h"
#include "text.h"

enum step { LINES, WRITE, CHECK, WORDS };
static const char *const step_names[] = { "lines", "write", "check", "words" };

enum { MAX_LINE = 64 << 20 };    /* storysift's default --max-story */

int main(int argc, char **argv)
{
	int step = -1;

	for (int i = 0; argc == 3 && i <= WORDS; i++)
		if (strcmp(argv[1], step_names[i]) == 0)
			step = i;
	if (step < 0) {
		fputs("usage: floor lines|write|check|words FILE\n", stderr);
		return 2;
	}
	int fd = open(argv[2], O_RDONLY);
	if (fd < 0) {
		perror(argv[2]);
		return 2;
	}

	struct reader r;
	struct rawline rl;
	struct out out = { { NULL, 0, 0 }, stdout };
	unsigned long lines = 0, malformed = 0, words = 0;
	int got;

	reader_init(&r, fd, MAX_LINE, sysconf(_SC_NPROCESSORS_ONLN) > 1);
	while ((got = reader_next(&r, &rl)) > 0) {
		lines++;
		if (step >= CHECK) {
			bool invalid, nul;
			text_check(rl.s, rl.len, &invalid, &nul);
			malformed += invalid || nul;
		}
		if (step >= WORDS)
			words += scan_words(rl.s, rl.len, UINT32_MAX);
		if (step >= WRITE && rl.len > 0) {
			buf_add(&out.buf, rl.s, rl.len);
			buf_addc(&out.buf, '\n');
			out_spill(&out);
		}
	}
	fwrite(out.buf.data, 1, out.buf.len, stdout);
	buf_free(&out.buf);
	reader_free(&r);
	close(fd);
	fprintf(stderr, "%lu lines, %lu malformed, %lu words\n", lines,
		malformed, words);
	return got < 0 || fflush(stdout) != 0 ? 1 : 0;
}
