extension GraphDiagnostic {
    /// A diagnostic's path and message in parts, written out only when read.
    ///
    /// The common shapes, a record's path (`nodes[12]` and a short suffix such as `.sources`)
    /// and the warning of a node that cites no quote (its id), hold no text of their own
    /// beyond the suffix and the id, which Swift keeps inline when they are short (15 bytes of
    /// UTF-8 or fewer): a million such warnings take about 100 bytes each, not 250.
    enum Parts {
        /// The list a record is in.
        enum List: UInt8, Sendable {
            case documents, nodes, edges

            var prefix: String {
                switch self {
                case .documents: "graph.documents"
                case .nodes: "nodes"
                case .edges: "edges"
                }
            }
        }

        enum Path: Sendable {
            case none
            case text(String)
            /// `LIST[INDEX]SUFFIX`, such as `nodes[12].sources`.
            case record(List, index: Int32, suffix: String)

            var text: String? {
                switch self {
                case .none: nil
                case .text(let text): text
                case .record(let list, let index, let suffix): "\(list.prefix)[\(index)]\(suffix)"
                }
            }
        }

        enum Message: Sendable {
            case text(String)
            /// `node "ID" cites no source quote`, the id shown escaped.
            case uncitedNode(id: String)

            var text: String {
                switch self {
                case .text(let text): text
                case .uncitedNode(let id): "node \(quoted(id)) cites no source quote"
                }
            }
        }
    }
}
