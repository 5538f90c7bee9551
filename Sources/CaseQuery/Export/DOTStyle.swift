import CaseGraph

/// How a node type is drawn: a Graphviz shape, extra style flags and a fill colour.
///
/// | type           | shape           | style           | fill      |
/// |----------------|-----------------|-----------------|-----------|
/// | `organisation` | `box`           | rounded, filled | `#9ECAE1` |
/// | `person`       | `ellipse`       | filled          | `#FDD0A2` |
/// | `country`      | `doubleoctagon` | filled          | `#A1D99B` |
/// | `place`        | `house`         | filled          | `#D9F0A3` |
/// | `operation`    | `hexagon`       | filled          | `#FC9272` |
/// | `event`        | `note`          | filled          | `#FFE98A` |
/// | `group`        | `box3d`         | filled          | `#DADAEB` |
///
/// Any other type takes a shape and a fill from fixed lists, chosen by the FNV-1a hash of
/// its name — stable across runs and machines, unlike Swift's seeded `Hasher` — and is
/// drawn dashed to set it apart from the known types.
public struct NodeStyle: Sendable, Hashable {
    public var shape: String
    /// Graphviz `style` flags; always includes `filled`.
    public var style: String
    /// `#RRGGBB`.
    public var fillColor: String

    public init(shape: String, style: String, fillColor: String) {
        self.shape = shape
        self.style = style
        self.fillColor = fillColor
    }

    /// The styles of the node types the model names.
    public static let known: [String: NodeStyle] = [
        "organisation": NodeStyle(shape: "box", style: "rounded,filled", fillColor: "#9ECAE1"),
        "person": NodeStyle(shape: "ellipse", style: "filled", fillColor: "#FDD0A2"),
        "country": NodeStyle(shape: "doubleoctagon", style: "filled", fillColor: "#A1D99B"),
        "place": NodeStyle(shape: "house", style: "filled", fillColor: "#D9F0A3"),
        "operation": NodeStyle(shape: "hexagon", style: "filled", fillColor: "#FC9272"),
        "event": NodeStyle(shape: "note", style: "filled", fillColor: "#FFE98A"),
        "group": NodeStyle(shape: "box3d", style: "filled", fillColor: "#DADAEB"),
    ]

    private static let fallbackShapes = ["ellipse", "box", "octagon", "trapezium", "parallelogram", "invhouse", "cylinder", "tab"]
    private static let fallbackFills = [
        "#FFB3BA", "#FFDFBA", "#FFFFBA", "#BAFFC9", "#BAE1FF", "#D7BDE2",
        "#F5CBA7", "#A3E4D7", "#F9E79F", "#D5DBDB", "#FADBD8", "#D4E6F1",
    ]

    /// The style of `type`: the table's entry, or one derived from a stable hash of the name.
    /// - Complexity: O(n) in the length of the type name.
    public static func forType(_ type: String) -> NodeStyle {
        if let style = known[type] { return style }
        let hash = stableHash(type)
        let fill = fallbackFills[Int(hash % UInt64(fallbackFills.count))]
        let shape = fallbackShapes[Int((hash / UInt64(fallbackFills.count)) % UInt64(fallbackShapes.count))]
        return NodeStyle(shape: shape, style: "filled,dashed", fillColor: fill)
    }

    /// 64-bit FNV-1a over the UTF-8 bytes: the same number for the same text, everywhere.
    /// - Complexity: O(n).
    public static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// Writing text from the data into DOT, safely.
///
/// Every value is written as a double-quoted string, which the DOT grammar treats as an
/// opaque ID whatever it contains: keywords (`node`, `strict`...), `->`, braces, colons
/// and angle brackets lose their meaning inside quotes (HTML labels need `<...>` without
/// quotes, which this writer never emits). Labels and tooltips are escStrings, so:
/// - a backslash is written `\\` (so `\N`, `\G`, `\l` in data are never escapes),
/// - a double quote is written `\"`,
/// - a line break (LF, CR LF or a lone CR) is written `\n`,
/// - every other control character, bidi override or isolate, and the Unicode line and
///   paragraph separators are shown visibly as `\u{HEX}` (``SafeText/escaped(_:)``),
/// - everything else — accents, CJK, emoji — is written as UTF-8, unchanged.
enum DOTText {
    /// `text` as a quoted DOT string, with no escString processing: for names and colours.
    /// - Complexity: O(n).
    static func quoted(_ text: String) -> String {
        var output = DOTOutput()
        output.quoted(text)
        return output.text
    }

    /// `text` as a quoted escString that shows exactly the text: line breaks become `\n`,
    /// unsafe scalars become visible escapes.
    /// - Complexity: O(n).
    static func label(_ text: String) -> String {
        var output = DOTOutput()
        output.label(text)
        return output.text
    }

    /// The text split at LF, CR LF and lone CR.
    /// - Complexity: O(n).
    static func lines(of text: String) -> [String] {
        var lines = [String]()
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }

    /// Lines of at most `width` characters, broken at spaces; an existing line break is
    /// kept, a word longer than `width` stays whole.
    /// - Complexity: O(n).
    static func wrapped(_ text: String, width: Int) -> String {
        // Most names: one short line, as it is.
        if text.utf8.count <= width && !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { return text }
        return lines(of: text).map { line -> String in
            guard line.count > width else { return line }
            var result = [String]()
            var current: String?
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                guard let partial = current else {
                    current = String(word)
                    continue
                }
                if partial.isEmpty || partial.count + 1 + word.count <= width {
                    current = partial + " " + word
                } else {
                    result.append(partial)
                    current = String(word)
                }
            }
            result.append(current ?? "")
            return result.joined(separator: "\n")
        }
        .joined(separator: "\n")
    }
}
