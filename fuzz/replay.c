/* replay.c — a libFuzzer harness without libFuzzer: run it once on each
 * file named on the command line, so that `make check` replays the seeds
 * and every finding kept in fuzz/regressions/ with the ordinary build and
 * its sanitizers (the way libpsl and libidn2 keep theirs). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t size = 0, cap = 0, got;

	if (f == NULL) {
		perror(path);
		return 1;
	}
	do {
		if (size == cap) {
			cap = cap ? 2 * cap : 4096;
			uint8_t *more = realloc(data, cap);
			if (more == NULL) {
				perror(path);
				free(data);
				fclose(f);
				return 1;
			}
			data = more;
		}
		got = fread(data + size, 1, cap - size, f);
		size += got;
	} while (got > 0);
	fclose(f);
	/* libFuzzer never passes NULL; neither do we. */
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	return 0;
}

int main(int argc, char **argv)
{
	int status = 0;

	for (int i = 1; i < argc; i++)
		status |= replay(argv[i]);
	return status;
}
