/* worker.h — a second thread, and the lock and condition it shares with
 * the thread that started it (relay.c's analysis, blocks.c's reading).
 *
 * worker_start starts fn(arg) after setting up the lock and condition;
 * if any of it fails, nothing is left to clean up and running stays
 * false: the caller then does the work itself.  worker_stop sets
 * stopping under the lock, wakes the thread, waits for it to end and
 * releases the lock and condition.  fn is to return once it sees
 * stopping (read under the lock), or sooner. */
#ifndef STORYSIFT_WORKER_H
#define STORYSIFT_WORKER_H

#include <pthread.h>
#include <stdbool.h>

struct worker {
	bool running;           /* the thread was started */
	bool stopping;          /* worker_stop asks it to end */
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t changed; /* broadcast on any change of shared state */
};

bool worker_start(struct worker *w, void *(*fn)(void *), void *arg);
void worker_stop(struct worker *w);

#endif
