/// What appending some records takes in a list's main columns: as many records, citations,
/// properties and bytes of ids, names, quotes and property texts. A merger of many files adds
/// up the room of the files to come and takes it once (see `GraphMerger.expect(_:)`).
///
/// ```swift
/// nodes.reserveCapacity(files.reduce(ColumnRoom()) { $0 + ColumnRoom(of: $1.nodes.fields) })
/// ```
struct ColumnRoom: Sendable, Equatable {
    var records = 0, citations = 0, properties = 0
    var idBytes = 0, nameBytes = 0, quoteBytes = 0, propertyBytes = 0

    init() {}

    init(of nodes: NodeList) {
        (records, citations, properties) = (nodes.count, nodes.quotes.count, nodes.properties.count)
        (idBytes, nameBytes) = (nodes.ids.byteCount, nodes.names.byteCount)
        (quoteBytes, propertyBytes) = (nodes.quotes.byteCount, nodes.properties.textBytes)
    }

    init(of edges: EdgeList) {
        (records, citations, properties) = (edges.count, edges.quotes.count, edges.properties.count)
        (idBytes, quoteBytes, propertyBytes) = (edges.ids.byteCount, edges.quotes.byteCount, edges.properties.textBytes)
    }

    static func + (left: ColumnRoom, right: ColumnRoom) -> ColumnRoom { left.adding(right, times: 1) }
    static func - (left: ColumnRoom, right: ColumnRoom) -> ColumnRoom { left.adding(right, times: -1) }

    private func adding(_ other: ColumnRoom, times factor: Int) -> ColumnRoom {
        var sum = self
        sum.records += factor * other.records
        sum.citations += factor * other.citations
        sum.properties += factor * other.properties
        sum.idBytes += factor * other.idBytes
        sum.nameBytes += factor * other.nameBytes
        sum.quoteBytes += factor * other.quoteBytes
        sum.propertyBytes += factor * other.propertyBytes
        return sum
    }
}
