/// The fast decoder's records: nodes, their properties and their source citations, each
/// read straight from the bytes (see ``FastGraphDecoder``; edges: `FastGraphDecoder+Edges.swift`).
extension FastGraphDecoder {
    /// Reads the node at `position` of the `nodes` array into `fragment.nodes`: its id, name,
    /// aliases and quotes as bytes, no `String` made for them.
    ///
    /// Bails at anything off the happy path, leaving part of the record written: the
    /// fragment is then dropped (the slow path reads the file again).
    mutating func decodeNode(position: Int) throws {
        var offset = 0
        guard try openObject(&offset) else { throw Bail() }
        var known: UInt32 = 0
        var others = [String]()
        var type: Int32?  // the code of the type's name
        repeat {
            switch try readKey(NodeKey.self) {
            case .known(.id): try Self.see(1, &known); try Self.readRequiredString(&reader, into: &fragment.nodes.fields.ids)
            case .known(.type):
                try Self.see(2, &known)
                type = try Self.readNameCode(&reader, into: &fragment.nodes.fields.types) { !Self.isBlank($0) }
            case .known(.name): try Self.see(4, &known); try Self.readRequiredString(&reader, into: &fragment.nodes.fields.names)
            case .known(.aliases):
                try Self.see(8, &known)
                if try openArray() {
                    repeat {
                        try Self.readString(&reader, into: &fragment.nodes.fields.aliases)
                        // Read in place: a copy of the column alive at the removal would copy it whole.
                        let last = fragment.nodes.fields.aliases.count - 1
                        if fragment.nodes.fields.aliases.withBytes(last, Self.isBlank) {
                            fragment.nodes.fields.aliases.removeSuffix(from: last)
                        }
                    } while try nextElement()
                }
            case .known(.properties):
                try Self.see(16, &known)
                try Self.decodeProperties(&reader, file: file, into: &fragment.nodes.fields.properties)
            case .known(.sources): try Self.see(32, &known); try decodeCitations(ofNode: true)
            case .other(let key): try skipValue(key: key, others: &others, depth: 3)
            }
        } while try nextMember()
        guard known & 7 == 7, let type else { throw Bail() }
        let (line, column) = locate(offset)
        fragment.nodes.endRecord(typeCode: type, offset: offset, line: line, column: column, index: position, file: file)
    }

    /// A record's `sources`: a list of `{ "document": ID, "quote": TEXT }`, each document's
    /// code and quote's bytes into the fragment's node or edge citations.
    mutating func decodeCitations(ofNode: Bool) throws {
        guard try openArray() else { return }
        repeat {
            var offset = 0
            guard try openObject(&offset) else { throw Bail() }
            var known: UInt32 = 0
            var others = [String]()
            var document: Int32?  // the code of the document's id
            repeat {
                switch try readKey(CitationKey.self) {
                case .known(.document):
                    try Self.see(1, &known)
                    document = ofNode
                        ? try Self.readNameCode(&reader, into: &fragment.nodes.fields.citationDocuments) { !Self.isBlank($0) }
                        : try Self.readNameCode(&reader, into: &fragment.edges.fields.citationDocuments) { !Self.isBlank($0) }
                case .known(.quote):
                    try Self.see(2, &known)
                    if ofNode {
                        try Self.readRequiredString(&reader, into: &fragment.nodes.fields.quotes)
                    } else {
                        try Self.readRequiredString(&reader, into: &fragment.edges.fields.quotes)
                    }
                case .other(let key): try skipValue(key: key, others: &others, depth: 5)
                }
            } while try nextMember()
            guard let document, known & 2 != 0 else { throw Bail() }
            if ofNode {
                fragment.nodes.fields.citationDocuments.append(code: document)
            } else {
                fragment.edges.fields.citationDocuments.append(code: document)
            }
        } while try nextElement()
    }

    /// `properties` of a record (3 containers deep): strings, numbers, booleans and arrays of
    /// those, appended to `result` (a static function, so that `result` may be a column of the
    /// decoder's own fragment). A string's bytes go straight into the column.
    static func decodeProperties(_ reader: inout JSONReader, file: String, into result: inout PropertyColumns) throws {
        reader.skipWhitespace()
        guard reader.current == UInt8(ascii: "{") else { throw Bail() }
        reader.position += 1
        reader.skipWhitespace()
        if reader.current == UInt8(ascii: "}") {
            reader.position += 1
            return
        }
        let start = result.count
        let origin = result.code(ofOrigin: file)
        var keys = Set<Int32>()  // once there are more than 16, as `checkDuplicateKeys`
        repeat {
            reader.skipWhitespace()
            guard reader.current == UInt8(ascii: "\"") else { throw Bail() }
            let key = try reader.readString()
            reader.skipWhitespace()
            guard reader.current == UInt8(ascii: ":") else { throw Bail() }
            reader.position += 1
            reader.skipWhitespace()
            // Equal codes are equal `String`s (canonically equal spellings share a code).
            let code = result.code(ofKey: key)
            if result.count - start < 16 {
                if (start..<result.count).contains(where: { result.keyCode(of: $0) == code }) { throw Bail() }
            } else {
                if keys.isEmpty { keys = Set((start..<result.count).map(result.keyCode(of:))) }
                if !keys.insert(code).inserted { throw Bail() }
            }
            let isDate = key == "date" || key.hasSuffix("_date")
            guard let first = reader.current, !isDate || first == UInt8(ascii: "\"") else { throw Bail() }
            result.appendKey(code, origin: origin)
            switch first {
            case UInt8(ascii: "\""):
                if isDate {
                    let text = try reader.readString()
                    guard CaseDate(text) != nil else { throw Bail() }
                    result.appendText(text, kind: .string)
                } else {
                    try result.appendString { try readString(&reader, into: &$0) }
                }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): result.appendText(try reader.readNumber(), kind: .number)
            case UInt8(ascii: "t"): try reader.readLiteral("true"); result.appendValue(.bool(true))
            case UInt8(ascii: "f"): try reader.readLiteral("false"); result.appendValue(.bool(false))
            case UInt8(ascii: "["): result.appendValue(try propertyValue(readAnyValue(&reader, depth: 4)))
            default: throw Bail()
            }
            reader.skipWhitespace()
            switch reader.current {
            case UInt8(ascii: ","): reader.position += 1
            case UInt8(ascii: "}"): reader.position += 1; return
            default: throw Bail()
            }
        } while true
    }

    private static func propertyValue(_ value: JSONValue) throws -> PropertyValue {
        switch value {
        case .string(let text): return .string(text)
        case .number(let literal): return .number(literal)
        case .bool(let flag): return .bool(flag)
        case .array(let array): return .array(try array.elements.map(propertyValue))
        case .null, .object: throw Bail()
        }
    }
}
