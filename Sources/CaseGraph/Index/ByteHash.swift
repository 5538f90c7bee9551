import CHashSeed

/// A fast, seeded hash of bytes, for the loader's and the name index's byte-keyed tables.
enum ByteHash {
    /// Random per process, so that crafted input cannot make every key collide
    /// (`CHashSeed`: drawn before main, read as a plain load).
    @inline(__always)
    private static var seed: UInt64 { cg_hash_seed() }

    /// A fast hash of bytes, sixteen at a time.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hashNotingASCII(bytes).hash
    }

    /// ``hash(_:)``, and whether every byte is ASCII, in the same pass.
    ///
    /// Sixteen bytes a round in two independent lanes (each a multiply and a shift), so that a
    /// long key does not wait on one chain of multiplications; the last bytes are read as one
    /// word that overlaps the ones before (a key of 8 bytes or more), or as two overlapping
    /// halves or three single bytes (a shorter one), never a byte at a time. With the length
    /// mixed in first, equal-length keys map to distinct words, so nothing is lost.
    /// - Complexity: O(n).
    @inline(__always)
    static func hashNotingASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
        let count = bytes.count
        var hash = seed ^ (UInt64(count) &* 0x9E37_79B9_7F4A_7C15)
        let raw = UnsafeRawBufferPointer(bytes)
        var highBits: UInt64 = 0
        var tail: UInt64 = 0
        if count >= 8 {
            var other = hash ^ 0x2545_F491_4F6C_DD1D
            var index = 0
            while index + 16 <= count {
                let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                highBits |= first | second
                hash = (hash ^ first) &* 0xFF51_AFD7_ED55_8CCD
                other = (other ^ second) &* 0xD6E8_FEB8_6659_FD93
                hash ^= hash >> 32
                other ^= other >> 32
                index += 16
            }
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                highBits |= word
                hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
            }
            hash ^= other &* 0x9E37_79B9_7F4A_7C15
            // The last eight bytes, overlapping those read (when the length is not a multiple of 8).
            tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let low = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            tail = low | high << 32
        } else if count > 0 {
            tail = UInt64(bytes[0]) | UInt64(bytes[count / 2]) << 8 | UInt64(bytes[count - 1]) << 16
        }
        highBits |= tail
        // Murmur's finish (a shift down, then two rounds), so that every bit reaches the low
        // ones (the tables' slot numbers): a multiplication carries a bit only upwards, and
        // keys often differ in their last byte, the top of the last word.
        hash ^= tail
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        return (hash ^ (hash >> 33), highBits & 0x8080_8080_8080_8080 == 0)
    }

    /// Whether `stored[start ..< start + bytes.count]` equals `bytes`: eight bytes at a time,
    /// the last eight overlapping the ones before.
    static func equal(_ stored: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lhs = UnsafeRawBufferPointer(stored), rhs = UnsafeRawBufferPointer(bytes)
        var index = 0
        let count = bytes.count
        guard count >= 8 else {
            while index < count {
                if stored[start + index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
        while index + 8 <= count {
            if lhs.loadUnaligned(fromByteOffset: start + index, as: UInt64.self)
                != rhs.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
            index += 8
        }
        // The last eight bytes, overlapping those compared.
        return index == count || lhs.loadUnaligned(fromByteOffset: start + count - 8, as: UInt64.self)
            == rhs.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
}
