#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "feed.h"

int feed_temp_file(const void *data, size_t n)
{
	char path[] = "/tmp/storysift_test.XXXXXX";
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	unlink(path);
	assert_int_equal(write(fd, data, n), (ssize_t)n);
	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	return fd;
}

/* feed_bytes with the segmenter's options opt. */
static void feed_with(const char *file, const uint8_t *s, size_t n,
		      const struct seg_options *opt, story_fn on_story,
		      void *ctx)
{
	struct segmenter sg;
	size_t pos = 0;
	long lineno = 0;

	seg_init(&sg, opt, on_story, ctx);
	seg_file(&sg, file);
	while (pos < n) {
		const uint8_t *nl = memchr(s + pos, '\n', n - pos);
		size_t end = nl != NULL ? (size_t)(nl - s) : n;
		struct rawline rl = { s + pos, end - pos, 0, nl != NULL, pos,
				      ++lineno, false };
		if (pos == 0 && rl.len >= 3 &&
		    memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
			rl.s += 3;
			rl.len -= 3;
			rl.bom = 3;
		}
		if (nl != NULL && rl.len > 0 && rl.s[rl.len - 1] == '\r') {
			rl.len--;
			rl.eol = 2;
		}
		seg_line(&sg, &rl);
		pos = nl != NULL ? end + 1 : n;
	}
	seg_end(&sg);
	seg_free(&sg);
}

void feed_bytes(const char *file, const uint8_t *s, size_t n,
		story_fn on_story, void *ctx)
{
	static const struct seg_options opt = { FEED_MAX_STORY, NULL, 0 };

	feed_with(file, s, n, &opt, on_story, ctx);
}

void feed_string(const char *input, story_fn on_story, void *ctx)
{
	feed_bytes("-", (const uint8_t *)input, strlen(input), on_story, ctx);
}

void feed_string_marked(const char *input, const char *pattern,
			story_fn on_story, void *ctx)
{
	struct seg_options opt = { FEED_MAX_STORY, NULL, 0 };
	regex_t re;

	assert_int_equal(regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB), 0);
	opt.patterns = &re;
	opt.npatterns = 1;
	feed_with("-", (const uint8_t *)input, strlen(input), &opt, on_story,
		  ctx);
	regfree(&re);
}

void feed_copy_span(char *dst, size_t cap, const struct story *st,
		    struct span sp)
{
	assert_true(sp.len < cap);
	memcpy(dst, st->bytes.data + sp.off, sp.len);
	dst[sp.len] = '\0';
}
