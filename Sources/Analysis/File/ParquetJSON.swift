import Foundation
import Parquet

/// Converts Parquet values to JSON text, for conversation fields carried through exports.
enum ParquetJSON {
    /// The JSON text of `value`.
    ///
    /// A string member that itself holds JSON (`tool_calls` stored as text) is
    /// passed through as that JSON.
    static func text(_ value: ParquetValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int32(let i): return String(i)
        case .int64(let i): return String(i)
        case .float(let f): return f.isFinite ? "\(f)" : "null"
        case .double(let d): return d.isFinite ? "\(d)" : "null"
        case .string(let s):
            if let first = s.first, first == "[" || first == "{",
                (try? JSONSerialization.jsonObject(with: Data(s.utf8))) != nil
            {
                return s
            }
            return JSONText.string(s)
        case .binary(let bytes): return JSONText.string(String(decoding: bytes, as: UTF8.self))
        case .date(let days): return String(days)
        case .timestamp(let t, _): return String(t)
        case .decimal(let d): return d
        case .list(let elements): return JSONText.array(elements.map(text))
        case .object(let members): return JSONText.object(members.map { ($0.name, text($0.value)) })
        }
    }

    /// Turns parsed from JSON text holding an array of `{role, content, …}` objects.
    static func turns(fromJSON text: String) -> [ChatTurn]? {
        guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
            return nil
        }
        return array.map { object in
            var fields: [String: String] = [:]
            for (key, value) in object where key != "role" && key != "content" && !(value is NSNull) {
                if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) {
                    fields[key] = String(decoding: data, as: UTF8.self)
                }
            }
            return ChatTurn(
                role: object["role"] as? String ?? "",
                content: object["content"] as? String,
                fields: fields
            )
        }
    }
}
