// The body of the structure walk, included twice by include/CStructureScan.h: once as the
// portable build, once (on x86-64) under the AVX2 target. The includer defines
// CG_WALK_NAME (the function's name), CG_WALK_BLOCK (the masks of 64 bytes) and
// CG_WALK_PREFIX_XOR. Not a header of its own: it sits outside include/, and has no guard.

/// See `cg_structure_walk`, which calls one build of this.
///
/// A block changes nothing but the depth when it lies wholly before `target`, ends on a byte
/// that is neither whitespace nor a comma (so that no element it starts begins at or after
/// `target`), and holds fewer closing brackets than the depth: the depth then moves by the
/// count of its brackets, without looking at them one by one.
static inline int CG_WALK_NAME(const uint8_t *bytes, size_t count, size_t *index, size_t span, size_t target,
                               cg_walk_state *state, size_t *offset) {
    size_t position = *index;
    if (position >= count) return CG_WALK_CUT;
    const size_t end = span < count - position ? position + span : count;
    while (position < end) {
        const size_t valid = count - position < 64 ? count - position : 64;
        cg_block_masks masks;
        if (valid == 64) {
            masks = CG_WALK_BLOCK(bytes + position);
        } else {  // the last bytes, padded with spaces (which change nothing)
            uint8_t padded[64];
            memset(padded, 0x20, sizeof padded);
            memcpy(padded, bytes + position, valid);
            masks = CG_WALK_BLOCK(padded);
        }
        uint8_t carry;
        const uint64_t escaped = cg_escaped(masks.backslashes, state->escaped, &carry);
        const uint64_t strings = CG_WALK_PREFIX_XOR(masks.quotes & ~escaped) ^ (state->in_string ? ~(uint64_t)0 : 0);
        state->escaped = carry;
        state->in_string = (uint8_t)(strings >> 63);
        const uint64_t opens = masks.opens & ~strings, closes = masks.closes & ~strings;
        const int commas_matter = valid < 64 || position + 64 > target || cg_is_json_space(bytes[position + 63])
            || bytes[position + 63] == ',';
        if (!commas_matter && state->depth > (int64_t)__builtin_popcountll(closes)) {
            state->depth += (int64_t)__builtin_popcountll(opens) - (int64_t)__builtin_popcountll(closes);
            position += 64;
            continue;
        }
        uint64_t events = opens | closes | (commas_matter ? masks.commas & ~strings : 0);
        while (events != 0) {
            const int bit = __builtin_ctzll(events);
            events &= events - 1;
            const uint64_t mask = (uint64_t)1 << bit;
            if (opens & mask) {
                state->depth += 1;
            } else if (closes & mask) {
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
