@testable import CaseGraph
import Testing

/// `PropertyColumns` holds properties as codes, kinds and texts: every `Property` comes back
/// as it went in, after joins and cut suffixes (a key written without its value included),
/// and a key is found by `String` equality, canonically equal spellings included.
@Suite("Property columns: properties back as they went in")
struct PropertyColumnsTests {
    static func properties(_ generator: inout SeededGenerator, count: Int) -> [Property] {
        let keys = ["date", "kind", "caf\u{E9}", "cafe\u{301}", "n", "list"] + (0..<20).map { "key_\($0)" }
        let values: [PropertyValue] = [
            .string("2016-03-01"), .string(""), .string("Zo\u{EB} \u{1F600}"), .number("-1.5e400"), .number("7"),
            .bool(true), .bool(false), .array([]), .array([.string("a"), .array([.number("1"), .bool(false)])]),
            .string(String(repeating: "long text ", count: 9)),
        ]
        return (0..<count).map { _ in
            Property(key: keys[Int(generator.next() % UInt64(keys.count))], value: values[Int(generator.next() % UInt64(values.count))],
                     origin: ["a.json", "b.json", "d\u{EB}.json"][Int(generator.next() % 3)])
        }
    }

    static func array(_ columns: PropertyColumns) -> [Property] { (0..<columns.count).map { columns[$0] } }

    @Test("round trip, joins and cut suffixes against an array, 300 seeds")
    func againstArray() {
        for seed in 0..<300 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let first = Self.properties(&generator, count: Int(generator.next() % 30))
            let second = Self.properties(&generator, count: Int(generator.next() % 30))
            var columns = PropertyColumns(), other = PropertyColumns()
            for property in first { columns.append(property) }
            for property in second { other.append(property) }
            #expect(Self.array(columns) == first, "seed \(seed)")
            columns.append(contentsOf: other)
            #expect(Self.array(columns) == first + second, "seed \(seed), joined")
            let cut = Int(generator.next() % UInt64(first.count + second.count + 1))
            columns.removeSuffix(from: cut)
            #expect(Self.array(columns) == Array((first + second).prefix(cut)), "seed \(seed), cut at \(cut)")
            let more = Self.properties(&generator, count: 4)
            for property in more { columns.append(property) }
            #expect(Self.array(columns) == Array((first + second).prefix(cut)) + more, "seed \(seed), appended after the cut")
        }
    }

    @Test("a key written without its value is dropped with the record")
    func partialProperty() {
        var columns = PropertyColumns()
        columns.append(Property(key: "kind", value: .string("law firm"), origin: "f.json"))
        columns.appendKey(columns.code(ofKey: "date"), origin: columns.code(ofOrigin: "f.json"))
        columns.removeSuffix(from: 1)
        columns.append(Property(key: "n", value: .array([.number("1")]), origin: "f.json"))
        #expect(Self.array(columns) == [Property(key: "kind", value: .string("law firm"), origin: "f.json"),
                                        Property(key: "n", value: .array([.number("1")]), origin: "f.json")])
    }

    @Test("first(_:in:) finds the first property of a key in a range, as String equality does")
    func firstOfKey() {
        var columns = PropertyColumns()
        for (key, value) in [("kind", "a"), ("caf\u{E9}", "b"), ("date", "2016-01-01"), ("cafe\u{301}", "c"), ("date", "2017-01-01")] {
            columns.append(Property(key: key, value: .string(value), origin: "f.json"))
        }
        #expect(columns.first("date", in: 0..<5) == 2 && columns.first("date", in: 3..<5) == 4)
        #expect(columns.first("cafe\u{301}", in: 0..<5) == 1 && columns.first("caf\u{E9}", in: 2..<5) == 3)
        #expect(columns.first("absent", in: 0..<5) == nil && columns.first("kind", in: 1..<5) == nil)
    }
}
