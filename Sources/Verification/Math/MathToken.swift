/// One token of a math answer.
struct MathToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A number literal; `decimal` when written with a point or an exponent.
        case number(Rational, decimal: Bool)
        /// A run of letters (`x`, `cm`, `yes`), possibly with a subscript (`x_1`).
        case word(String)
        /// A LaTeX command without its backslash (`frac`, `pi`, `le`).
        case command(String)
        /// One punctuation character: `+ - * / ^ _ ( ) [ ] { } , ; | = < > ! % & :` and `\\` as `"\n"`.
        case symbol(Character)
        case end
    }

    var kind: Kind
    /// True when white space (or a LaTeX spacing command) came before the token.
    var spaceBefore: Bool

    static let end = MathToken(kind: .end, spaceBefore: true)

    func isSymbol(_ c: Character) -> Bool { kind == .symbol(c) }
    func isCommand(_ name: String) -> Bool { kind == .command(name) }

    var word: String? {
        if case .word(let w) = kind { return w }
        return nil
    }

    var command: String? {
        if case .command(let c) = kind { return c }
        return nil
    }
}
