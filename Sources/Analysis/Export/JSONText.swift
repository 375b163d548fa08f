/// Minimal JSON text writing for exports (keys in a fixed order, raw JSON passed through).
enum JSONText {
    /// `value` as a JSON string literal.
    static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An object from members whose values are already JSON text, in the given order.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// An array of values that are already JSON text.
    static func array(_ elements: [String]) -> String {
        "[" + elements.joined(separator: ",") + "]"
    }

    /// A chat turn: `role`, `content`, then its other fields sorted by name.
    static func turn(_ turn: ChatTurn) -> String {
        var members: [(String, String)] = [("role", string(turn.role))]
        members.append(("content", turn.content.map(string) ?? "null"))
        for key in turn.fields.keys.sorted() {
            if let value = turn.fields[key] {
                members.append((key, value))
            }
        }
        return object(members)
    }
}
