extension LeafData {
    /// The value at `index` among the stored (non-null) values, converted by the column's type.
    func value(at index: Int) -> ParquetValue {
        let values = self.values
        switch column.physical {
        case .boolean: return .bool(values.booleans[index])
        case .float: return .float(values.floats[index])
        case .double: return .double(values.doubles[index])
        case .int32:
            let raw = values.int32s[index]
            switch column.type {
            case .date: return .date(raw)
            case .integer(let width, let signed) where !signed && width >= 32:
                return .int64(Int64(UInt32(bitPattern: raw)))
            case .integer(let width, let signed) where !signed:
                return .int32(Int32(UInt32(bitPattern: raw) & (width == 8 ? 0xff : 0xffff)))
            case .time: return .int64(Int64(raw))
            case .decimal(_, let scale): return .decimal(Decimal.format(Int64(raw), scale: scale))
            default: return .int32(raw)
            }
        case .int64:
            let raw = values.int64s[index]
            switch column.type {
            case .timestamp(let unit, _): return .timestamp(raw, unit)
            case .decimal(_, let scale): return .decimal(Decimal.format(raw, scale: scale))
            default: return .int64(raw)
            }
        case .int96:
            let range = values.byteRange(index)
            var nanos: UInt64 = 0
            for byte in 0..<8 { nanos |= UInt64(values.bytes[range.lowerBound + byte]) << UInt64(8 * byte) }
            var day: UInt32 = 0
            for byte in 0..<4 { day |= UInt32(values.bytes[range.lowerBound + 8 + byte]) << UInt32(8 * byte) }
            let days = Int64(Int32(bitPattern: day)) - 2_440_588
            return .timestamp(days &* 86_400_000_000_000 &+ Int64(bitPattern: nanos), .nanos)
        case .byteArray, .fixedLenByteArray:
            let slice = values.bytes[values.byteRange(index)]
            switch column.type {
            case .string: return .string(String(decoding: slice, as: UTF8.self))
            case .decimal(_, let scale): return .decimal(Decimal.format(bigEndian: Array(slice), scale: scale))
            default: return .binary(Array(slice))
            }
        }
    }
}

/// Formats unscaled decimal integers.
enum Decimal {
    static func format(_ unscaled: Int64, scale: Int) -> String {
        let negative = unscaled < 0
        let digits = String(unscaled.magnitude)
        return place(digits, negative: negative, scale: scale)
    }

    /// Formats a big-endian two's-complement integer of any width.
    static func format(bigEndian bytes: [UInt8], scale: Int) -> String {
        guard !bytes.isEmpty else { return "0" }
        let negative = bytes[0] & 0x80 != 0
        var magnitude = bytes
        if negative {
            // Two's complement: invert and add one.
            for index in magnitude.indices { magnitude[index] = ~magnitude[index] }
            var index = magnitude.count - 1
            while index >= 0 {
                let (sum, overflow) = magnitude[index].addingReportingOverflow(1)
                magnitude[index] = sum
                if !overflow { break }
                index -= 1
            }
        }
        var digits: [UInt8] = []
        var number = magnitude
        while number.contains(where: { $0 != 0 }) {
            var remainder = 0
            for index in number.indices {
                let current = remainder * 256 + Int(number[index])
                number[index] = UInt8(current / 10)
                remainder = current % 10
            }
            digits.append(UInt8(remainder) + 48)
        }
        if digits.isEmpty { digits = [48] }
        return place(String(decoding: digits.reversed(), as: UTF8.self), negative: negative, scale: scale)
    }

    private static func place(_ digits: String, negative: Bool, scale: Int) -> String {
        var text = digits
        if scale > 0 {
            if text.count <= scale { text = String(repeating: "0", count: scale - text.count + 1) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
        } else if scale < 0 {
            text += String(repeating: "0", count: -scale)
        }
        return negative ? "-" + text : text
    }
}
