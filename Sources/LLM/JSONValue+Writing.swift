extension JSONValue {
    /// The value as compact JSON bytes with sorted keys, byte for byte what `JSONEncoder` writes with
    /// `[.sortedKeys, .withoutEscapingSlashes]`.
    public func jsonBytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(into: &output)
        return output
    }

    func write(into output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): Self.writeNumber(value, into: &output)
        case .string(let value): Self.writeString(value, into: &output)
        case .array(let values):
            output.append(UInt8(ascii: "["))
            for (index, element) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            // Sorted pairs, not sorted keys: looking each key up again would hash it a second time.
            Self.writeSortedMembers(members.sorted(by: { $0.key < $1.key }), into: &output)
        }
    }

    /// The JSON bytes of an object given as members with distinct keys, byte for byte as `.object` of them
    /// writes (for a request body built without hashing its keys into a dictionary).
    static func objectBytes(_ members: [(key: String, value: JSONValue)]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        writeSortedMembers(members.sorted(by: { $0.key < $1.key }), into: &output)
        return output
    }

    private static func writeSortedMembers(_ members: [(key: String, value: JSONValue)], into output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            writeString(member.key, into: &output)
            output.append(UInt8(ascii: ":"))
            member.value.write(into: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    /// Writes a number as `JSONEncoder` does (its `description` without a trailing `.0`), so that text written
    /// here and by `JSONEncoder` hashes alike (cache and cassette keys were made with `JSONEncoder`).
    static func writeNumber(_ value: Double, into output: inout [UInt8]) {
        if !value.isFinite {
            output.append(contentsOf: "null".utf8)
        } else if value == value.rounded(), abs(value) < 9_007_199_254_740_992, value != 0 || value.sign == .plus {
            output.append(contentsOf: String(Int64(value)).utf8)
        } else {
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            output.append(contentsOf: text.utf8)
        }
    }

    static func writeString(_ value: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = value
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var runStart = 0
            var index = 0
            while true {
                index = nextEscape(in: bytes, from: index)
                guard index < bytes.count else { break }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscaped(bytes[index], into: &output)
                index += 1
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The index of the first byte at or after `start` that needs an escape (a control byte, a quote or a
    /// backslash), else `bytes.count`; eight bytes at a time, with the zero-byte test of
    /// `JSONScanner`'s string scan (`(x - 0x01…01) & ~x & 0x80…80`, exact up to the first mark) applied to
    /// the word XOR quotes, the word XOR backslashes, and the word itself for bytes below 0x20.
    @inline(__always)
    private static func nextEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = ByteWord.load(base, at: index)
                let controls = (word &- ByteWord.ones &* 0x20) & ~word
                let marks =
                    (ByteWord.equal(word, UInt8(ascii: "\"")) | ByteWord.equal(word, UInt8(ascii: "\\")) | controls)
                    & ByteWord.highs
                if marks != 0 { return index + ByteWord.firstMark(marks) }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
            index += 1
        }
        return index
    }

    private static func appendEscaped(_ byte: UInt8, into output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: [92, 34])
        case UInt8(ascii: "\\"): output.append(contentsOf: [92, 92])
        case 0x0A: output.append(contentsOf: [92, UInt8(ascii: "n")])
        case 0x0D: output.append(contentsOf: [92, UInt8(ascii: "r")])
        case 0x09: output.append(contentsOf: [92, UInt8(ascii: "t")])
        case 0x08: output.append(contentsOf: [92, UInt8(ascii: "b")])
        case 0x0C: output.append(contentsOf: [92, UInt8(ascii: "f")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            output.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}
