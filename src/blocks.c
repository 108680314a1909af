#include "blocks.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "scan.h"

/* Read one block and map its line feeds.  The 64 bytes after the data are
 * zeroed, so that the map reads whole words of defined bytes. */
static void fill(struct source *src, struct block *blk)
{
	ssize_t got = source_read(src, blk->data, BLOCK_SIZE);

	blk->error = got < 0 ? src->error : 0;
	blk->trailing = got <= 0 && src->trailing;
	blk->len = got > 0 ? (size_t)got : 0;
	memset(blk->data + blk->len, 0, 64);
	scan_lf_map(blk->data, blk->len, blk->lf);
}

/* The thread: fill the blocks in turn as they are given back, until the
 * end of the file (or a failed read) or blocks_stop. */
static void *reader_thread(void *arg)
{
	struct blocks *b = arg;

	for (;;) {
		struct block *blk = &b->block[b->next_fill];
		pthread_mutex_lock(&b->worker.lock);
		while ((blk->full || blk->taken) && !b->worker.stopping)
			pthread_cond_wait(&b->worker.changed, &b->worker.lock);
		bool stopping = b->worker.stopping;
		pthread_mutex_unlock(&b->worker.lock);
		if (stopping)
			break;
		fill(&b->source, blk);
		pthread_mutex_lock(&b->worker.lock);
		blk->full = true;
		pthread_cond_broadcast(&b->worker.changed);
		pthread_mutex_unlock(&b->worker.lock);
		if (blk->len == 0)
			break;
		b->next_fill = (b->next_fill + 1) % BLOCK_COUNT;
	}
	return NULL;
}

void blocks_start(struct blocks *b, int fd, bool thread)
{
	memset(b, 0, sizeof *b);
	source_start(&b->source, fd);
	for (int i = 0; i < BLOCK_COUNT; i++) {
		b->block[i].room = xmalloc(BLOCK_HEAD + BLOCK_SIZE + 64);
		b->block[i].data = b->block[i].room + BLOCK_HEAD;
	}
	if (thread)
		worker_start(&b->worker, reader_thread, b);
}

struct block *blocks_take(struct blocks *b)
{
	struct block *blk = &b->block[b->next_take];

	b->next_take = (b->next_take + 1) % BLOCK_COUNT;
	if (!b->worker.running) {
		fill(&b->source, blk);
		blk->taken = true;
		return blk;
	}
	pthread_mutex_lock(&b->worker.lock);
	while (!blk->full)
		pthread_cond_wait(&b->worker.changed, &b->worker.lock);
	blk->full = false;
	blk->taken = true;
	pthread_mutex_unlock(&b->worker.lock);
	return blk;
}

void blocks_give_back(struct blocks *b, struct block *blk)
{
	if (!b->worker.running) {
		blk->taken = false;
		return;
	}
	pthread_mutex_lock(&b->worker.lock);
	blk->taken = false;
	pthread_cond_broadcast(&b->worker.changed);
	pthread_mutex_unlock(&b->worker.lock);
}

void blocks_stop(struct blocks *b)
{
	worker_stop(&b->worker);
	source_stop(&b->source);
	for (int i = 0; i < BLOCK_COUNT; i++)
		free(b->block[i].room);
	memset(b, 0, sizeof *b);
}

size_t block_next_lf(const struct block *blk, size_t from)
{
	if (from >= blk->len)
		return blk->len;
	size_t w = from / 64;
	uint64_t bits = blk->lf[w] & (~UINT64_C(0) << (from % 64));
	while (bits == 0) {
		if (++w * 64 >= blk->len)
			return blk->len;
		bits = blk->lf[w];
	}
	return w * 64 + (size_t)__builtin_ctzll(bits);
}
