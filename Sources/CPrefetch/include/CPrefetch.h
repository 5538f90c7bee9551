#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Asks the processor to bring the cache line holding `address` near, ahead of a read: a
/// hint that never waits and never faults, whatever the address (Swift has no such call).
static inline void cg_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
