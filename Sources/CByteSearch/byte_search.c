// memmem is a GNU extension: declared by <string.h> only with _GNU_SOURCE, which Swift's
// view of the C library does not set; hence a function of our own around it.
#define _GNU_SOURCE
#include <string.h>
#include "CByteSearch.h"

long cg_find_bytes(const uint8_t *haystack, size_t count, size_t start, const uint8_t *needle, size_t length) {
    if (start > count) return -1;
    if (length == 0) return (long)start;
    const uint8_t *found = memmem(haystack + start, count - start, needle, length);
    return found ? (long)(found - haystack) : -1;
}
