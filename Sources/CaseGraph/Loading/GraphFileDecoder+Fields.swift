/// Reading typed fields out of JSON objects, reporting each wrong or missing one.
extension GraphFileDecoder {
    mutating func requiredString(_ object: JSONObject, _ key: String, path: @autoclosure () -> String) -> String? {
        guard let member = object.members.first(where: { $0.key == key }) else {
            report(at: object.offset, path: path() + key, "missing required field \(quoted(key))")
            return nil
        }
        guard case .string(let text) = member.value else {
            report(at: member.keyOffset, path: path() + key, "expected a string, found \(member.value.typeName)")
            return nil
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            report(at: member.keyOffset, path: path() + key, "\(quoted(key)) must not be empty")
            return nil
        }
        return text
    }

    mutating func optionalString(_ object: JSONObject, _ key: String, path: @autoclosure () -> String) -> String? {
        guard let member = object.members.first(where: { $0.key == key }) else { return nil }
        switch member.value {
        case .null: return nil
        case .string(let text): return text
        default:
            report(at: member.keyOffset, path: path() + key, "expected a string or null, found \(member.value.typeName)")
            return nil
        }
    }

    mutating func array(_ object: JSONObject, _ key: String, path: @autoclosure () -> String, required: Bool) -> JSONArray? {
        guard let member = object.members.first(where: { $0.key == key }) else {
            if required { report(at: object.offset, path: path() + key, "missing required field \(quoted(key))") }
            return nil
        }
        guard case .array(let array) = member.value else {
            report(at: member.keyOffset, path: path() + key, "expected an array, found \(member.value.typeName)")
            return nil
        }
        return array
    }

    mutating func stringArray(_ object: JSONObject, _ key: String, path: @autoclosure () -> String) -> [String] {
        guard let array = array(object, key, path: path(), required: false) else { return [] }
        var strings = [String]()
        for (position, element) in array.elements.enumerated() {
            guard case .string(let text) = element else {
                report(at: array.offset, path: path() + "\(key)[\(position)]", "expected a string, found \(element.typeName)")
                continue
            }
            if !text.allSatisfy(\.isWhitespace) { strings.append(text) }
        }
        return strings
    }

    /// Reads `properties`: strings, numbers, booleans and arrays of those. Dates (the key
    /// `date` or a key ending in `_date`) must be ISO 8601 at some precision.
    mutating func decodeProperties(_ object: JSONObject, path: @autoclosure () -> String) -> [Property] {
        guard let member = object.members.first(where: { $0.key == "properties" }) else { return [] }
        guard case .object(let properties) = member.value else {
            report(at: member.keyOffset, path: path() + ".properties", "expected an object, found \(member.value.typeName)")
            return []
        }
        checkDuplicateKeys(properties, path: path() + ".properties.")
        var result = [Property]()
        for entry in properties.members {
            func entryPath() -> String { path() + ".properties." + entry.key }
            guard let value = propertyValue(entry.value, at: entry.keyOffset, path: entryPath()) else { continue }
            if entry.key == "date" || entry.key.hasSuffix("_date") {
                guard case .string(let text) = value, CaseDate(text) != nil else {
                    report(at: entry.keyOffset, path: entryPath(), Self.badDate(value.displayText))
                    continue
                }
            }
            result.append(Property(key: entry.key, value: value, origin: file))
        }
        return result
    }

    private mutating func propertyValue(_ value: JSONValue, at offset: Int, path: @autoclosure () -> String) -> PropertyValue? {
        switch value {
        case .string(let text): return .string(text)
        case .number(let literal): return .number(literal)
        case .bool(let flag): return .bool(flag)
        case .array(let array):
            var elements = [PropertyValue]()
            for (position, element) in array.elements.enumerated() {
                if let converted = propertyValue(element, at: array.offset, path: path() + "[\(position)]") {
                    elements.append(converted)
                }
            }
            return .array(elements)
        case .null, .object:
            report(at: offset, path: path(), "a property must be a string, number, boolean or array, found \(value.typeName)")
            return nil
        }
    }

    /// Reads `sources`: a list of `{ "document": ID, "quote": TEXT }`.
    mutating func decodeSources(_ object: JSONObject, path: @autoclosure () -> String) -> [SourceCitation] {
        guard let list = array(object, "sources", path: path() + ".", required: false) else { return [] }
        var citations = [SourceCitation]()
        for (position, element) in list.elements.enumerated() {
            func elementPath() -> String { path() + ".sources[\(position)]" }
            guard case .object(let citation) = element else {
                report(at: list.offset, path: elementPath(), "expected {\"document\": ..., \"quote\": ...}, found \(element.typeName)")
                continue
            }
            checkDuplicateKeys(citation, path: elementPath() + ".")
            let document = requiredString(citation, "document", path: elementPath() + ".")
            let quote = requiredString(citation, "quote", path: elementPath() + ".")
            if let document, let quote {
                citations.append(SourceCitation(document: document, quote: quote))
            }
        }
        return citations
    }

    /// Reports every key that occurs twice in one object: JSON leaves it undefined which wins.
    mutating func checkDuplicateKeys(_ object: JSONObject, path: @autoclosure () -> String) {
        let members = object.members
        if members.count <= 16 {
            // Small objects (every record): pairwise, without hashing.
            for index in members.indices where members[..<index].contains(where: { $0.key == members[index].key }) {
                report(at: members[index].keyOffset, path: path() + members[index].key,
                       "duplicate key \(quoted(members[index].key)) in one object")
            }
            return
        }
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted {
            report(at: member.keyOffset, path: path() + member.key, "duplicate key \(quoted(member.key)) in one object")
        }
    }
}
