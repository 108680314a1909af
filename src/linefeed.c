#include "linefeed.h"

#include <stdlib.h>
#include <string.h>

#include "segment.h"

/* Fill b with the next lines of the file, measured. */
static void fill(struct linefeed *f, struct linefeed_batch *b)
{
	struct rawline rl;
	int got = 1;

	b->bytes.len = 0;
	b->n = 0;
	while (b->bytes.len < LINEFEED_BATCH && b->n < LINEFEED_LINES &&
	       (got = reader_next(&f->reader, &rl)) > 0) {
		b->line = xgrow(b->line, &b->cap, b->n + 1, sizeof *b->line);
		struct measured *m = &b->line[b->n++];
		m->raw = rl;
		m->raw.s = NULL;        /* set when taken: bytes may move */
		buf_add(&b->bytes, rl.s - rl.bom, rl.bom + rl.len + rl.eol);
		seg_measure(rl.s, rl.len, f->prev_cut, &m->para, &m->shape);
		f->prev_cut = rl.cut;
	}
	b->status = got > 0 ? 1 : got;
	if (got < 0)
		f->error = f->reader.error;
	else if (got == 0)
		f->trailing = f->reader.trailing;
}

/* The thread: fill whichever batch the segmenter has given back, until
 * the file ends or it is asked to stop. */
static void *run(void *arg)
{
	struct linefeed *f = arg;

	for (;;) {
		struct linefeed_batch *b = &f->batch[f->filling];
		pthread_mutex_lock(&f->worker.lock);
		while (b->full && !f->worker.stopping)
			pthread_cond_wait(&f->worker.changed, &f->worker.lock);
		bool stop = f->worker.stopping;
		pthread_mutex_unlock(&f->worker.lock);
		if (stop)
			return NULL;
		fill(f, b);
		pthread_mutex_lock(&f->worker.lock);
		b->full = true;
		pthread_cond_broadcast(&f->worker.changed);
		pthread_mutex_unlock(&f->worker.lock);
		if (b->status <= 0)
			return NULL;
		f->filling ^= 1;
	}
}

void linefeed_start(struct linefeed *f, int fd, size_t max_line, bool thread)
{
	memset(f, 0, sizeof *f);
	f->taking = -1;
	reader_init(&f->reader, fd, max_line, thread);
	if (thread)
		worker_start(&f->worker, run, f);
}

/* Give the batch taken back, and take the next one once it is full. */
static struct linefeed_batch *take_next(struct linefeed *f)
{
	int next = f->taking < 0 ? 0 : f->taking ^ 1;

	if (!f->worker.running) {
		f->taking = next;
		fill(f, &f->batch[next]);
		return &f->batch[next];
	}
	pthread_mutex_lock(&f->worker.lock);
	if (f->taking >= 0) {
		f->batch[f->taking].full = false;
		pthread_cond_broadcast(&f->worker.changed);
	}
	while (!f->batch[next].full)
		pthread_cond_wait(&f->worker.changed, &f->worker.lock);
	pthread_mutex_unlock(&f->worker.lock);
	f->taking = next;
	return &f->batch[next];
}

int linefeed_next(struct linefeed *f, const struct measured **out)
{
	struct linefeed_batch *b = f->taking < 0 ? NULL : &f->batch[f->taking];

	while (b == NULL || f->next == b->n) {
		if (b != NULL && b->status <= 0)
			return b->status;
		b = take_next(f);
		f->next = 0;
		/* The lines' text, now that the bytes stay where they are
		 * (a batch of empty last lines may have none). */
		static const uint8_t none[1];
		const uint8_t *bytes = b->bytes.data ? b->bytes.data : none;
		size_t at = 0;
		for (size_t i = 0; i < b->n; i++) {
			struct rawline *rl = &b->line[i].raw;
			rl->s = bytes + at + rl->bom;
			at += rl->bom + rl->len + rl->eol;
		}
	}
	*out = &b->line[f->next++];
	return 1;
}

void linefeed_stop(struct linefeed *f)
{
	if (f->worker.running)
		worker_stop(&f->worker);
	reader_free(&f->reader);
	for (int i = 0; i < 2; i++) {
		buf_free(&f->batch[i].bytes);
		free(f->batch[i].line);
	}
	memset(f, 0, sizeof *f);
}
