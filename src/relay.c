#include "relay.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* Call fn on each story of a batch, through the view, and empty it. */
static void run_batch(struct relay *r, struct relay_batch *b)
{
	struct story *v = &r->view;

	for (size_t i = 0; i < b->nentries; i++) {
		const struct relay_entry *e = &b->entry[i];
		v->file = e->file;
		v->number = e->number;
		v->boundary = e->boundary;
		v->offset = e->offset;
		v->lineno = e->lineno;
		v->bytes = (struct buf){ b->bytes.data + e->bytes_off,
					 e->bytes_len, e->bytes_len };
		v->lines = b->lines + e->lines_off;
		v->nlines = v->lines_cap = e->nlines;
		r->fn(v, r->ctx);
	}
	b->bytes.len = 0;
	b->nlines = 0;
	b->nentries = 0;
}

static void *analysis_thread(void *arg)
{
	struct relay *r = arg;
	int take = 0;

	pthread_mutex_lock(&r->worker.lock);
	for (;;) {
		while (!r->batch[take].full && !r->worker.stopping)
			pthread_cond_wait(&r->worker.changed, &r->worker.lock);
		if (!r->batch[take].full)
			break;          /* stopping, and nothing left */
		pthread_mutex_unlock(&r->worker.lock);
		run_batch(r, &r->batch[take]);
		pthread_mutex_lock(&r->worker.lock);
		r->batch[take].full = false;
		pthread_cond_broadcast(&r->worker.changed);
		take ^= 1;
	}
	pthread_mutex_unlock(&r->worker.lock);
	return NULL;
}

void relay_start(struct relay *r, relay_fn fn, void *ctx, bool thread)
{
	memset(r, 0, sizeof *r);
	r->fn = fn;
	r->ctx = ctx;
	if (thread)
		worker_start(&r->worker, analysis_thread, r);
}

/* Hand the batch being filled to the thread, and wait until the other
 * one is free to be filled. */
static void hand_over(struct relay *r)
{
	struct relay_batch *b = &r->batch[r->filling];

	if (b->nentries == 0)
		return;
	pthread_mutex_lock(&r->worker.lock);
	b->full = true;
	pthread_cond_broadcast(&r->worker.changed);
	r->filling ^= 1;
	while (r->batch[r->filling].full)
		pthread_cond_wait(&r->worker.changed, &r->worker.lock);
	pthread_mutex_unlock(&r->worker.lock);
}

/* What a story, or a batch, holds: its bytes and a record per line (a
 * record is larger than most lines). */
static size_t held(size_t bytes, size_t nlines)
{
	return bytes + nlines * sizeof(struct line);
}

void relay_put(struct relay *r, struct story *st)
{
	if (!r->worker.running || held(st->bytes.len, st->nlines) >= RELAY_BATCH) {
		relay_drain(r);     /* in order, and never two at once */
		r->fn(st, r->ctx);
		return;
	}
	/* The batch being filled is the main thread's: the thread takes a
	 * batch only once it is full, and hand_over waits for it. */
	struct relay_batch *b = &r->batch[r->filling];
	b->entry = xgrow(b->entry, &b->entries_cap, b->nentries + 1,
			 sizeof *b->entry);
	b->entry[b->nentries++] = (struct relay_entry){
		st->file, st->number, st->boundary, st->offset, st->lineno,
		b->bytes.len, st->bytes.len, b->nlines, st->nlines };
	buf_add(&b->bytes, st->bytes.data, st->bytes.len);
	b->lines = xgrow(b->lines, &b->lines_cap, b->nlines + st->nlines,
			 sizeof *b->lines);
	memcpy(b->lines + b->nlines, st->lines, st->nlines * sizeof *b->lines);
	b->nlines += st->nlines;
	if (held(b->bytes.len, b->nlines) >= RELAY_BATCH)
		hand_over(r);
}

void relay_drain(struct relay *r)
{
	if (!r->worker.running)
		return;
	hand_over(r);
	pthread_mutex_lock(&r->worker.lock);
	while (r->batch[0].full || r->batch[1].full)
		pthread_cond_wait(&r->worker.changed, &r->worker.lock);
	pthread_mutex_unlock(&r->worker.lock);
}

void relay_stop(struct relay *r)
{
	relay_drain(r);
	worker_stop(&r->worker);
	for (int i = 0; i < 2; i++) {
		buf_free(&r->batch[i].bytes);
		free(r->batch[i].lines);
		free(r->batch[i].entry);
	}
	free(r->view.glosses);
	free(r->view.broken);
	memset(r, 0, sizeof *r);
}
