#ifndef CBYTE_SEARCH_H
#define CBYTE_SEARCH_H

// A byte string found in a buffer by the C library's memmem (SIMD and two-way search),
// for the name search's pass over the packed keys of every id, name and alias at once.
//
// Header-only, like the package's other C modules, so that the fuzzers (Tests/Fuzz/run.sh),
// which compile the Swift modules with swiftc directly, need only this folder on the include
// path. memmem is a GNU extension that <string.h> declares only with _GNU_SOURCE, which Swift's
// view of the C library does not set: it is declared here, as the C library defines it.

#include <stddef.h>
#include <stdint.h>

extern void *memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// The offset of the first occurrence of `needle[0..<length]` in `haystack[start..<count]`,
/// or -1. An empty needle is found at `start`.
/// Complexity: O(count - start + length).
static inline long cg_find_bytes(const uint8_t *haystack, size_t count, size_t start, const uint8_t *needle, size_t length) {
    if (start > count) return -1;
    if (length == 0) return (long)start;
    const uint8_t *found = (const uint8_t *)memmem(haystack + start, count - start, needle, length);
    return found ? (long)(found - haystack) : -1;
}

#endif
