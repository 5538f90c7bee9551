/// The values of the arrays (or members of the objects) that are still open
/// while parsing, innermost last.
///
/// When a container closes, its values are *moved* off the top of the stack
/// into an array of exactly the right size: one allocation per container,
/// no reference counting and no per-element destruction, which an `Array`
/// used as a stack cannot offer (`removeLast(_:)` destroys what it removes).
///
/// The stack owns its storage and is non-copyable, so the storage has
/// exactly one owner and is freed, with any values still on it, when the
/// parse ends, whether it returns or throws.
struct JSONValueStack<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of values on the stack.
    private(set) var count = 0

    /// Creates an empty stack with room for `capacity` values before it grows.
    ///
    /// - Complexity: O(1).
    init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Pushes `element`.
    ///
    /// - Complexity: Amortized O(1).
    @inline(__always)
    mutating func append(_ element: consuming Element) {
        if count == capacity {
            grow()
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Moves the values from index `start` up to the top into a new array of
    /// exactly that size and removes them, leaving `count == start`.
    ///
    /// - Complexity: O(*k*), where *k* is `count - start`.
    mutating func removeSuffix(from start: Int) -> [Element] {
        precondition(start >= 0 && start <= count, "stack suffix out of range")
        let moving = count - start
        guard moving > 0 else { return [] }
        let source = base + start
        let suffix = [Element](unsafeUninitializedCapacity: moving) { target, initialized in
            guard let destination = target.baseAddress else { return }
            destination.moveInitialize(from: source, count: moving)
            initialized = moving
        }
        count = start
        return suffix
    }

    /// Doubles the capacity, moving the values to new storage.
    private mutating func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

extension JSONValueStack where Element == JSONMember {
    /// Sets the value of the member on top, whose key was pushed before its value was read.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    mutating func setValueOfLast(_ value: consuming JSONValue) {
        precondition(count > 0, "no member to set a value for")
        (base + count - 1).pointee.value = value
    }
}
