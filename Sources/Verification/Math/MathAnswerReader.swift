import Foundation

/// Turns an answer's text (a box's content, the span after "the answer is") into a ``MathNode``.
///
/// Handles what the math parser does not: multiple-choice letters, word answers and number words.
enum MathAnswerReader {
    /// Word answers that are compared as words, with their synonyms mapped to one spelling.
    private static let synonyms: [String: String] = [
        "dne": "dne", "does not exist": "dne", "doesn't exist": "dne", "doesnt exist": "dne", "no limit": "dne",
        "undefined": "undefined", "yes": "yes", "no": "no", "true": "true", "false": "false", "even": "even",
        "odd": "odd", "none": "none", "no solution": "empty", "no solutions": "empty", "no real solutions": "empty",
        "no real solution": "empty", "empty set": "empty", "the empty set": "empty", "empty": "empty",
        "all real numbers": "all real numbers", "all reals": "all real numbers",
        "infinitely many": "infinitely many", "infinite": "infinitely many", "impossible": "impossible",
    ]

    /// Words that, said on their own, are a complete word answer.
    static var wordAnswers: Set<String> { Set(synonyms.values) }

    /// Reads `text`; nil when nothing in it is an answer.
    static func read(_ text: String) -> MathNode? {
        let trimmed = clean(text)
        guard !trimmed.isEmpty else { return nil }
        if let choice = choice(trimmed) { return choice }
        if let words = words(trimmed) { return words }
        if let node = MathParser.parse(trimmed, allowTrailingWords: true) { return node }
        return nil
    }

    /// Strips delimiters, markdown and trailing punctuation.
    static func clean(_ text: String) -> String {
        var s = Substring(text)
        func trim() {
            while let f = s.first, f.isWhitespace || f == "*" || f == "\"" || f == "`" || f == ":" { s.removeFirst() }
            while let l = s.last,
                l.isWhitespace || l == "*" || l == "." || l == "\"" || l == "`"
                    || l == "?" || l == ";" || l == ","
            {
                s.removeLast()
            }
        }
        trim()
        for (open, close) in [("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]")]
        where s.hasPrefix(open) && s.hasSuffix(close) && s.count >= open.count + close.count {
            s = s.dropFirst(open.count).dropLast(close.count)
            trim()
        }
        return String(s)
    }

    private static func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }

    private static let choiceWrappers: [(String, String)] = [
        ("\\textbf{", ""), ("\\text{", ""), ("\\mathrm{", ""), ("\\mathbf{", ""), ("\\textrm{", ""), ("}", " "),
        ("{", " "),
    ]

    private static let wordWrappers: [(String, String)] = [
        ("\\textbf{", " "), ("\\text{", " "), ("\\mathrm{", " "), ("\\textit{", " "), ("\\mbox{", " "), ("}", " "),
        ("\u{2019}", "'"),
    ]

    /// Replaces every occurrence of each pattern, the first listed pattern winning at a position, in one pass
    /// over the UTF-8 bytes.
    static func substituting(_ text: String, _ replacements: [(String, String)]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var rest = Substring(text).utf8[...]
        outer: while let first = rest.first {
            for (pattern, replacement) in replacements where pattern.utf8.first == first {
                if rest.starts(with: pattern.utf8) {
                    bytes.append(contentsOf: replacement.utf8)
                    rest = rest.dropFirst(pattern.utf8.count)
                    continue outer
                }
            }
            bytes.append(first)
            rest = rest.dropFirst()
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `B`, `(B)`, `\text{(B)}`, `\textbf{(D) }12`, `option C`, `(E) 7`.
    static func choice(_ text: String) -> MathNode? {
        // A letter from A to J is needed; most prose and math has none.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "J") }) else { return nil }
        let s = substituting(text, choiceWrappers)
        var rest = Substring(s.trimmingCharacters(in: .whitespaces))
        for prefix in ["option ", "Option ", "choice ", "Choice ", "answer ", "Answer "] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
        }
        rest = Substring(rest.trimmingCharacters(in: .whitespaces))
        var letter: Character?
        if rest.count >= 3, rest.first == "(", let l = rest.dropFirst().first, l.isUppercase, isLetter(l),
            rest.dropFirst(2).first == ")"
        {
            letter = l
            rest = rest.dropFirst(3)
        } else if let l = rest.first, l.isUppercase, isLetter(l), l <= "J" {
            let after = rest.dropFirst()
            if after.isEmpty || after.first == ")" || after.first == "." || after.first == ":" {
                letter = l
                rest = after.isEmpty ? after : after.dropFirst()
            }
        }
        guard let letter, letter <= "J" else { return nil }
        let remainder = rest.trimmingCharacters(in: .whitespaces)
        if remainder.isEmpty { return .choice(letter, nil) }
        guard let value = MathParser.parse(remainder, allowTrailingWords: true) else { return .choice(letter, nil) }
        return .choice(letter, value)
    }

    /// The number of a count written in words: "twelve distinct configurations" reads as 12.
    ///
    /// This matches `12 distinct configurations`, which the math parser reads as 12. The number words must be
    /// more than an article (`a`, `an`), and at most three words may follow them.
    private static func countedNumber(_ phrase: String) -> Rational? {
        let parts = phrase.split(separator: " ")
        guard parts.count >= 2, parts.count <= 7 else { return nil }
        for cut in stride(from: parts.count - 1, through: max(1, parts.count - 3), by: -1) {
            let head = parts[..<cut]
            if head.count == 1, head[head.startIndex] == "a" || head[head.startIndex] == "an" { continue }
            if let value = NumberWords.value(head.joined(separator: " ")) { return value }
        }
        return nil
    }

    private static func words(_ text: String) -> MathNode? {
        // Only letters, spaces, `-`, `'`, `,` and the wrappers removed below can make a word answer.
        guard
            text.allSatisfy({
                $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "," || $0 == "{" || $0 == "}"
                    || $0 == "\\" || $0 == "\u{2019}"
            })
        else { return nil }
        let lower = substituting(text, wordWrappers).lowercased()
        guard lower.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "," }) else {
            return nil
        }
        let normalized = lower.split(whereSeparator: { $0 == " " || $0 == "," }).joined(separator: " ")
        guard !normalized.isEmpty else { return nil }
        if let value = NumberWords.value(normalized) { return .number(value, decimal: false) }
        if let word = synonyms[normalized] { return .text(word) }
        if let value = countedNumber(normalized) { return .number(value, decimal: false) }
        if normalized == "infinity" || normalized == "infty" { return .constant(.infinity) }
        if normalized == "negative infinity" { return .negate(.constant(.infinity)) }
        // Short letter runs are math (x, xy, pi); longer words are word answers (Tuesday, Alice).
        let letters = normalized.filter { $0 != " " }
        if letters.count <= 3 && !normalized.contains(" ") && normalized != "yes" { return nil }
        if normalized.contains(" ") {
            // A phrase: the first word that is a known answer, else the phrase itself.
            let parts = normalized.split(separator: " ").map(String.init)
            if parts.count > 6 { return nil }
            if let first = parts.first, let word = synonyms[first], parts.count <= 2 { return .text(word) }
        }
        return .text(normalized)
    }
}
