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

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
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

/// Walks from `*index` for `span` bytes at most (a multiple of 64; `*index` advances by whole
/// blocks), inside a container whose state is `*state` (depth 1, not in a string, nothing
/// escaped, at the container's first byte after its opening bracket or at one of its
/// elements' first bytes), to the first byte at or after `target` that starts an element
/// directly inside the container after a `,`, or to the container's end.
static inline int cg_structure_walk(const uint8_t *bytes, size_t count, size_t *index, size_t span, size_t target,
                                    cg_walk_state *state, size_t *offset) {
    size_t position = *index;
    if (position >= count) return CG_WALK_CUT;
    const size_t end = span < count - position ? position + span : count;
    while (position < end) {
        const size_t valid = count - position < 64 ? count - position : 64;
        cg_block_masks masks;
        if (valid == 64) {
            masks = cg_block(bytes + position);
        } else {  // the last bytes, padded with spaces (which change nothing)
            uint8_t padded[64];
            memset(padded, 0x20, sizeof padded);
            memcpy(padded, bytes + position, valid);
            masks = cg_block(padded);
        }
        uint8_t carry;
        const uint64_t escaped = cg_escaped(masks.backslashes, state->escaped, &carry);
        const uint64_t strings = cg_prefix_xor(masks.quotes & ~escaped) ^ (state->in_string ? ~(uint64_t)0 : 0);
        state->escaped = carry;
        state->in_string = (uint8_t)(strings >> 63);
        uint64_t events = (masks.opens | masks.closes | masks.commas) & ~strings;
        while (events != 0) {
            const int bit = __builtin_ctzll(events);
            events &= events - 1;
            const uint64_t mask = (uint64_t)1 << bit;
            if (masks.opens & mask) {
                state->depth += 1;
            } else if (masks.closes & mask) {
                state->depth -= 1;
                if (state->depth == 0) {
                    *offset = position + (size_t)bit + 1;
                    return CG_WALK_CLOSED;
                }
            } else if (state->depth == 1) {  // a comma between two elements: the next one's first byte
                size_t next = position + (size_t)bit + 1;
                while (next < count && cg_is_json_space(bytes[next])) next += 1;
                if (next >= count) return CG_WALK_CUT;
                if (next >= target) {
                    *offset = next;
                    return CG_WALK_ELEMENT;
                }
            }
        }
        position += 64;
    }
    *index = position;
    return position >= count ? CG_WALK_CUT : CG_WALK_GOING;
}

#endif
