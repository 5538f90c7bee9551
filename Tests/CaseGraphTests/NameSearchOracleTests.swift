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
        // Seed 2 builds the fuzzy search's word tails in the background, racing the searches.
        if seed == 2 { graph.names.prepareFuzzySearchInBackground() }
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

    /// Names whose characters and scalars differ around spaces, and scalars that are canonically
    /// ASCII: a combining keycap or a Thai vowel after a space, an Arabic sign that joins the
    /// space after it, the Greek question mark (";"), the Kelvin sign, ideographs, Cyrillic.
    private static let hostileWords = ["a", "ab", "k", "kelvin", "\u{212A}elvin", "x\u{37E}y", ";", "\u{20E3}b", "\u{E33}c", "d\u{600}",
                                       "\u{4E2D}\u{6587}", "\u{43C}\u{43E}\u{441}\u{43A}\u{432}\u{430}", "o\u{308}", "\u{F8}l", "e\u{301}",
                                       "\u{2126}mega", "\u{3A9}mega", "\u{438}\u{306}\u{43A}\u{430}", "\u{439}\u{43A}\u{430}", "\u{F900}\u{6587}",
                                       "\u{43C}\u{200B}\u{43E}", "\u{F8}\u{301}"]

    @Test("same hits as the String search for names whose spaces join marks, and canonical ASCII", arguments: [UInt64(6), 7])
    func hostileNames(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        func pick() -> String { Self.hostileWords[Int(generator.next() % UInt64(Self.hostileWords.count))] }
        let nodes = (0..<400).map { index in
            Node(id: "h\(index)", type: "person", name: (0..<(1 + Int(generator.next() % 3))).map { _ in pick() }.joined(separator: " "),
                 aliases: generator.next() % 2 == 0 ? [pick() + " " + pick()] : [])
        }
        let graph = Graph(nodes: nodes, edges: [])
        var queries = [";", "k", "kelvin", "kelvn", "a b", "ab a", "b", "c", "x;y", "xy", "mockba", "\u{43C}\u{43E}\u{441}\u{43A}\u{430}", "ol", "a ab ab",
                       "\u{439}\u{43A}\u{430}", "\u{438}\u{306}\u{43A}\u{430}", "\u{438}", "\u{3C9}mega", "\u{3A9}", "\u{8C48}", "\u{F900}",
                       "\u{43C}\u{43E}", "\u{F8}", "\u{4E2D}", "\u{43C}\u{43E}\u{441}\u{43A}\u{432}\u{43E}", "\u{F8}l mega"]
        for _ in 0..<20 { queries.append(pick() + " " + pick()) }
        for query in queries {
            for limit in [3, Int.max] {
                #expect(graph.names.search(query, limit: limit) == graph.names.referenceSearch(query, limit: limit), "\(query) limit \(limit)")
            }
        }
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

extension NameSearchOracleTests {
    /// The whole optimal-string-alignment table, no band, no early stop: the oracle.
    static func referenceDistance(_ left: [UInt8], _ right: [UInt8]) -> Int {
        let n = left.count, m = right.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { table[i][0] = i }
        for j in 0...m { table[0][j] = j }
        for i in stride(from: 1, through: n, by: 1) {
            for j in stride(from: 1, through: m, by: 1) {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[n][m]
    }

    @Test("the banded distance is the whole table's, within any limit, its rows reused from call to call")
    func bandedDistance() {
        var generator = SeededGenerator(seed: 11)
        var distance = EditDistanceRows()
        for _ in 0..<20_000 {
            let alphabet = 2 + generator.next() % 3
            let left = (0..<Int(generator.next() % 15)).map { _ in UInt8(97 + generator.next() % alphabet) }
            let right = (0..<Int(generator.next() % 15)).map { _ in UInt8(97 + generator.next() % alphabet) }
            let limit = generator.next() % 9 == 0 ? Int.max : Int(generator.next() % 7)
            let expected = Self.referenceDistance(left, right)
            let found = left.withUnsafeBufferPointer { l in right.withUnsafeBufferPointer { r in distance.between(l, r, limit: limit) } }
            if found != (expected <= limit ? expected : nil) {
                Issue.record("\(left) \(right) limit \(limit): \(String(describing: found)), the table says \(expected)")
                return
            }
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

    /// Keeps each node's best hit (the first of equal ones) and orders them: match kind, field,
    /// node id. The ranking the search had before ``SearchRanking``: the oracle for it.
    func unique(_ hits: [SearchHit]) -> [SearchHit] {
        var best = [NodeIndex: SearchHit]()
        for hit in hits {
            if let existing = best[hit.node], (existing.match, existing.field) <= (hit.match, hit.field) { continue }
            best[hit.node] = hit
        }
        return best.values.sorted { lhs, rhs in
            if lhs.match != rhs.match { return lhs.match < rhs.match }
            if lhs.field != rhs.field { return lhs.field < rhs.field }
            return idRank[lhs.node] < idRank[rhs.node]
        }
    }
}
