#include "idf.h"

#include <pthread.h>
#include <string.h>

#define GOLDEN UINT64_C(0x9E3779B97F4A7C15)     /* 2^64 / phi, odd */

/* The table's keys in an open-addressing index, built on first use: at
 * most a quarter full, so nearly every lookup is one multiply and one
 * probe.  A slot holds a key (0 is empty: no key is 0) and its weight. */
enum { INDEX_BITS = 14, INDEX_SLOTS = 1 << INDEX_BITS };

static uint64_t slot_key[INDEX_SLOTS];
static unsigned char slot_weight[INDEX_SLOTS];
static pthread_once_t indexed = PTHREAD_ONCE_INIT;

static size_t slot_of(uint64_t key)
{
	return (size_t)((key * GOLDEN) >> (64 - INDEX_BITS));
}

uint64_t idf_key(const char *s, unsigned n)
{
	uint64_t key = 0;

	for (unsigned i = 0; i < n && i < 5; i++)
		key |= (uint64_t)((uint8_t)s[i] | 0x20) << (8 * i);
	return key;
}

static void build_index(void)
{
	for (unsigned e = 0; e < idf_count && e < INDEX_SLOTS / 4; e++) {
		const char *k = idf_entries[e].key;
		uint64_t key = idf_key(k, (unsigned)strlen(k));
		size_t j = slot_of(key);
		while (slot_key[j] != 0 && slot_key[j] != key)
			j = (j + 1) & (INDEX_SLOTS - 1);
		slot_key[j] = key;
		slot_weight[j] = idf_entries[e].weight;
	}
}

void idf_ready(void)
{
	pthread_once(&indexed, build_index);
}

unsigned idf_weight(uint64_t key)
{
	idf_ready();
	return idf_lookup(key);
}

unsigned idf_lookup(uint64_t key)
{
	for (size_t j = slot_of(key); slot_key[j] != 0;
	     j = (j + 1) & (INDEX_SLOTS - 1))
		if (slot_key[j] == key)
			return slot_weight[j];
	return idf_unseen;
}
