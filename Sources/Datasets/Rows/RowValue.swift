internal import Foundation

/// One value of a dataset row, whichever file format it came from (Parquet, JSON Lines, a card's YAML).
enum RowValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([RowValue])
    case object([String: RowValue])

    /// The string, if this is one.
    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements, if this is a list.
    var list: [RowValue]? {
        if case .list(let value) = self { return value }
        return nil
    }

    /// The members, if this is an object.
    var object: [String: RowValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The member called `key` of an object, or `nil`.
    subscript(key: String) -> RowValue? {
        object?[key]
    }

    /// Converts a `JSONSerialization` or Yams result.
    init(any value: Any?) {
        switch value {
        case nil, is NSNull: self = .null
        case let value as String: self = .string(value)
        case let value? where type(of: value) == Bool.self: self = .bool(value as? Bool ?? false)
        case let value as Int: self = .number(Double(value))
        case let value as Double: self = .number(value)
        case let value as NSNumber: self = .number(value.doubleValue)
        case let value as [Any]: self = .list(value.map { RowValue(any: $0) })
        case let value as [String: Any]: self = .object(value.mapValues { RowValue(any: $0) })
        case let value as [AnyHashable: Any]:
            var members: [String: RowValue] = [:]
            for (key, member) in value { members["\(key)"] = RowValue(any: member) }
            self = .object(members)
        case let value?: self = .string("\(value)")
        }
    }

    /// Parses one JSON document.
    init(json data: Data) throws {
        self.init(any: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    /// The value as a Foundation object for `JSONSerialization`.
    var foundationObject: Any {
        switch self {
        case .null: return NSNull()
        case .bool(let value): return value
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 { return Int(value) }
            return value
        case .string(let value): return value
        case .list(let values): return values.map(\.foundationObject)
        case .object(let members): return members.mapValues(\.foundationObject)
        }
    }

    /// Compact JSON with sorted keys, so equal values always print the same.
    var jsonText: String {
        let object = foundationObject
        guard JSONSerialization.isValidJSONObject(object) || !(object is NSNull),
            let data = try? JSONSerialization.data(
                withJSONObject: object,
                options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]
            )
        else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
