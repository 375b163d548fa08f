/// Finds `\boxed{…}`, `\fbox{…}` and `\boxed 5` in text, with balanced braces.
enum MathBox {
    /// The content of the last box in `text`, or nil when there is none (or it is empty).
    static func lastBox(in text: String) -> String? {
        let bytes = Array(text.utf8)
        return lastBox(in: bytes, range: 0..<bytes.count)
    }

    /// The content of the last box within `range` of `bytes`.
    static func lastBox(in bytes: [UInt8], range: Range<Int>) -> String? {
        var end = range.upperBound
        while let start = lastCommand(in: bytes, lowerBound: range.lowerBound, upperBound: end) {
            if let content = content(in: bytes, after: start.contentStart, limit: range.upperBound) {
                let trimmed = content.trimmingASCIIWhitespace
                if !trimmed.isEmpty { return trimmed }
            }
            end = start.commandStart
        }
        return nil
    }

    private static let names: [[UInt8]] = [Array("\\boxed".utf8), Array("\\fbox".utf8)]

    private static func lastCommand(
        in bytes: [UInt8],
        lowerBound: Int,
        upperBound: Int
    ) -> (commandStart: Int, contentStart: Int)? {
        var i = upperBound - 1
        while i >= lowerBound {
            if bytes[i] == UInt8(ascii: "\\") {
                for name in names where i + name.count <= upperBound {
                    if bytes[i..<(i + name.count)].elementsEqual(name) {
                        let after = i + name.count
                        // \boxedsomething is another command.
                        if after < bytes.count, isLetter(bytes[after]) { continue }
                        return (i, after)
                    }
                }
            }
            i -= 1
        }
        return nil
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }

    /// Reads `{…}` with balanced braces, or `\boxed 5` up to white space or `$`.
    private static func content(in bytes: [UInt8], after start: Int, limit: Int) -> String? {
        var i = start
        while i < limit, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < limit else { return nil }
        if bytes[i] == UInt8(ascii: "{") {
            var depth = 0
            var j = i
            while j < limit {
                let b = bytes[j]
                if b == UInt8(ascii: "\\"), j + 1 < limit {
                    j += 2
                    continue
                }
                if b == UInt8(ascii: "{") { depth += 1 }
                if b == UInt8(ascii: "}") {
                    depth -= 1
                    if depth == 0 { return String(decoding: bytes[(i + 1)..<j], as: UTF8.self) }
                }
                j += 1
            }
            // Unbalanced: no box.
            return nil
        }
        var j = i
        while j < limit, bytes[j] != UInt8(ascii: " "), bytes[j] != UInt8(ascii: "$"), bytes[j] != UInt8(ascii: "\n"),
            j - i < 100
        {
            j += 1
        }
        return j > i ? String(decoding: bytes[i..<j], as: UTF8.self) : nil
    }
}

extension String {
    var trimmingASCIIWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
