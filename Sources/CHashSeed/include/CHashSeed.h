#ifndef CHASH_SEED_H
#define CHASH_SEED_H

// The seed of the loader's byte hash (ByteHash.swift): random, drawn once as the process
// starts (a constructor runs it before main), so that crafted input cannot make every key of
// a table collide. Read through an inline function, a plain load: a Swift global `let` would
// check on every read (a call into the runtime for each key hashed) that it was initialised.

#include <stdint.h>

/// Written once, before main; read through `cg_hash_seed`.
extern uint64_t cg_hash_seed_storage;

/// The process's hash seed.
static inline uint64_t cg_hash_seed(void) {
    return cg_hash_seed_storage;
}

#endif
