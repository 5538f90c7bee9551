import Foundation

/// A value one thread posts, once, for another to take: how the split decode's threads hand
/// each other the split point (second → first) and the node ids (first → second). Posting
/// nil withdraws the value: the waiter learns there will be none.
///
/// ```swift
/// let ids = Mailbox<LocalNodeIDs>()
/// worker { if let ids = ids.wait() { resolve(using: ids) } }
/// ids.post(nodeIDs)
/// ```
final class Mailbox<Value: Sendable>: @unchecked Sendable {
    // Safe: `content` is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var content: Value??

    init() {}

    /// Posts `value` (nil: none will come); only the first post counts.
    func post(_ value: Value?) {
        condition.lock()
        if content == nil {
            content = .some(value)
            condition.broadcast()
        }
        condition.unlock()
    }

    /// What was posted, without waiting: nil while nothing was, `.some(nil)` once withdrawn.
    var posted: Value?? {
        condition.lock()
        defer { condition.unlock() }
        return content
    }

    /// Blocks until something is posted and returns it (nil when it was withdrawn).
    func wait() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while content == nil { condition.wait() }
        return content ?? nil
    }
}
