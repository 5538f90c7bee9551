#ifndef CLINE_SCAN_H
#define CLINE_SCAN_H

// Line breaks found many bytes at a time, for the loader's line counting
// (`cg_find_line_break`, and `cg_count_scalar_starts` for columns) and the quote check
// (`cg_scan_line`).
//
// `cg_scan_line` makes one pass over a line of a document, 16 bytes at a time: where it ends
// (the first LF or CR byte), and whether its whitespace is plain, so that the quote check
// can skip the exact classification (`QuoteLineTable.classify`, Swift) of the lines that
// need none.
//
// A line is plain when it holds no control byte (below 0x20: no tab, no other whitespace
// but the space), no two spaces in a row, and no byte from 0x80 on but the continuation
// bytes (0x80-0xBF) and the lead bytes 0xC3-0xCB of two-byte scalars U+00C0-U+02FF (Latin
// letters with diacritics, IPA, spacing modifier letters: none is whitespace or may join a
// space's grapheme). Leading and trailing spaces are for the caller to look at. On a plain
// line the classification is known: ASCII, or not ASCII but collapsing the same on bytes;
// collapsed when it neither starts nor ends with a space.
//
// SSE2 is part of every x86-64 processor; elsewhere, and for the last bytes, a byte at a time.

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// What `cg_scan_line` found, as bits.
enum {
    /// A byte from 0x80 on.
    CG_LINE_NOT_ASCII = 1,
    /// A control byte, two spaces in a row, or a lead byte other than 0xC3-0xCB.
    CG_LINE_NOT_PLAIN = 2,
};

/// The byte at `byte`, after a space if `after_space`, as bits of the enum above.
static inline unsigned cg_line_byte_flags(uint8_t byte, int after_space) {
    if (byte >= 0x80) {
        int lead = byte >= 0xC0;
        return CG_LINE_NOT_ASCII | ((lead && (byte < 0xC3 || byte > 0xCB)) ? CG_LINE_NOT_PLAIN : 0u);
    }
    if (byte < 0x20 || (byte == 0x20 && after_space)) return CG_LINE_NOT_PLAIN;
    return 0;
}

/// Scans `bytes[start..<count]` up to the first LF or CR byte; returns its index (or `count`)
/// and puts the line's bits in `*flags`.
/// Complexity: O(length of the line).
static inline size_t cg_scan_line(const uint8_t *bytes, size_t count, size_t start, unsigned *flags) {
    size_t index = start;
    unsigned found = 0;
    int after_space = 0;
#if defined(__SSE2__)
    const __m128i line_feed = _mm_set1_epi8(0x0A), carriage_return = _mm_set1_epi8(0x0D);
    const __m128i space = _mm_set1_epi8(0x20), first_continuation = _mm_set1_epi8((char)0xC0);
    const __m128i below_lead = _mm_set1_epi8((char)0xC2), above_lead = _mm_set1_epi8((char)0xCC);
    while (index + 16 <= count) {
        __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index));
        uint32_t breaks = (uint32_t)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(block, line_feed),
                                                                   _mm_cmpeq_epi8(block, carriage_return)));
        uint32_t high = (uint32_t)_mm_movemask_epi8(block);
        // Signed compares: bytes from 0x80 on are negative. Below 0x20 as signed: the
        // control bytes and every high byte; below 0xC0 as signed: the continuation bytes.
        uint32_t control = (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(block, space)) & ~high;
        uint32_t continuation = (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(block, first_continuation));
        uint32_t good_lead = (uint32_t)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(block, below_lead),
                                                                        _mm_cmplt_epi8(block, above_lead)));
        uint32_t bad_lead = high & ~continuation & ~good_lead;
        uint32_t spaces = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(block, space));
        uint32_t doubled = spaces & ((spaces << 1) | (uint32_t)after_space);
        uint32_t within = breaks ? (breaks & -breaks) - 1 : 0xFFFFu;  // the bytes before the break
        if (high & within) found |= CG_LINE_NOT_ASCII;
        if ((control | bad_lead | doubled) & within) found |= CG_LINE_NOT_PLAIN;
        if (breaks) {
            *flags = found;
            return index + (size_t)__builtin_ctz(breaks);
        }
        after_space = (spaces >> 15) & 1;
        index += 16;
    }
#endif
    while (index < count && bytes[index] != 0x0A && bytes[index] != 0x0D) {
        found |= cg_line_byte_flags(bytes[index], after_space);
        after_space = bytes[index] == 0x20;
        index += 1;
    }
    *flags = found;
    return index;
}

/// The index of the first LF or CR byte in `bytes[start..<count]`, or `count`: where a line of
/// a JSON file ends (`LineTable.lineStart(after:in:)`), 64 bytes at a time.
/// Complexity: O(the bytes up to that line break).
static inline size_t cg_find_line_break(const uint8_t *bytes, size_t count, size_t start) {
    size_t index = start;
#if defined(__SSE2__)
    const __m128i line_feed = _mm_set1_epi8(0x0A), carriage_return = _mm_set1_epi8(0x0D);
    while (index + 64 <= count) {
        __m128i any = _mm_setzero_si128();
        for (int part = 0; part < 4; part++) {
            __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index + 16 * part));
            any = _mm_or_si128(any, _mm_or_si128(_mm_cmpeq_epi8(block, line_feed), _mm_cmpeq_epi8(block, carriage_return)));
        }
        if (_mm_movemask_epi8(any)) break;  // the break is in these 64 bytes: found below
        index += 64;
    }
    while (index + 16 <= count) {
        __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index));
        unsigned breaks = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(block, line_feed),
                                                                   _mm_cmpeq_epi8(block, carriage_return)));
        if (breaks) return index + (size_t)__builtin_ctz(breaks);
        index += 16;
    }
#endif
    while (index < count && bytes[index] != 0x0A && bytes[index] != 0x0D) index += 1;
    return index;
}

/// The number of bytes in `bytes[start..<end]` that start a UTF-8 scalar (all but the
/// continuation bytes 0x80-0xBF): a column count, 16 bytes at a time. A file of one long line
/// (minified JSON) has its records' columns counted over all of its bytes.
/// Complexity: O(end - start).
static inline size_t cg_count_scalar_starts(const uint8_t *bytes, size_t start, size_t end) {
    size_t index = start, count = 0;
#if defined(__SSE2__)
    // Signed, the continuation bytes are the ones below 0xC0 (-64).
    const __m128i first_lead = _mm_set1_epi8((char)0xC0);
    while (index + 16 <= end) {
        __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index));
        unsigned continuation = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(block, first_lead));
        count += 16 - (size_t)__builtin_popcount(continuation);
        index += 16;
    }
#endif
    for (; index < end; index++) count += (bytes[index] & 0xC0) != 0x80;
    return count;
}

/// Whether `bytes[0..<count]` is well-formed UTF-8 (what `String(validating:as:)` accepts: no
/// overlong form, no surrogate, nothing above U+10FFFF, no sequence cut short): the test a
/// document's mapped bytes pass before the quote check reads them as text. ASCII 16 bytes at
/// a time, each other scalar on its own.
/// Complexity: O(count).
static inline int cg_utf8_is_valid(const uint8_t *bytes, size_t count) {
    size_t index = 0;
    while (index < count) {
#if defined(__SSE2__)
        while (index + 16 <= count) {
            unsigned high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(bytes + index)));
            if (high) {
                index += (size_t)__builtin_ctz(high);
                break;
            }
            index += 16;
        }
        if (index >= count) return 1;
#endif
        uint8_t lead = bytes[index];
        if (lead < 0x80) {
            index += 1;
            continue;
        }
        size_t length;
        uint8_t low = 0x80, high = 0xBF;  // the bounds of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) low = 0xA0;        // overlong below U+0800
            if (lead == 0xED) high = 0x9F;       // the surrogates U+D800-U+DFFF
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) low = 0x90;        // overlong below U+10000
            if (lead == 0xF4) high = 0x8F;       // above U+10FFFF
        } else {
            return 0;                            // a continuation byte, C0, C1, F5-FF
        }
        if (count - index < length) return 0;
        if (bytes[index + 1] < low || bytes[index + 1] > high) return 0;
        for (size_t next = 2; next < length; next++) {
            if ((bytes[index + next] & 0xC0) != 0x80) return 0;
        }
        index += length;
    }
    return 1;
}

#endif
