/// Picking the smallest few of many keys without sorting them all.
enum PartialSelection {
    /// Reorders `keys` so that its first `count` elements are its `count` smallest (in no
    /// particular order); the rest follow. Keys are expected to be distinct.
    ///
    /// Quickselect with a median-of-three pivot; after too many rounds (an unlucky order) it
    /// sorts the remaining range instead, which bounds the worst case.
    /// - Complexity: O(n) expected, O(n log n) at worst.
    static func moveSmallest(_ count: Int, of keys: inout [UInt64]) {
        guard count > 0 && count < keys.count else { return }
        let target = count - 1
        let roundLimit = 2 * (Int.bitWidth - keys.count.leadingZeroBitCount) + 4
        keys.withUnsafeMutableBufferPointer { keys in
            var rounds = 0
            var low = 0, high = keys.count - 1
            while low < high {
                rounds += 1
                if rounds > roundLimit {
                    keys[low...high].sort()
                    return
                }
                let middle = low + (high - low) / 2
                let pivot = medianOfThree(keys[low], keys[middle], keys[high])
                var left = low, right = high
                // Hoare partition: afterwards keys[low...right] <= pivot <= keys[left...high].
                while left <= right {
                    while keys[left] < pivot { left += 1 }
                    while keys[right] > pivot { right -= 1 }
                    if left <= right {
                        keys.swapAt(left, right)
                        left += 1
                        right -= 1
                    }
                }
                if target <= right {
                    high = right
                } else if target >= left {
                    low = left
                } else {
                    return      // keys[right + 1 ..< left] equal the pivot and hold `target`
                }
            }
        }
    }

    @inline(__always)
    private static func medianOfThree(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        max(min(a, b), min(max(a, b), c))
    }
}
