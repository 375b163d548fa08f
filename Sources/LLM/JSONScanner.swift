import Foundation

/// A pull parser over JSON bytes: the caller walks objects and arrays and reads the members it wants.
///
/// Used for the wire types read once per streamed chunk, where `JSONDecoder`'s generic machinery
/// cost more than the rest of a request. Strict about structure (a truncated or malformed document
/// throws), lenient only where `JSONDecoder` would also accept the text.
struct JSONScanner {
    /// Why the bytes are not the JSON that was expected, and at which byte offset.
    struct Failure: Error, Equatable {
        var message: String
        var offset: Int
    }

    /// A member name (or a string value read in place): compared with `case "name":` without making a
    /// `String` of it.
    struct Key {
        fileprivate let raw: UnsafeBufferPointer<UInt8>
        fileprivate let unescaped: String?

        @inline(__always)
        static func ~= (pattern: StaticString, key: Key) -> Bool {
            if let unescaped = key.unescaped { return unescaped == pattern.description }
            guard pattern.utf8CodeUnitCount == key.raw.count else { return false }
            return pattern.withUTF8Buffer { expected in
                for index in 0..<expected.count where expected[index] != key.raw[index] { return false }
                return true
            }
        }

        /// Whether the name is `text`.
        static func == (key: Key, text: String) -> Bool {
            if let unescaped = key.unescaped { return unescaped == text }
            let utf8 = text.utf8
            guard utf8.count == key.raw.count else { return false }
            let equal = utf8.withContiguousStorageIfAvailable { stored in
                for index in 0..<stored.count where stored[index] != key.raw[index] { return false }
                return true
            }
            return equal ?? utf8.elementsEqual(key.raw)
        }

        /// The name as text.
        var text: String { unescaped ?? String(decoding: raw, as: UTF8.self) }
    }

    // Valid only inside `parse`, which lends the bytes for the scanner's lifetime.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses a whole document with `read`, then checks that only whitespace follows.
    static func parse<Value>(
        _ bytes: [UInt8],
        _ read: (inout JSONScanner) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        try bytes.withUnsafeBufferPointer { buffer throws(Failure) in try parse(buffer, read) }
    }

    /// Parses a whole document in `buffer` with `read`, then checks that only whitespace follows.
    @inline(__always)
    static func parse<Value>(
        _ buffer: UnsafeBufferPointer<UInt8>,
        _ read: (inout JSONScanner) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        var scanner = JSONScanner(buffer)
        let value = try read(&scanner)
        scanner.skipWhitespace()
        guard scanner.position == buffer.count else {
            throw scanner.failure("unexpected text after the value")
        }
        return value
    }

    // MARK: Structure

    /// Calls `member` for each member of an object; `member` must read or skip the value.
    mutating func readObject(
        _ member: (inout JSONScanner, Key) throws(Failure) -> Void
    ) throws(Failure) {
        skipWhitespace()
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a member name") }
            let key = try readKey()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            skipWhitespace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return
            default: throw failure("expected ',' or '}' in an object")
            }
        }
    }

    /// Reads an object into `value`: `member` sets what it knows of each member and skips the rest.
    mutating func readObject<Value>(
        into value: Value,
        _ member: (inout Value, inout JSONScanner, Key) throws(Failure) -> Void
    ) throws(Failure) -> Value {
        var value = value
        try readObject { scanner, key throws(Failure) in try member(&value, &scanner, key) }
        return value
    }

    /// Calls `element` for each element of an array; `element` must read or skip the value.
    mutating func readArray(_ element: (inout JSONScanner) throws(Failure) -> Void) throws(Failure) {
        skipWhitespace()
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            try element(&self)
            skipWhitespace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return
            default: throw failure("expected ',' or ']' in an array")
            }
        }
    }

    /// The elements of an array, each read by `element`.
    mutating func readArray<Element>(
        of element: (inout JSONScanner) throws(Failure) -> Element
    ) throws(Failure) -> [Element] {
        var elements: [Element] = []
        try readArray { scanner throws(Failure) in elements.append(try element(&scanner)) }
        return elements
    }

    // MARK: Scalars

    /// A string, or `nil` for `null`.
    mutating func readString() throws(Failure) -> String? {
        skipWhitespace()
        if try consumeNull() { return nil }
        guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string") }
        return try readStringBody()
    }

    /// A string, or `nil` for `null`; `known` when it has the same text, so that a value read on every
    /// stream chunk (a model name) allocates nothing when it repeats.
    mutating func readString(reusing known: String?) throws(Failure) -> String? {
        try readString(as: { key in
            guard let known, key == known else { return key.text }
            return known
        })
    }

    /// A string as `match` reads it, or `nil` for `null`: `match` sees the raw bytes (unless the string has
    /// escapes), so that a string naming one of a few cases (an event type) is read without allocating.
    mutating func readString<Value>(as match: (Key) -> Value) throws(Failure) -> Value? {
        skipWhitespace()
        if try consumeNull() { return nil }
        guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string") }
        return match(try readKey())
    }

    /// An integer (a number with an integral value), or `nil` for `null`.
    mutating func readInt() throws(Failure) -> Int? {
        skipWhitespace()
        if try consumeNull() { return nil }
        let start = position
        let value = try readNumber()
        guard let integer = Int(exactly: value) else {
            position = start
            throw failure("expected an integer")
        }
        return integer
    }

    /// A number, or `nil` for `null`.
    mutating func readDouble() throws(Failure) -> Double? {
        skipWhitespace()
        if try consumeNull() { return nil }
        return try readNumber()
    }

    /// A Boolean, or `nil` for `null`.
    mutating func readBool() throws(Failure) -> Bool? {
        skipWhitespace()
        if try consumeNull() { return nil }
        if try consume("true") { return true }
        if try consume("false") { return false }
        throw failure("expected true or false")
    }

    /// `nil` for `null`, else the value `read` reads.
    mutating func readOptional<Value>(
        _ read: (inout JSONScanner) throws(Failure) -> Value
    ) throws(Failure) -> Value? {
        skipWhitespace()
        if try consumeNull() { return nil }
        return try read(&self)
    }

    /// Any value, as a ``JSONValue``.
    mutating func readValue() throws(Failure) -> JSONValue {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "{"):
            var members: [String: JSONValue] = [:]
            try readObject { scanner, key throws(Failure) in members[key.text] = try scanner.readValue() }
            return .object(members)
        case UInt8(ascii: "["):
            return .array(try readArray(of: { scanner throws(Failure) in try scanner.readValue() }))
        case UInt8(ascii: "\""):
            return .string(try readStringBody())
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return .bool(try readBool() ?? false)
        case UInt8(ascii: "n"):
            _ = try consumeNull()
            return .null
        default:
            return .number(try readNumber())
        }
    }

    /// Skips any value.
    mutating func skipValue() throws(Failure) {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "{"):
            try readObject { scanner, _ throws(Failure) in try scanner.skipValue() }
        case UInt8(ascii: "["):
            try readArray { scanner throws(Failure) in try scanner.skipValue() }
        case UInt8(ascii: "\""):
            try skipStringBody()
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try readBool()
        case UInt8(ascii: "n"):
            _ = try consumeNull()
        default:
            _ = try readNumber()
        }
    }

    // MARK: Lexing

    @inline(__always)
    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    @inline(__always)
    private mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    @inline(__always)
    mutating func skipWhitespace() {
        // Wire JSON is compact: the first byte is almost never whitespace.
        while position < bytes.count, bytes[position] <= 0x20 {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func failure(_ message: String) -> Failure {
        Failure(message: position < bytes.count ? message : message + " (the text ends early)", offset: position)
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard position < bytes.count, bytes[position] == byte else { throw missing(byte) }
        position += 1
    }

    @inline(never)
    private mutating func missing(_ byte: UInt8) -> Failure {
        if position >= bytes.count { position = max(0, position - 1) }
        return failure("expected '\(Character(Unicode.Scalar(byte)))'")
    }

    @inline(__always)
    private mutating func consumeNull() throws(Failure) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        guard try consume("null") else { throw failure("expected null") }
        return true
    }

    /// Whether the next bytes are exactly `literal` (no whitespace skipped); consumes them when they are.
    mutating func consume(_ literal: StaticString) throws(Failure) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return true }
        // `memcmp`: the Anthropic text-delta fast path matches some 70 bytes of member names per event.
        let matches = literal.withUTF8Buffer { expected in
            guard let literalBase = expected.baseAddress else { return false }
            return memcmp(base + position, literalBase, count) == 0
        }
        if matches { position += count }
        return matches
    }

    private mutating func readNumber() throws(Failure) -> Double {
        let start = position
        var isIntegral = true
        if peek() == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
        guard position > digitsStart else { throw failure("expected a value") }
        if peek() == UInt8(ascii: ".") {
            isIntegral = false
            position += 1
            let fractionStart = position
            while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
            guard position > fractionStart else { throw failure("expected digits after '.'") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isIntegral = false
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            let exponentStart = position
            while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
            guard position > exponentStart else { throw failure("expected digits in an exponent") }
        }
        if isIntegral, position - start <= 18 {
            var value = 0
            for index in digitsStart..<position { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
            return Double(bytes[start] == UInt8(ascii: "-") ? -value : value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text) else {
            position = start
            throw failure("expected a number")
        }
        return value
    }

    /// Reads a member name whose opening quote is at `position`: in place unless it has escapes.
    private mutating func readKey() throws(Failure) -> Key {
        let start = position + 1
        let end = Self.plainRunEnd(bytes, from: start)
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            position = end + 1
            return Key(raw: UnsafeBufferPointer(rebasing: bytes[start..<end]), unescaped: nil)
        }
        let text = try readStringBody()
        return Key(raw: UnsafeBufferPointer(start: nil, count: 0), unescaped: text)
    }

    /// Reads a string whose opening quote is at `position`.
    private mutating func readStringBody() throws(Failure) -> String {
        let start = position + 1
        position = Self.plainRunEnd(bytes, from: start)
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            defer { position += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }
        // Escapes: copy what came before, then unescape the rest.
        var output = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: output, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try readEscape(into: &output)
            default:
                output.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    private mutating func skipStringBody() throws(Failure) {
        var index = position + 1
        while true {
            index = Self.plainRunEnd(bytes, from: index)
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: "\"") {
                position = index + 1
                return
            }
            index += 2
        }
        position = bytes.count
        throw failure("unterminated string")
    }

    /// The index of the first quote or backslash at or after `start`, else `bytes.count`.
    ///
    /// Eight bytes at a time: a word holds a quote (or backslash) where the word XOR eight quotes has a zero
    /// byte, and `(x - 0x01…01) & ~x & 0x80…80` marks zero bytes (exactly up to the first one, which is all
    /// that is read of it).
    @inline(__always)
    private static func plainRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            while end + 8 <= count {
                let word = ByteWord.load(base, at: end)
                let marks =
                    (ByteWord.equal(word, UInt8(ascii: "\"")) | ByteWord.equal(word, UInt8(ascii: "\\")))
                    & ByteWord.highs
                if marks != 0 { return end + ByteWord.firstMark(marks) }
                end += 8
            }
        }
        while end < count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
            end += 1
        }
        return end
    }

    private mutating func readEscape(into output: inout [UInt8]) throws(Failure) {
        guard let escaped = next() else { throw failure("unterminated string") }
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escaped)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by `\u` and a low one.
                guard try consume("\\u") else { throw failure("unpaired surrogate in a \\u escape") }
                let low = try readHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate in a \\u escape") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw failure("unpaired surrogate in a \\u escape")
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
            output.append(contentsOf: String(Character(unicode)).utf8)
        default:
            position -= 1
            throw failure("invalid escape in a string")
        }
    }

    private mutating func readHex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid hex digit in a \\u escape")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }
}
