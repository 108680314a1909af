#include "worker.h"

bool worker_start(struct worker *w, void *(*fn)(void *), void *arg)
{
	w->running = w->stopping = false;
	if (pthread_mutex_init(&w->lock, NULL) != 0)
		return false;
	if (pthread_cond_init(&w->changed, NULL) != 0) {
		pthread_mutex_destroy(&w->lock);
		return false;
	}
	if (pthread_create(&w->thread, NULL, fn, arg) != 0) {
		pthread_cond_destroy(&w->changed);
		pthread_mutex_destroy(&w->lock);
		return false;
	}
	w->running = true;
	return true;
}

void worker_stop(struct worker *w)
{
	if (!w->running)
		return;
	pthread_mutex_lock(&w->lock);
	w->stopping = true;
	pthread_cond_broadcast(&w->changed);
	pthread_mutex_unlock(&w->lock);
	pthread_join(w->thread, NULL);
	pthread_cond_destroy(&w->changed);
	pthread_mutex_destroy(&w->lock);
	w->running = false;
}
