extension ParquetValue {
    /// The value as compact JSON: lists as arrays, structs as objects in schema order, binary as base64,
    /// dates and timestamps as ISO 8601 strings, decimals as numbers, non-finite floats as `null`.
    public var jsonText: String {
        var output = ""
        appendJSON(to: &output)
        return output
    }

    /// Appends the JSON text of the value to `output`.
    public func appendJSON(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int32(let number): output += String(number)
        case .int64(let number): output += String(number)
        case .float(let number): output += number.isFinite ? "\(number)" : "null"
        case .double(let number): output += number.isFinite ? "\(number)" : "null"
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .binary(let bytes): Self.appendQuoted(Self.base64(bytes), to: &output)
        case .date(let days): Self.appendQuoted(Self.civilDate(Int64(days)), to: &output)
        case .timestamp(let value, let unit): Self.appendQuoted(Self.isoTimestamp(value, unit), to: &output)
        case .decimal(let text): output += text
        case .list(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.appendJSON(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                Self.appendQuoted(member.name, to: &output)
                output += ":"
                member.value.appendJSON(to: &output)
            }
            output += "}"
        }
    }

    /// Appends `text` as a JSON string literal.
    static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        var plainStart = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                output += escape
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        output += "\""
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value = 0
            for byte in chunk { value = value << 8 | Int(byte) }
            value <<= 8 * (3 - chunk.count)
            for position in 0..<4 {
                if position <= chunk.count {
                    result.append(alphabet[(value >> (18 - 6 * position)) & 63])
                } else {
                    result.append(UInt8(ascii: "="))
                }
            }
            index += 3
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `YYYY-MM-DD` for days since 1970-01-01 (proleptic Gregorian).
    static func civilDate(_ days: Int64) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value.magnitude)
            return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// ISO 8601 with a fraction in the unit's precision, such as `2024-01-02T03:04:05.678901`.
    static func isoTimestamp(_ value: Int64, _ unit: ParquetTimeUnit) -> String {
        let perSecond: Int64 =
            switch unit {
            case .millis: 1000
            case .micros: 1_000_000
            case .nanos: 1_000_000_000
            }
        var seconds = value / perSecond
        var fraction = value % perSecond
        if fraction < 0 {
            fraction += perSecond
            seconds -= 1
        }
        var days = seconds / 86400
        var secondOfDay = seconds % 86400
        if secondOfDay < 0 {
            secondOfDay += 86400
            days -= 1
        }
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let time = "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        var text = civilDate(days) + "T" + time
        if fraction != 0 {
            let digits = String(perSecond).count - 1
            let raw = String(fraction)
            text += "." + String(repeating: "0", count: digits - raw.count) + raw
        }
        return text
    }
}
