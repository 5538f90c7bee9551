#ifndef CSTRUCTURE_SCAN_H
#define CSTRUCTURE_SCAN_H

// The structure walk of a JSON text, 64 bytes at a time: where a container ends, or where
// its first element at or after a target offset starts, without decoding anything. The
// caller (StructureWalk.swift) assumes valid JSON, as the byte-at-a-time walk it replaces:
// on other bytes the answer means nothing, but no byte outside `bytes[0..<count]` is read.
//
// Each block of 64 bytes becomes bit masks (bit i for byte i): quotes, backslashes, opening
// and closing brackets, commas. A backslash escapes the byte after it unless it is escaped
// itself; the quotes left open and close strings, so the bytes in strings are the prefix XOR
// of the quotes (carried from block to block); the brackets and commas outside strings are
// then taken in order, a few per block, to follow the depth.
//
// SSE2 is part of every x86-64 processor; elsewhere the masks are made a byte at a time.
// Where the processor has AVX2, carry-less multiplication and POPCNT (asked of it once, by
// CPUID), a second build of the walk takes 32 bytes a compare, makes the string mask by one
// multiplication, and counts the brackets of a block in bulk: `cg_structure_walk` picks it.
// Both builds are the one body (structure_walk_body.h), included twice.

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__clang__)
#define CG_WALK_HAS_WIDE 1
#include <cpuid.h>
#include <immintrin.h>
#endif

/// Where a walk is between two calls.
typedef struct {
    /// Depth inside the walked container: 1 directly inside it.
    int64_t depth;
    /// The next byte is inside a string.
    uint8_t in_string;
    /// The next byte is escaped by a backslash.
    uint8_t escaped;
} cg_walk_state;

/// What a call to `cg_structure_walk` ended on.
enum {
    /// The span was walked without arriving: call again from the new index.
    CG_WALK_GOING = 0,
    /// At an element's first byte at or after the target (`*offset`).
    CG_WALK_ELEMENT = 1,
    /// The container closed; `*offset` is just past its closing bracket.
    CG_WALK_CLOSED = 2,
    /// The bytes ended first.
    CG_WALK_CUT = 3,
};

/// The masks of one block of 64 bytes.
typedef struct {
    uint64_t quotes, backslashes, opens, closes, commas;
} cg_block_masks;

static inline int cg_is_json_space(uint8_t byte) {
    return byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09;
}

#if defined(__SSE2__)
static inline uint64_t cg_mask16(__m128i chunk, char byte) {
    return (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(byte)));
}
#endif

/// The masks of the 64 bytes at `block`.
static inline cg_block_masks cg_block(const uint8_t *block) {
    cg_block_masks masks = {0, 0, 0, 0, 0};
#if defined(__SSE2__)
    for (int part = 0; part < 4; part++) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(block + 16 * part));
        // `[` and `{` (0x5B, 0x7B), `]` and `}` (0x5D, 0x7D) differ in bit 5 only: set it, and each
        // pair is one byte to compare with.
        __m128i folded = _mm_or_si128(chunk, _mm_set1_epi8(0x20));
        int shift = 16 * part;
        masks.quotes |= cg_mask16(chunk, '"') << shift;
        masks.backslashes |= cg_mask16(chunk, '\\') << shift;
        masks.opens |= cg_mask16(folded, '{') << shift;
        masks.closes |= cg_mask16(folded, '}') << shift;
        masks.commas |= cg_mask16(chunk, ',') << shift;
    }
#else
    for (int i = 0; i < 64; i++) {
        uint64_t bit = (uint64_t)1 << i;
        switch (block[i]) {
        case '"': masks.quotes |= bit; break;
        case '\\': masks.backslashes |= bit; break;
        case '{': case '[': masks.opens |= bit; break;
        case '}': case ']': masks.closes |= bit; break;
        case ',': masks.commas |= bit; break;
        default: break;
        }
    }
#endif
    return masks;
}

/// Bit i of the result is the XOR of bits 0 through i of `bits`.
static inline uint64_t cg_prefix_xor(uint64_t bits) {
    bits ^= bits << 1;
    bits ^= bits << 2;
    bits ^= bits << 4;
    bits ^= bits << 8;
    bits ^= bits << 16;
    bits ^= bits << 32;
    return bits;
}

/// The bytes escaped by a backslash in a block, given whether its first byte is escaped (by
/// the block before); `*carry` is set when the byte after the block is. Backslashes are few:
/// they are taken one by one.
static inline uint64_t cg_escaped(uint64_t backslashes, uint8_t escaped_first, uint8_t *carry) {
    uint64_t escaped = escaped_first ? 1 : 0;
    *carry = 0;
    while (backslashes != 0) {
        int bit = __builtin_ctzll(backslashes);
        backslashes &= backslashes - 1;
        if ((escaped >> bit) & 1) continue;  // an escaped backslash escapes nothing
        if (bit == 63) *carry = 1; else escaped |= (uint64_t)1 << (bit + 1);
    }
    return escaped;
}

/// The portable walk: SSE2 masks, the prefix XOR by shifts.
#define CG_WALK_NAME cg_structure_walk_portable
#define CG_WALK_BLOCK cg_block
#define CG_WALK_PREFIX_XOR cg_prefix_xor
#include "../structure_walk_body.h"
#undef CG_WALK_NAME
#undef CG_WALK_BLOCK
#undef CG_WALK_PREFIX_XOR

#if CG_WALK_HAS_WIDE
#pragma clang attribute push(__attribute__((target("avx2,pclmul,popcnt"))), apply_to = function)

static inline uint64_t cg_mask32(__m256i chunk, char byte) {
    return (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(chunk, _mm256_set1_epi8(byte)));
}

/// `cg_block` 32 bytes a compare.
static inline cg_block_masks cg_block_wide(const uint8_t *block) {
    cg_block_masks masks = {0, 0, 0, 0, 0};
    for (int part = 0; part < 2; part++) {
        __m256i chunk = _mm256_loadu_si256((const __m256i *)(block + 32 * part));
        __m256i folded = _mm256_or_si256(chunk, _mm256_set1_epi8(0x20));
        int shift = 32 * part;
        masks.quotes |= cg_mask32(chunk, '"') << shift;
        masks.backslashes |= cg_mask32(chunk, '\\') << shift;
        masks.opens |= cg_mask32(folded, '{') << shift;
        masks.closes |= cg_mask32(folded, '}') << shift;
        masks.commas |= cg_mask32(chunk, ',') << shift;
    }
    return masks;
}

/// `cg_prefix_xor` as one carry-less multiplication by all ones.
static inline uint64_t cg_prefix_xor_clmul(uint64_t bits) {
    return (uint64_t)_mm_cvtsi128_si64(_mm_clmulepi64_si128(_mm_set_epi64x(0, (long long)bits), _mm_set1_epi8((char)0xFF), 0));
}

#define CG_WALK_NAME cg_structure_walk_wide
#define CG_WALK_BLOCK cg_block_wide
#define CG_WALK_PREFIX_XOR cg_prefix_xor_clmul
#include "../structure_walk_body.h"
#undef CG_WALK_NAME
#undef CG_WALK_BLOCK
#undef CG_WALK_PREFIX_XOR

#pragma clang attribute pop

/// Whether the processor and the system give AVX2 (its registers saved by the system),
/// carry-less multiplication and POPCNT: asked once, then remembered (1 yes, 2 no).
static inline int cg_walk_is_wide(void) {
    static int known = 0;
    int answer = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (answer != 0) return answer == 1;
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    int wide = 0;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_OSXSAVE) && (ecx & bit_AVX) && (ecx & bit_PCLMUL)
        && (ecx & bit_POPCNT)) {
        unsigned int low = 0, high = 0;
        __asm__("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
        if ((low & 6) == 6 && __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_AVX2)) wide = 1;
    }
    __atomic_store_n(&known, wide ? 1 : 2, __ATOMIC_RELAXED);
    return wide;
}
#endif

/// Walks from `*index` for `span` bytes at most (a multiple of 64; `*index` advances by whole
/// blocks), inside a container whose state is `*state` (depth 1, not in a string, nothing
/// escaped, at the container's first byte after its opening bracket or at one of its
/// elements' first bytes), to the first byte at or after `target` that starts an element
/// directly inside the container after a `,`, or to the container's end.
static inline int cg_structure_walk(const uint8_t *bytes, size_t count, size_t *index, size_t span, size_t target,
                                    cg_walk_state *state, size_t *offset) {
#if CG_WALK_HAS_WIDE
    if (cg_walk_is_wide()) return cg_structure_walk_wide(bytes, count, index, span, target, state, offset);
#endif
    return cg_structure_walk_portable(bytes, count, index, span, target, state, offset);
}

#endif
