/// Literal strings read off regular expressions, at least one of which every match contains: a text holding
/// none of them cannot match, and is ruled out without running the regular expression engine.
///
/// ICU spends about a microsecond per character on the detector's large case-insensitive alternations, and
/// most sentences contain none of their words, so the check that no literal occurs (a byte scan) saves nearly
/// all of that. It is only ever a "cannot match": a text that holds a literal still goes to the engine.
/// The reader understands the subset of ICU syntax the detector uses (groups, alternation, classes, escapes,
/// quantifiers, anchors, look-arounds); a pattern it cannot bound yields no prefilter, never a wrong one.
struct LiteralPrefilter: Sendable {
    /// The literals, grouped by first byte; lower-case when the patterns are case-insensitive.
    private let byFirstByte: [[[UInt8]]]
    private let caseInsensitive: Bool

    /// The prefilter of an alternation of `patterns`, or `nil` when some pattern has no required literal.
    init?(patterns: [String], caseInsensitive: Bool) {
        var literals = Set<String>()
        for pattern in patterns {
            var reader = PatternReader(pattern: Array(pattern.unicodeScalars), caseInsensitive: caseInsensitive)
            guard let facts = reader.readAll(), let required = facts.requiredLiterals else { return nil }
            literals.formUnion(required)
        }
        var table = [[[UInt8]]](repeating: [], count: 256)
        for literal in literals {
            let bytes = Array(literal.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        byFirstByte = table
        self.caseInsensitive = caseInsensitive
    }

    /// False only when no match of the patterns can occur in `text`.
    func mayMatch(_ text: String) -> Bool {
        var folded = caseInsensitive ? text.lowercased() : text
        if caseInsensitive && Self.hasUnusualCaseFolding(folded) { return true }
        return folded.withUTF8 { bytes in
            for start in bytes.indices {
                for literal in byFirstByte[Int(bytes[start])] where literal.count <= bytes.count - start {
                    var index = 1
                    while index < literal.count, bytes[start + index] == literal[index] { index += 1 }
                    if index == literal.count { return true }
                }
            }
            return false
        }
    }

    /// True when `text` holds a character that ICU's case-insensitive matching folds to ASCII but
    /// `lowercased()` does not (long s, dotted capital I, capital sharp s, Latin ligatures).
    private static func hasUnusualCaseFolding(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.value >= 0x130
                && (scalar.value == 0x130 || scalar.value == 0x17F || scalar.value == 0x1E9E
                    || (0xFB00...0xFB06).contains(scalar.value))
        }
    }
}

/// What is known about the strings a piece of pattern matches.
struct PatternFacts {
    /// Every string it can match, when there are few (nil: unknown or too many).
    var exact: Set<String>?
    /// Strings one of which every match contains (nil: none known).
    var required: Set<String>?

    static let anything = PatternFacts(exact: nil, required: nil)
    static let empty = PatternFacts(exact: [""], required: nil)

    /// The best set of required literals: `required`, or `exact` when it holds no empty string.
    var requiredLiterals: Set<String>? {
        if let exact, !exact.contains(""), !exact.isEmpty { return exact }
        return required
    }

    static let limit = 64

    /// Facts of `first` followed by `second`.
    static func product(_ first: Set<String>, _ second: Set<String>) -> Set<String>? {
        guard first.count * second.count <= limit else { return nil }
        var result = Set<String>()
        for a in first { for b in second { result.insert(a + b) } }
        return result
    }

    /// The better of two required sets: the one whose shortest literal is longer, then the smaller one.
    static func better(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
        guard let a else { return b }
        guard let b else { return a }
        let shortestA = a.map(\.count).min() ?? 0
        let shortestB = b.map(\.count).min() ?? 0
        if shortestA != shortestB { return shortestA > shortestB ? a : b }
        return a.count <= b.count ? a : b
    }
}

/// Reads a pattern into ``PatternFacts``.
struct PatternReader {
    let pattern: [Unicode.Scalar]
    let caseInsensitive: Bool
    var position = 0

    init(pattern: [Unicode.Scalar], caseInsensitive: Bool) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
    }

    /// The facts of the whole pattern, or nil when it uses syntax this reader does not know.
    mutating func readAll() -> PatternFacts? {
        guard let facts = readAlternation(), position == pattern.count else { return nil }
        return facts
    }

    private var current: Unicode.Scalar? { position < pattern.count ? pattern[position] : nil }

    private mutating func readAlternation() -> PatternFacts? {
        var branches: [PatternFacts] = []
        while true {
            guard let branch = readSequence() else { return nil }
            branches.append(branch)
            guard current == "|" else { break }
            position += 1
        }
        if branches.count == 1 { return branches[0] }
        var exact: Set<String>? = []
        var required: Set<String>? = []
        for branch in branches {
            if let branchExact = branch.exact, let sofar = exact, sofar.count + branchExact.count <= PatternFacts.limit
            {
                exact = sofar.union(branchExact)
            } else {
                exact = nil
            }
            if let literals = branch.requiredLiterals, let sofar = required {
                required = sofar.union(literals)
            } else {
                required = nil
            }
        }
        return PatternFacts(exact: exact, required: required)
    }

    private mutating func readSequence() -> PatternFacts? {
        var items: [PatternFacts] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            guard let atom = readAtom(), let item = readQuantifier(after: atom) else { return nil }
            items.append(item)
        }
        // The whole sequence's exact strings, and the best required set among single items and runs of
        // consecutive items whose exact strings are known (their products are longer literals).
        var exact: Set<String>? = [""]
        var best: Set<String>?
        var run: Set<String>? = [""]
        for item in items {
            best = PatternFacts.better(best, item.requiredLiterals)
            if let itemExact = item.exact {
                exact = exact.flatMap { PatternFacts.product($0, itemExact) }
                if let sofar = run, let extended = PatternFacts.product(sofar, itemExact) {
                    run = extended
                } else {
                    run = itemExact
                }
                if let run, !run.contains("") { best = PatternFacts.better(best, run) }
            } else {
                exact = nil
                run = [""]
            }
        }
        return PatternFacts(exact: exact, required: best)
    }

    private mutating func readAtom() -> PatternFacts? {
        guard let scalar = current else { return nil }
        position += 1
        switch scalar {
        case "(":
            var lookaround = false
            if current == "?" {
                position += 1
                switch current {
                case ":": position += 1
                case "=", "!":
                    position += 1
                    lookaround = true
                case "<":
                    position += 1
                    guard current == "=" || current == "!" else { return nil }
                    position += 1
                    lookaround = true
                default: return nil
                }
            }
            guard let inner = readAlternation(), current == ")" else { return nil }
            position += 1
            return lookaround ? .empty : inner
        case "[":
            return readClass()
        case "\\":
            guard let escaped = current else { return nil }
            position += 1
            switch escaped {
            case "b", "B": return .empty
            case "d", "D", "w", "W", "s", "S": return .anything
            case "n": return literal("\n")
            case "t": return literal("\t")
            default:
                // Escaped punctuation stands for itself; an escaped letter or digit is syntax we do not read.
                if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) { return nil }
                return literal(escaped)
            }
        case ".": return .anything
        case "^", "$": return .empty
        case "*", "+", "?", "{", ")", "|", "]": return nil
        default: return literal(scalar)
        }
    }

    private func literal(_ scalar: Unicode.Scalar) -> PatternFacts {
        PatternFacts(exact: [folded(scalar)], required: nil)
    }

    private func folded(_ scalar: Unicode.Scalar) -> String {
        let text = String(Character(scalar))
        return caseInsensitive ? text.lowercased() : text
    }

    /// A bracket class: its characters when it lists a few plain ones, else anything.
    private mutating func readClass() -> PatternFacts? {
        var members = Set<String>()
        var plain = current != "^"
        var first = true
        while let scalar = current {
            position += 1
            if scalar == "]" && !first {
                return plain && members.count <= 8 ? PatternFacts(exact: members, required: nil) : .anything
            }
            first = false
            switch scalar {
            case "\\":
                guard let escaped = current else { return nil }
                position += 1
                if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) {
                    plain = false
                } else {
                    members.insert(folded(escaped))
                }
            case "-" where !members.isEmpty && current != "]":
                plain = false
            case "[":
                return nil
            default:
                members.insert(folded(scalar))
            }
        }
        return nil
    }

    private mutating func readQuantifier(after atom: PatternFacts) -> PatternFacts? {
        let minimum: Int
        let maximum: Int?
        switch current {
        case "?":
            (minimum, maximum) = (0, 1)
            position += 1
        case "*":
            (minimum, maximum) = (0, nil)
            position += 1
        case "+":
            (minimum, maximum) = (1, nil)
            position += 1
        case "{":
            position += 1
            guard let low = readNumber() else { return nil }
            var high: Int? = low
            if current == "," {
                position += 1
                high = readNumber()
            }
            guard current == "}" else { return nil }
            position += 1
            (minimum, maximum) = (low, high)
        default:
            return atom
        }
        // Lazy and possessive forms match the same strings.
        if current == "?" || current == "+" { position += 1 }
        switch (minimum, maximum) {
        case (1, 1): return atom
        case (0, 1): return atom.exact.map { PatternFacts(exact: $0.union([""]), required: nil) } ?? .anything
        case (0, _): return .anything
        default: return PatternFacts(exact: nil, required: atom.requiredLiterals)
        }
    }

    private mutating func readNumber() -> Int? {
        var digits = ""
        while let scalar = current, ("0"..."9").contains(scalar) {
            digits.unicodeScalars.append(scalar)
            position += 1
        }
        return Int(digits)
    }
}
