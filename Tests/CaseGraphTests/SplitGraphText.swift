/// Generated graph files for the split decode's tests: many edges, in the layouts the
/// split must cope with, with strings that look like the seam between two edges.
struct SplitGraphText {
    enum Layout: CaseIterable, CustomStringConvertible {
        /// An edge over several indented lines.
        case pretty
        /// One line, no spaces.
        case compact
        /// Pretty, with `\r\n` line breaks.
        case crlf
        /// An edge a line, each line after the first starting with its comma (as the benchmark files).
        case leadingComma

        var description: String {
            switch self {
            case .pretty: "pretty"
            case .compact: "compact"
            case .crlf: "CR LF"
            case .leadingComma: "leading comma"
            }
        }
    }

    /// Texts that a split guess can take for a seam, and other strings to get right:
    /// `},{` and `}, {` raw in a string, escaped quotes, escapes, multi-byte UTF-8.
    static let tricky = [
        #"plain"#, #"a },{ b"#, #"x}, {\"source\": \"n1\"}, {y"#, #"\"},{\""#, #"tab\tand\\slash"#,
        #"caf\u00e9 \ud83d\ude00"#, "Ωμέγα 日本 🙂", #"}\n,{"#, #"ends with }, {"#,
    ]

    let layout: Layout
    let nodeCount: Int
    let edgeCount: Int

    /// The node ids, some multi-byte.
    func nodeID(_ index: Int) -> String { index % 3 == 0 ? "n\(index)-é" : "n\(index)" }

    func node(_ index: Int) -> String {
        #"{"id": "\#(nodeID(index))", "type": "person", "name": "Name \#(Self.tricky[index % Self.tricky.count])", "sources": [{"document": "doc", "quote": "q"}]}"#
    }

    /// Edge `index`; `extra` members are added at its end (as `, "key": value`).
    func edge(_ index: Int, extra: String = "") -> String {
        let quote = Self.tricky[(index * 7) % Self.tricky.count]
        let properties = index % 4 == 0 ? #"{"note": "\#(quote)", "weight": \#(index).5, "tags": ["a", "}, {"]}"# : "{}"
        return #"{"id": "e\#(index)", "source": "\#(nodeID(index % nodeCount))", "target": "\#(nodeID((index * 31 + 7) % nodeCount))", "type": "knows", "properties": \#(properties), "sources": [{"document": "doc", "quote": "\#(quote)"}]\#(extra)}"#
    }

    /// The file, with `edit` changing edge texts by index (for hostile cases).
    func text(edit: (Int, String) -> String = { $1 }) -> String {
        let edges = (0..<edgeCount).map { edit($0, edge($0)) }
        let nodes = (0..<nodeCount).map(node)
        let header = #"{"directed": true, "multigraph": true, "graph": {"name": "split", "documents": [{"id": "doc", "title": "T"}]}, "#
        switch layout {
        case .compact:
            let squeeze = { (text: String) in text.replacingOccurrences(of: "\": ", with: "\":").replacingOccurrences(of: ", \"", with: ",\"") }
            return squeeze(header + #""nodes": ["# + nodes.joined(separator: ",") + #"], "edges": ["# + edges.joined(separator: ",") + "]}")
        case .leadingComma:
            return header + "\"nodes\": [\n" + nodes.joined(separator: "\n,") + "\n],\n\"edges\": [\n" + edges.joined(separator: "\n,") + "\n]}\n"
        case .pretty, .crlf:
            let indent = { (text: String) in text.replacingOccurrences(of: ", \"", with: ",\n      \"") }
            var text = header + "\n  \"nodes\": [\n    " + nodes.map(indent).joined(separator: ",\n    ")
            text += "\n  ],\n  \"edges\": [\n    " + edges.map(indent).joined(separator: ",\n    ") + "\n  ]\n}\n"
            return layout == .crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
        }
    }
}
