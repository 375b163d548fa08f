import BigInt
import Foundation

/// Splits a LaTeX or plain-text math answer into tokens, normalising Unicode and LaTeX spelling variants.
struct MathLexer {
    private var chars: [Unicode.Scalar]
    private var index = 0
    private var tokens: [MathToken] = []
    private var pendingSpace = false
    /// For each open `{`: whether its closing `}` is dropped (text wrappers such as `\text{…}`).
    private var braceDropStack: [Bool] = []
    private var bracketDepth = 0

    /// The longest input the lexer reads; answers longer than this are cut.
    static let maximumLength = 4000

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(min(text.unicodeScalars.count, Self.maximumLength))
        for s in text.unicodeScalars {
            if scalars.count >= Self.maximumLength { break }
            MathLexer.appendNormalized(s, to: &scalars)
        }
        chars = scalars
    }

    /// Tokenises the whole input.
    static func tokenize(_ text: String) -> [MathToken] {
        var lexer = MathLexer(text)
        lexer.run()
        return lexer.tokens
    }

    private static func appendNormalized(_ s: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        func put(_ text: String) { out.append(contentsOf: text.unicodeScalars) }
        switch s {
        case "\u{2212}", "\u{2013}", "\u{2010}", "\u{2011}": out.append("-")
        case "\u{00D7}", "\u{00B7}", "\u{22C5}", "\u{2219}", "\u{2217}": out.append("*")
        case "\u{00F7}", "\u{2215}": out.append("/")
        case "\u{03C0}": put(" \\pi ")
        case "\u{221E}": put(" \\infty ")
        case "\u{221A}": put("\\sqrt ")
        case "\u{221B}": put("\\sqrt[3]")
        case "\u{2264}", "\u{2A7D}": put(" \\le ")
        case "\u{2265}", "\u{2A7E}": put(" \\ge ")
        case "\u{2260}": put(" \\ne ")
        case "\u{2248}": put(" \\approx ")
        case "\u{00B0}", "\u{02DA}": put(" \\circ ")
        case "\u{00B2}": put("^2")
        case "\u{00B3}": put("^3")
        case "\u{00B9}": put("^1")
        case "\u{222A}": put(" \\cup ")
        case "\u{2229}": put(" \\cap ")
        case "\u{2205}": put(" \\emptyset ")
        case "\u{00B1}": put(" \\pm ")
        case "\u{2213}": put(" \\mp ")
        case "\u{27E8}", "\u{2329}", "\u{3008}": put(" \\langle ")
        case "\u{27E9}", "\u{232A}", "\u{3009}": put(" \\rangle ")
        case "\u{2208}": put(" \\in ")
        case "\u{211D}": put(" \\mathbb{R} ")
        case "\u{00BD}": put("(1/2)")
        case "\u{00BC}": put("(1/4)")
        case "\u{00BE}": put("(3/4)")
        case "\u{2153}": put("(1/3)")
        case "\u{2154}": put("(2/3)")
        case "\u{03B8}": put(" \\theta ")
        case "\u{2192}": put(" \\to ")
        case "\u{2009}", "\u{202F}", "\u{00A0}", "\u{2007}", "\u{2008}", "\u{200A}": put("\\,")
        case "\u{200B}", "\u{FEFF}": break
        case "\u{2019}", "\u{2032}": out.append("'")
        case "\u{201C}", "\u{201D}": out.append("\"")
        default: out.append(s)
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = index + offset
        return i < chars.count ? chars[i] : nil
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.value >= 48 && c.value <= 57
    }

    private static func isLetter(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
    }

    private mutating func emit(_ kind: MathToken.Kind) {
        tokens.append(MathToken(kind: kind, spaceBefore: pendingSpace))
        pendingSpace = false
    }

    private mutating func run() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "~" || c == "$" {
                pendingSpace = true
                index += 1
            } else if MathLexer.isDigit(c) || (c == "." && MathLexer.isDigit(peek(1))) {
                lexNumberOrBased()
            } else if MathLexer.isLetter(c) {
                if !lexBasedNumber() { lexWord() }
            } else if c == "\\" {
                lexCommand()
            } else if c == "{" {
                braceDropStack.append(false)
                index += 1
                emit(.symbol("{"))
            } else if c == "}" {
                index += 1
                if braceDropStack.popLast() == true {
                    pendingSpace = true
                } else {
                    emit(.symbol("}"))
                }
            } else if c == "*" && peek(1) == "*" {
                index += 2
                emit(.symbol("^"))
            } else if c == "<" && peek(1) == "=" {
                index += 2
                emit(.command("le"))
            } else if c == ">" && peek(1) == "=" {
                index += 2
                emit(.command("ge"))
            } else if c == "!" && peek(1) == "=" {
                index += 2
                emit(.command("ne"))
            } else if "+-*/^_()[],;|=<>!%&:'".unicodeScalars.contains(c) {
                index += 1
                if c == "(" || c == "[" { bracketDepth += 1 }
                if c == ")" || c == "]" { bracketDepth = max(0, bracketDepth - 1) }
                emit(.symbol(Character(c)))
            } else if c.properties.isAlphabetic {
                // Other scripts' letters (Greek written directly): one variable each.
                index += 1
                emit(.word(String(c)))
            } else {
                // Anything else (quotes, stray punctuation) separates tokens.
                index += 1
                pendingSpace = true
            }
        }
        emit(.end)
    }

    // MARK: Numbers

    private mutating func lexNumberOrBased() {
        if lexBasedNumber() { return }
        var digits = ""
        while MathLexer.isDigit(peek()) {
            digits.unicodeScalars.append(chars[index])
            index += 1
        }
        // Thousands separators: `1,234`, `10{,}000`, `10\,000`, a thin space.
        while let skip = thousandsSeparatorLength(afterIntegerDigits: digits) {
            index += skip
            digits += ","
            for _ in 0..<3 {
                digits.unicodeScalars.append(chars[index])
                index += 1
            }
        }
        digits.removeAll { $0 == "," }
        var decimal = false
        if peek() == ".", MathLexer.isDigit(peek(1)) {
            decimal = true
            digits += "."
            index += 1
            while MathLexer.isDigit(peek()) {
                digits.unicodeScalars.append(chars[index])
                index += 1
            }
        } else if peek() == ".", startsRepeatingGroup(at: index + 1) {
            decimal = true
            digits += "."
            index += 1
        }
        if decimal, let repeating = lexRepeatingGroup(), let value = MathLexer.repeatingValue(digits, repeating) {
            emit(.number(value, decimal: false))
            return
        }
        // Scientific notation: 3.14e2, 6.02E23, 1e-3.
        if peek() == "e" || peek() == "E" {
            var j = index + 1
            if j < chars.count, chars[j] == "-" || chars[j] == "+" { j += 1 }
            let start = j
            while j < chars.count, MathLexer.isDigit(chars[j]) { j += 1 }
            if j > start, j - start <= 4, !MathLexer.isLetter(j < chars.count ? chars[j] : nil) {
                let exponent = String(String.UnicodeScalarView(chars[(index + 1)..<j]))
                index = j
                if let value = Rational(decimal: Substring(digits + "e" + exponent)) {
                    emit(.number(value, decimal: true))
                    return
                }
            }
        }
        emit(.number(Rational(decimal: Substring(digits)) ?? .zero, decimal: decimal))
    }

    /// The length of a thousands separator at the cursor followed by exactly three digits, if there is one.
    private func thousandsSeparatorLength(afterIntegerDigits digits: String) -> Int? {
        // Every separator starts with `,`, `{` or `\`.
        guard let next = peek(), next == "," || next == "{" || next == "\\" else { return nil }
        let groupsSoFar = digits.split(separator: ",").count
        let firstGroup = digits.split(separator: ",").first?.count ?? 0
        guard groupsSoFar > 1 || (firstGroup >= 1 && firstGroup <= 3) else { return nil }
        if groupsSoFar > 1, digits.split(separator: ",").last?.count != 3 { return nil }
        let separators: [[Unicode.Scalar]] = [[","], ["{", ",", "}"], ["\\", ","], ["\\", " "], ["\\", ";"]]
        for sep in separators {
            var matches = true
            for (k, s) in sep.enumerated() where peek(k) != s {
                matches = false
                break
            }
            guard matches else { continue }
            let n = sep.count
            guard MathLexer.isDigit(peek(n)), MathLexer.isDigit(peek(n + 1)), MathLexer.isDigit(peek(n + 2)),
                !MathLexer.isDigit(peek(n + 3))
            else { continue }
            // A plain comma inside brackets is a list separator unless the number already has a group: (1,234) is a pair.
            if sep == [","], bracketDepth > 0, groupsSoFar == 1 {
                let after = peek(n + 3)
                if after != "," { return nil }
            }
            if sep == [","], peek(n + 3) == "." { return nil }
            return n
        }
        return nil
    }

    private func startsRepeatingGroup(at position: Int) -> Bool {
        guard position < chars.count, chars[position] == "\\" else { return false }
        let name = commandName(at: position + 1)
        return name == "overline" || name == "bar" || name == "dot" || name == "overset"
    }

    private func commandName(at position: Int) -> String {
        var j = position
        var name = ""
        while j < chars.count, MathLexer.isLetter(chars[j]) {
            name.unicodeScalars.append(chars[j])
            j += 1
        }
        return name
    }

    /// Reads `\overline{3}`, `\bar{3}` or `\dot{3}` right after a decimal, returning the repeating digits.
    private mutating func lexRepeatingGroup() -> String? {
        guard peek() == "\\" else { return nil }
        let name = commandName(at: index + 1)
        guard name == "overline" || name == "bar" || name == "dot" else { return nil }
        var j = index + 1 + name.count
        var digits = ""
        if j < chars.count, chars[j] == "{" {
            j += 1
            while j < chars.count, MathLexer.isDigit(chars[j]) {
                digits.unicodeScalars.append(chars[j])
                j += 1
            }
            guard j < chars.count, chars[j] == "}" else { return nil }
            j += 1
        } else {
            while j < chars.count, chars[j] == " " { j += 1 }
            guard j < chars.count, MathLexer.isDigit(chars[j]) else { return nil }
            digits.unicodeScalars.append(chars[j])
            j += 1
        }
        guard !digits.isEmpty, digits.count <= 50 else { return nil }
        index = j
        return digits
    }

    /// The value of `whole.fixed` followed by `repeating` forever: 0.1\overline{6} = 1/6.
    static func repeatingValue(_ prefix: String, _ repeating: String) -> Rational? {
        let parts = prefix.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts.first.map(String.init) ?? "0"
        let fixed = parts.count > 1 ? String(parts[1]) : ""
        guard let w = BigInt(whole.isEmpty ? "0" : whole), let all = BigInt(fixed + repeating) else { return nil }
        let fixedValue = fixed.isEmpty ? BigInt(0) : (BigInt(fixed) ?? 0)
        let denominator = BigInt(10).power(fixed.count) * (BigInt(10).power(repeating.count) - 1)
        guard let fraction = Rational(all - fixedValue, denominator) else { return nil }
        return Rational(w) + fraction
    }

    /// Reads `2A_{16}` or `1010_2` as a number in that base; false (and no input consumed) otherwise.
    private mutating func lexBasedNumber() -> Bool {
        var j = index
        while j < chars.count, MathLexer.isDigit(chars[j]) || MathLexer.isLetter(chars[j]) { j += 1 }
        guard j < chars.count, chars[j] == "_", j > index else { return false }
        var k = j + 1
        var baseText = ""
        if k < chars.count, chars[k] == "{" {
            k += 1
            while k < chars.count, MathLexer.isDigit(chars[k]) {
                baseText.unicodeScalars.append(chars[k])
                k += 1
            }
            guard k < chars.count, chars[k] == "}" else { return false }
            k += 1
        } else {
            while k < chars.count, MathLexer.isDigit(chars[k]) {
                baseText.unicodeScalars.append(chars[k])
                k += 1
            }
        }
        guard let base = Int(baseText), base >= 2, base <= 36 else { return false }
        let run = chars[index..<j]
        guard MathLexer.isDigit(run.first) || (base > 10 && run.count >= 2) else { return false }
        var value = BigInt(0)
        for s in run {
            let v: Int
            if MathLexer.isDigit(s) {
                v = Int(s.value) - 48
            } else {
                v = Int(Character(s).uppercased().unicodeScalars.first?.value ?? 0) - 55
            }
            guard v >= 0, v < base else { return false }
            value = value * BigInt(base) + BigInt(v)
        }
        index = k
        emit(.number(Rational(value), decimal: false))
        return true
    }

    // MARK: Words and commands

    private mutating func lexWord() {
        var word = ""
        while MathLexer.isLetter(peek()) {
            word.unicodeScalars.append(chars[index])
            index += 1
        }
        // A subscript makes part of a variable's name: x_1, a_{n}.
        if peek() == "_", word.count == 1 || word.count == 2 {
            var j = index + 1
            var sub = ""
            if j < chars.count, chars[j] == "{" {
                j += 1
                while j < chars.count, chars[j] != "}", sub.count < 10 {
                    sub.unicodeScalars.append(chars[j])
                    j += 1
                }
                if j < chars.count, chars[j] == "}" { j += 1 } else { sub = "" }
            } else if j < chars.count, MathLexer.isDigit(chars[j]) || MathLexer.isLetter(chars[j]) {
                sub.unicodeScalars.append(chars[j])
                j += 1
            }
            if !sub.isEmpty {
                word += "_" + sub.filter { !$0.isWhitespace }
                index = j
            }
        }
        emit(.word(word))
    }

    private static let dropped: Set<String> = [
        "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
        "displaystyle", "textstyle", "limits", "nolimits", "ldots", "dots", "cdots", "middle",
    ]

    private static let textWrappers: Set<String> = [
        "text", "textbf", "textit", "textrm", "mathrm", "mathbf", "mathit", "mathsf", "mbox", "operatorname",
        "boldsymbol", "bf", "rm", "it", "emph", "textnormal", "mathtt", "texttt", "hbox", "textsf", "mathnormal",
    ]

    private mutating func lexCommand() {
        index += 1
        guard let c = peek() else { return }
        if !MathLexer.isLetter(c) {
            index += 1
            switch c {
            case ",", ";", ":", " ", ">", "!": pendingSpace = true
            case "{": emit(.command("lbrace"))
            case "}": emit(.command("rbrace"))
            case "%": emit(.symbol("%"))
            case "$", "(", ")", "[", "]": pendingSpace = true
            case "\\": emit(.symbol("\n"))
            case "|": emit(.symbol("|"))
            default: pendingSpace = true
            }
            return
        }
        var name = ""
        while MathLexer.isLetter(peek()) {
            name.unicodeScalars.append(chars[index])
            index += 1
        }
        if MathLexer.dropped.contains(name) { return }
        if MathLexer.textWrappers.contains(name) {
            while peek() == " " { index += 1 }
            if peek() == "{" {
                index += 1
                braceDropStack.append(true)
            }
            pendingSpace = true
            return
        }
        switch name {
        case "dfrac", "tfrac", "cfrac": emit(.command("frac"))
        case "cdot", "times", "ast": emit(.symbol("*"))
        case "div": emit(.symbol("/"))
        case "lvert", "rvert", "vert": emit(.symbol("|"))
        case "mid": emit(.command("mid"))
        case "leq", "leqslant", "le": emit(.command("le"))
        case "geq", "geqslant", "ge": emit(.command("ge"))
        case "neq", "ne": emit(.command("ne"))
        case "lt": emit(.symbol("<"))
        case "gt": emit(.symbol(">"))
        case "varnothing", "emptyset": emit(.command("emptyset"))
        case "degree", "circ": emit(.command("degree"))
        case "quad", "qquad", "enspace", "thinspace", "hspace": pendingSpace = true
        case "lbrace": emit(.command("lbrace"))
        case "rbrace": emit(.command("rbrace"))
        case "dagger": pendingSpace = true
        default: emit(.command(name))
        }
    }
}
