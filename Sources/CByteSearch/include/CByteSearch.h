#ifndef CBYTE_SEARCH_H
#define CBYTE_SEARCH_H

// A byte string found in a buffer by the C library's memmem (SIMD and two-way search),
// for the name search's pass over the packed keys of every id, name and alias at once.

#include <stddef.h>
#include <stdint.h>

/// The offset of the first occurrence of `needle[0..<length]` in `haystack[start..<count]`,
/// or -1. An empty needle is found at `start`.
/// Complexity: O(count - start + length).
long cg_find_bytes(const uint8_t *haystack, size_t count, size_t start, const uint8_t *needle, size_t length);

#endif
