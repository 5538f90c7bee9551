// The byte hash's seed: see include/CHashSeed.h.
#include "CHashSeed.h"

#include <stdint.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

uint64_t cg_hash_seed_storage = 0x9E3779B97F4A7C15u;

__attribute__((constructor)) static void cg_draw_hash_seed(void) {
    uint64_t seed = 0;
    if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
        // No entropy yet (early boot): the clock, the process and where its stack is.
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        seed = ((uint64_t)now.tv_nsec * 0x9E3779B97F4A7C15u) ^ ((uint64_t)getpid() << 32) ^ (uint64_t)(uintptr_t)&seed;
    }
    cg_hash_seed_storage = seed;
}
