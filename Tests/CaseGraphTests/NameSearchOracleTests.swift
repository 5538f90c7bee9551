@testable import CaseGraph
import Testing

/// `NameIndex.search` scans packed key bytes; the reference below is the plain `String`
/// search it replaced, kept as the oracle.
@Suite("Name search: the byte scan against the String search it replaced")
struct NameSearchOracleTests {
    private static let words = ["zoë", "de", "vries", "ivanović", "ana", "anna", "henk", "jan", "kamsteeg", "müller", "nguyễn",
                                "police", "politie", "nederlandse", "dutch", "ijm", "москва", "olga", "maria", "garcia", "o'brien"]

    private static func graph(seed: UInt64) -> Graph {
        var generator = SeededGenerator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        var nodes = [Node]()
        for index in 0..<300 {
            let count = 1 + Int(generator.next() % 4)
            let name = (0..<count).map { _ in pick(words) }.joined(separator: " ")
            let aliases = generator.next() % 3 == 0 ? [pick(words).uppercased() + " " + pick(words)] : []
            nodes.append(Node(id: "\(pick(words).prefix(3))-\(index)", type: "person", name: name, aliases: aliases))
        }
        return Graph(nodes: nodes, edges: [])
    }

    /// Search texts: whole names, pieces, and typos of them (a letter dropped, doubled, swapped).
    private static func queries(seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed &* 31)
        var texts = ["", " ", "a", "de vries", "zoe de vrise", "nederlandse polite", "ivanovic", "ana ivanovic",
                     "MOCKBA", "москва", "moskva", "kamstege", "henk jan kamstege", "garica maria", "x"]
        for _ in 0..<60 {
            var letters = Array((0..<(1 + Int(generator.next() % 3))).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                .joined(separator: " "))
            if letters.count > 2 {
                let at = Int(generator.next() % UInt64(letters.count - 1))
                switch generator.next() % 4 {
                case 0: letters.remove(at: at)
                case 1: letters.insert(letters[at], at: at)
                case 2: letters.swapAt(at, at + 1)
                default: letters = Array(letters.dropFirst(at / 2))
                }
            }
            texts.append(String(letters))
        }
        return texts
    }

    @Test("same hits, in the same order, for every limit", arguments: [UInt64(1), 2, 3])
    func sameAsStringSearch(seed: UInt64) {
        let graph = Self.graph(seed: seed)
        var kinds = [String: Int]()
        for query in Self.queries(seed: seed) {
            for limit in [1, 5, 20, Int.max] {
                let hits = graph.names.search(query, limit: limit)
                #expect(hits == graph.names.referenceSearch(query, limit: limit), "\(query) limit \(limit)")
                for hit in hits { kinds[hit.match.description.prefix { $0 != "(" }.description, default: 0] += 1 }
            }
        }
        // Every kind of match is exercised, fuzzy ones too.
        #expect(["exact", "prefix", "substring", "fuzzy"].allSatisfy { kinds[$0, default: 0] > 5 }, "\(kinds)")
    }

    @Test("the distance on bytes is the distance on Unicode scalars, for ASCII", arguments: [UInt64(4), 5])
    func byteDistance(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var distance = EditDistanceRows()
        for _ in 0..<2_000 {
            let left = String((0..<Int(generator.next() % 9)).map { _ in Character(Unicode.Scalar(UInt8(97 + generator.next() % 4))) })
            let right = String((0..<Int(generator.next() % 12)).map { _ in Character(Unicode.Scalar(UInt8(97 + generator.next() % 4))) })
            let limit = Int(generator.next() % 5)
            let bytes = Array(left.utf8).withUnsafeBufferPointer { l in
                Array(right.utf8).withUnsafeBufferPointer { r in distance.between(l, r, limit: limit) }
            }
            #expect(bytes == EditDistance.between(left, right, limit: limit), "\(left) \(right) \(limit)")
        }
    }
}

extension NameIndex {
    /// The search as it was before the byte scan: `String` comparisons for every key.
    func referenceSearch(_ text: String, limit: Int) -> [SearchHit] {
        let query = TextFolding.fold(text)
        guard !query.isEmpty else { return [] }
        var hits = [SearchHit]()
        for (position, entry) in entries.enumerated() {
            let key = key(at: position)
            if key == query {
                hits.append(hit(entry, .exact))
            } else if key.hasPrefix(query) {
                hits.append(hit(entry, .prefix))
            } else if key.contains(query) {
                hits.append(hit(entry, .substring))
            }
        }
        if Set(hits.map(\.node)).count < limit {
            let budget = min(3, max(1, query.count / 4))
            for (position, entry) in entries.enumerated() where !key(at: position).contains(query) {
                if let distance = KeySearch.stringFuzzyDistance(query, key(at: position), limit: budget) {
                    hits.append(hit(entry, .fuzzy(distance: distance)))
                }
            }
        }
        return Array(unique(hits).prefix(limit))
    }
}
