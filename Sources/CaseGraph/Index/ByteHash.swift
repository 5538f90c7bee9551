/// A fast, seeded hash of bytes, for the loader's and the name index's byte-keyed tables.
enum ByteHash {
    /// Random per process, so that crafted input cannot make every key collide.
    private static let seed = UInt64.random(in: .min ... .max)

    /// A fast hash of bytes, eight at a time.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hashNotingASCII(bytes).hash
    }

    /// ``hash(_:)``, and whether every byte is ASCII, in the same pass.
    @inline(__always)
    static func hashNotingASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
        var hash = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        let raw = UnsafeRawBufferPointer(bytes)
        var highBits: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            highBits |= word
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        highBits |= tail
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return (hash ^ (hash >> 29), highBits & 0x8080_8080_8080_8080 == 0)
    }

    /// Whether `stored[start ..< start + bytes.count]` equals `bytes`.
    static func equal(_ stored: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lhs = UnsafeRawBufferPointer(stored), rhs = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= bytes.count {
            if lhs.loadUnaligned(fromByteOffset: start + index, as: UInt64.self)
                != rhs.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
            index += 8
        }
        while index < bytes.count {
            if stored[start + index] != bytes[index] { return false }
            index += 1
        }
        return true
    }
}
