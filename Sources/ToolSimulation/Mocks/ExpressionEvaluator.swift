import Foundation

/// Evaluates arithmetic expressions for the calculator mock.
///
/// It reads numbers, `+ - * / % ^`, parentheses, `pi`, `e` and the functions `sqrt`, `abs`, `sin`, `cos`, `tan`, `log` (base 10), `ln`, `exp`, `floor`, `ceil`,
/// `round`. Returns `nil` for anything else.
struct ExpressionEvaluator {
    private let characters: [Character]
    private var position = 0

    private init(_ text: String) {
        characters = Array(
            text.lowercased().replacingOccurrences(of: "**", with: "^").replacingOccurrences(of: "×", with: "*")
                .replacingOccurrences(of: "÷", with: "/").filter { !$0.isWhitespace && $0 != "," }
        )
    }

    /// The value of `text`, or `nil` when it is not an expression this evaluator reads.
    static func evaluate(_ text: String) -> Double? {
        var parser = ExpressionEvaluator(text)
        guard let value = parser.parseSum(), parser.position == parser.characters.count, value.isFinite else {
            return nil
        }
        return value
    }

    private mutating func parseSum() -> Double? {
        guard var value = parseProduct() else { return nil }
        while let symbol = peek(), symbol == "+" || symbol == "-" {
            position += 1
            guard let right = parseProduct() else { return nil }
            value = symbol == "+" ? value + right : value - right
        }
        return value
    }

    private mutating func parseProduct() -> Double? {
        guard var value = parsePower() else { return nil }
        while let symbol = peek(), symbol == "*" || symbol == "/" || symbol == "%" {
            position += 1
            guard let right = parsePower() else { return nil }
            switch symbol {
            case "*": value *= right
            case "/": value /= right
            default: value = value.truncatingRemainder(dividingBy: right)
            }
        }
        return value
    }

    private mutating func parsePower() -> Double? {
        guard let base = parseUnary() else { return nil }
        if peek() == "^" {
            position += 1
            guard let exponent = parsePower() else { return nil }
            return pow(base, exponent)
        }
        return base
    }

    private mutating func parseUnary() -> Double? {
        if peek() == "-" {
            position += 1
            return parseUnary().map { -$0 }
        }
        if peek() == "+" {
            position += 1
            return parseUnary()
        }
        return parseAtom()
    }

    private mutating func parseAtom() -> Double? {
        guard let symbol = peek() else { return nil }
        if symbol == "(" {
            position += 1
            let value = parseSum()
            guard peek() == ")" else { return nil }
            position += 1
            return value
        }
        if symbol.isNumber || symbol == "." {
            var text = ""
            while let digit = peek(), digit.isNumber || digit == "." {
                text.append(digit)
                position += 1
            }
            guard var value = Double(text) else { return nil }
            if peek() == "%" && (position + 1 == characters.count || characters[position + 1] == ")") {
                position += 1
                value /= 100
            }
            return value
        }
        if symbol.isLetter {
            var name = ""
            while let letter = peek(), letter.isLetter || letter.isNumber {
                name.append(letter)
                position += 1
            }
            if name == "pi" { return Double.pi }
            if name == "e" { return M_E }
            guard peek() == "(" else { return nil }
            guard let argument = parseAtom() else { return nil }
            return Self.apply(name, argument)
        }
        return nil
    }

    private static func apply(_ name: String, _ value: Double) -> Double? {
        switch name {
        case "sqrt": sqrt(value)
        case "abs": abs(value)
        case "sin": sin(value)
        case "cos": cos(value)
        case "tan": tan(value)
        case "log", "log10": log10(value)
        case "ln": log(value)
        case "exp": exp(value)
        case "floor": floor(value)
        case "ceil": ceil(value)
        case "round": value.rounded()
        default: nil
        }
    }

    private func peek() -> Character? { position < characters.count ? characters[position] : nil }
}
