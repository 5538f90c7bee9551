/// The fast decoder's records: nodes, their properties and their source citations, each
/// read straight from the bytes (see ``FastGraphDecoder``; edges: `FastGraphDecoder+Edges.swift`).
extension FastGraphDecoder {
    mutating func decodeNode(position: Int) throws -> NodeRecord {
        var offset = 0
        guard try openObject(&offset) else { throw Bail() }
        var known: UInt32 = 0
        var others = [String]()
        var id: String?, type: String?, name: String?
        var aliases = [String]()
        var properties = [Property]()
        var sources = [SourceCitation]()
        repeat {
            switch try readKey(NodeKey.self) {
            case .known(.id): try Self.see(1, &known); id = try readRequiredString()
            case .known(.type): try Self.see(2, &known); type = try readRequiredString()
            case .known(.name): try Self.see(4, &known); name = try readRequiredString()
            case .known(.aliases):
                try Self.see(8, &known)
                if try openArray() {
                    repeat {
                        let alias = try readStringValue()
                        if !Self.isBlank(alias) { aliases.append(alias) }
                    } while try nextElement()
                }
            case .known(.properties): try Self.see(16, &known); try Self.decodeProperties(&reader, file: file, into: &properties)
            case .known(.sources): try Self.see(32, &known); sources = try decodeSources()
            case .other(let key): try skipValue(key: key, others: &others, depth: 3)
            }
        } while try nextMember()
        guard let id, let type, let name else { throw Bail() }
        return NodeRecord(id: id, type: type, name: name, aliases: aliases, properties: properties,
                          sources: sources, place: place(offset, .node, position))
    }

    /// `properties` of a record (3 containers deep): strings, numbers, booleans and arrays of
    /// those, appended to `result` (a static function, so that `result` may be a column of the
    /// decoder's own fragment).
    static func decodeProperties(_ reader: inout JSONReader, file: String, into result: inout [Property]) throws {
        reader.skipWhitespace()
        guard reader.current == UInt8(ascii: "{") else { throw Bail() }
        reader.position += 1
        reader.skipWhitespace()
        if reader.current == UInt8(ascii: "}") {
            reader.position += 1
            return
        }
        let start = result.count
        var keys = Set<String>()  // once there are more than 16, as `checkDuplicateKeys`
        repeat {
            reader.skipWhitespace()
            guard reader.current == UInt8(ascii: "\"") else { throw Bail() }
            let key = try reader.readString()
            reader.skipWhitespace()
            guard reader.current == UInt8(ascii: ":") else { throw Bail() }
            reader.position += 1
            reader.skipWhitespace()
            if result.count - start < 16 {
                if result[start...].contains(where: { $0.key == key }) { throw Bail() }
            } else {
                if keys.isEmpty { keys = Set(result[start...].map(\.key)) }
                if !keys.insert(key).inserted { throw Bail() }
            }
            let value: PropertyValue
            guard let first = reader.current else { throw Bail() }
            switch first {
            case UInt8(ascii: "\""): value = .string(try reader.readString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try reader.readNumber())
            case UInt8(ascii: "t"): try reader.readLiteral("true"); value = .bool(true)
            case UInt8(ascii: "f"): try reader.readLiteral("false"); value = .bool(false)
            case UInt8(ascii: "["): value = try propertyValue(readAnyValue(&reader, depth: 4))
            default: throw Bail()
            }
            if key == "date" || key.hasSuffix("_date") {
                guard case .string(let text) = value, CaseDate(text) != nil else { throw Bail() }
            }
            result.append(Property(key: key, value: value, origin: file))
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

    /// `sources` of a record: a list of `{ "document": ID, "quote": TEXT }`.
    mutating func decodeSources() throws -> [SourceCitation] {
        guard try openArray() else { return [] }
        var citations = [SourceCitation]()
        repeat {
            var offset = 0
            guard try openObject(&offset) else { throw Bail() }
            var known: UInt32 = 0
            var others = [String]()
            var document: String?, quote: String?
            repeat {
                switch try readKey(CitationKey.self) {
                case .known(.document): try Self.see(1, &known); document = try readRequiredString()
                case .known(.quote): try Self.see(2, &known); quote = try readRequiredString()
                case .other(let key): try skipValue(key: key, others: &others, depth: 5)
                }
            } while try nextMember()
            guard let document, let quote else { throw Bail() }
            citations.append(SourceCitation(document: document, quote: quote))
        } while try nextElement()
        return citations
    }
}
