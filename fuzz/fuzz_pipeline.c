/* fuzz_pipeline.c — libFuzzer harness: arbitrary bytes through the whole
 * pipeline (read → paragraphs → stories → analysis → writer), in every
 * format and with the options that change the code paths taken.
 *
 * The first byte picks the options; the rest is the input file, handed to
 * pipeline_file through a memfd so that the real reader runs.  Output goes
 * to /dev/null; the sanitizers and the invariants below do the checking. */
#define _GNU_SOURCE
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "diag.h"
#include "pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pipeline_options o = {
		.format = F_TEXT, .keep_article = true, .keep_blurb = true,
		.out = { .headers = true },
		.seg = { .max_story = (size_t)64 << 20 },
	};
	struct pipeline p;
	char path[64];
	uint8_t knobs = size > 0 ? data[0] : 0;

	if (devnull == NULL) {
		devnull = fopen("/dev/null", "w");
		diag_quiet = true;
		if (devnull == NULL)
			abort();
	}
	if (size > 0) {
		data++;
		size--;
	}
	/* json, or xml where the text format's headers bit is set */
	o.format = knobs & 1 ? (knobs & 4 ? F_XML : F_JSON) : F_TEXT;
	o.out.strip_glosses = knobs & 2;
	o.out.headers = !(knobs & 4);
	o.glossary = (knobs & 0x18) == 0x18;
	if (knobs & 0x20)
		o.seg.max_story = 16 + (size_t)(knobs >> 6) * 40;   /* 16..136 */
	if ((knobs & 0x18) == 0x08)
		o.keep_blurb = false;
	if ((knobs & 0x18) == 0x10)
		o.keep_article = false;
	/* As options_parse sets them: ids, promotes, and -u (SPEC §8). */
	o.mem.prints = !o.glossary;
	o.mem.ids = o.mem.prints && o.format != F_TEXT;
	o.mem.unique = knobs & 0x40;

	int fd = memfd_create("fuzz-input", 0);
	if (fd < 0)
		abort();
	for (size_t done = 0; done < size;) {
		ssize_t w = write(fd, data + done, size - done);
		if (w <= 0)
			abort();
		done += (size_t)w;
	}
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if (pipeline_init(&p, &o, devnull) != 0)
		abort();
	/* A readable file must give status 0, unless it is gzip (1f 8b)
	 * and corrupt or cut short: that is a read error (SPEC §4). */
	bool gzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
	if (pipeline_file(&p, path) != 0 && !o.strict && !gzip)
		abort();
	pipeline_finish(&p);
	pipeline_free(&p);
	close(fd);
	return 0;
}
