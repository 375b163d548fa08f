/// A recursive-descent parser from ``MathToken``s to a ``MathNode``.
///
/// Returns nil instead of throwing when the input is not math; the caller then falls back to text.
struct MathParser {
    private var tokens: [MathToken]
    private var position = 0
    private var depth = 0
    private var failed = false

    /// The deepest nesting the parser follows; deeper input is rejected, never a stack overflow.
    static let maximumDepth = 60

    init(tokens: [MathToken]) {
        self.tokens = tokens
    }

    /// Parses a whole answer; nil when some of it is not math.
    ///
    /// Trailing words after a complete number (`12 apples`) are ignored when `allowTrailingWords` is true.
    static func parse(_ text: String, allowTrailingWords: Bool = false) -> MathNode? {
        var parser = MathParser(tokens: MathLexer.tokenize(text))
        guard let node = parser.parseList(), !parser.failed else { return nil }
        if parser.current.kind != .end {
            guard allowTrailingWords, parser.restIsWords(), node.variables.isEmpty else { return nil }
        }
        return node
    }

    // MARK: Cursor

    private var current: MathToken { position < tokens.count ? tokens[position] : .end }
    private func peek(_ offset: Int) -> MathToken {
        position + offset < tokens.count ? tokens[position + offset] : .end
    }
    private mutating func advance() { position += 1 }

    private mutating func accept(_ c: Character) -> Bool {
        if current.isSymbol(c) {
            advance()
            return true
        }
        return false
    }

    private mutating func fail() -> MathNode? {
        failed = true
        return nil
    }

    private func restIsWords() -> Bool {
        var i = position
        while i < tokens.count {
            switch tokens[i].kind {
            case .word, .end: break
            case .symbol(let c) where ".,;:!?'()".contains(c): break
            default: return false
            }
            i += 1
        }
        return true
    }

    private static let separatorWords: Set<String> = ["or", "and", "OR", "AND", "Or", "And"]

    private func atSeparator() -> Bool {
        switch current.kind {
        case .symbol(let c): c == "," || c == ";"
        case .word(let w): MathParser.separatorWords.contains(w)
        default: false
        }
    }

    private func atListEnd() -> Bool {
        switch current.kind {
        case .end: true
        case .symbol(let c): c == ")" || c == "]" || c == "}" || c == "\n" || c == "&"
        case .command(let c): c == "rbrace" || c == "rangle" || c == "end"
        default: false
        }
    }

    // MARK: Grammar

    /// `item (sep item)*` where sep is `,`, `;`, `or`, `and`.
    mutating func parseList() -> MathNode? {
        depth += 1
        defer { depth -= 1 }
        guard depth < MathParser.maximumDepth else { return fail() }
        guard let first = parseItem() else { return nil }
        var items = [first]
        var conjunction = false
        while atSeparator() {
            if let w = current.word, w.lowercased() == "and" { conjunction = true }
            advance()
            // "x = 1, or x = 2": skip a conjunction right after a comma.
            if let w = current.word, MathParser.separatorWords.contains(w) { advance() }
            if atListEnd() { break }
            guard let next = parseItem() else { return nil }
            items.append(next)
        }
        return items.count == 1 ? first : .list(items, conjunction: conjunction)
    }

    private func relation() -> MathRelation? {
        switch current.kind {
        case .symbol("="): .equal
        case .symbol("<"): .less
        case .symbol(">"): .greater
        case .command("le"): .lessEqual
        case .command("ge"): .greaterEqual
        case .command("ne"): .notEqual
        case .command("approx"), .command("simeq"), .command("sim"): .approximately
        case .command("in"): .element
        case .command("equiv"): .equal
        default: nil
        }
    }

    /// `setExpr (relation setExpr)*`.
    private mutating func parseItem() -> MathNode? {
        guard let first = parseSetExpression() else { return nil }
        var nodes = [first]
        var relations: [MathRelation] = []
        while let r = relation() {
            advance()
            guard let next = parseSetExpression() else { return nil }
            nodes.append(next)
            relations.append(r)
        }
        return relations.isEmpty ? first : .relation(nodes, relations)
    }

    /// Expressions joined by `\cup`, `\cap`, `\setminus`.
    private mutating func parseSetExpression() -> MathNode? {
        guard var node = parseExpression() else { return nil }
        while true {
            if current.isCommand("cup")
                || (current.word == "U" && peek(1).isSymbol("(")
                    || current.word == "U"
                        && peek(1).isSymbol("["))
            {
                advance()
                guard let next = parseExpression() else { return nil }
                if case .union(let items) = node { node = .union(items + [next]) } else { node = .union([node, next]) }
            } else if current.isCommand("cap") {
                advance()
                guard let next = parseExpression() else { return nil }
                node = .intersection([node, next])
            } else if current.isCommand("setminus") || (current.isCommand("backslash")) {
                advance()
                guard let next = parseExpression() else { return nil }
                node = .setDifference(node, next)
            } else {
                return node
            }
        }
    }

    /// Sums and differences, with `\pm`.
    private mutating func parseExpression() -> MathNode? {
        depth += 1
        defer { depth -= 1 }
        guard depth < MathParser.maximumDepth else { return fail() }
        guard var node = parseTerm() else { return nil }
        var terms: [MathNode] = [node]
        while true {
            if accept("+") {
                guard let t = parseTerm() else { return nil }
                terms.append(t)
            } else if current.isSymbol("-") {
                advance()
                guard let t = parseTerm() else { return nil }
                terms.append(.negate(t))
            } else if current.isCommand("pm") || current.isCommand("mp") {
                let minusFirst = current.isCommand("mp")
                advance()
                guard let t = parseTerm() else { return nil }
                let base = terms.count == 1 ? terms[0] : .sum(terms)
                node = .plusMinus(base, minusFirst ? .negate(t) : t)
                terms = [node]
            } else {
                break
            }
        }
        return terms.count == 1 ? terms[0] : .sum(terms)
    }

    private static let functionNames: Set<String> = [
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "ln", "log",
        "exp", "sqrt", "abs", "lg", "floor", "ceil", "gcd", "lcm", "det", "max", "min", "arccot", "cis",
    ]

    private static let greek: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
        "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi",
        "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega",
    ]

    private func isUnitStart(_ token: MathToken, after node: MathNode) -> Bool {
        guard let w = token.word, node.variables.isEmpty else { return false }
        if w == "square" || w == "sq" || w == "cubic" {
            return peek(1).word.flatMap(MathUnit.named) != nil
        }
        if MathUnit.noiseWords.contains(w) { return w.count > 1 }
        guard MathUnit.named(w) != nil else { return false }
        if w.count >= 3 && w != "min" { return true }
        // Short symbols (m, s, h, cm, in) need a space before or to end the item: `5 m`, `5cm`.
        let next = peek(1)
        let endsItem: Bool =
            switch next.kind {
            case .end: true
            case .symbol(let c): ",;)]/^.".contains(c)
            case .word(let n): MathUnit.named(n) != nil || n == "per" || MathParser.separatorWords.contains(n)
            case .command(let c): ["le", "ge", "ne", "approx", "rbrace"].contains(c)
            default: false
            }
        return (w.count >= 2 || token.spaceBefore) && endsItem
    }

    /// Reads units after a number: `cm`, `m/s`, `square feet`, `km per hour`, `cm^2`.
    private mutating func parseUnit() -> MathUnit? {
        var unit = MathUnit.dimensionless
        var sawUnit = false
        var dividing = false
        while let w = current.word {
            var exponent = 1
            if w == "square" || w == "sq" {
                exponent = 2
                advance()
            } else if w == "cubic" {
                exponent = 3
                advance()
            } else if w == "per" {
                dividing = true
                advance()
                continue
            }
            guard let name = current.word else { break }
            if MathUnit.noiseWords.contains(name) {
                advance()
                if accept("^") { advance() }
                continue
            }
            guard var u = MathUnit.named(name) else { break }
            advance()
            if accept("^") {
                var k = 1
                let braced = accept("{")
                if case .number(let q, _) = current.kind, q.isInteger, let n = Int(q.description), n < 10 {
                    k = n
                    advance()
                }
                if braced { _ = accept("}") }
                u = u.power(k)
            }
            u = u.power(exponent)
            unit = dividing ? unit * u.power(-1) : unit * u
            sawUnit = true
            dividing = false
            if current.isSymbol("/"), peek(1).word.flatMap(MathUnit.named) != nil {
                advance()
                dividing = true
            }
        }
        return sawUnit ? unit : nil
    }

    /// Products, quotients and implicit multiplication; mixed numbers (`2\frac{1}{2}`, `2 1/2`).
    private mutating func parseTerm() -> MathNode? {
        guard var node = parseUnary() else { return nil }
        if let mixed = parseMixedNumber(after: node) { node = parsePostfixOperators(mixed) }
        var factors: [MathNode] = [node]
        func combined() -> MathNode { factors.count == 1 ? factors[0] : .product(factors) }
        while true {
            if accept("*") {
                guard let f = parseUnary() else { return nil }
                factors.append(f)
            } else if current.isSymbol("/") {
                advance()
                guard let f = parseUnary() else { return nil }
                factors = [.quotient(combined(), f)]
            } else if isUnitStart(current, after: combined()) {
                if let unit = parseUnit() {
                    factors = [.quantity(combined(), unit)]
                }
                // Words like "units" with no dimension leave the number bare.
            } else if current.word == "percent" || current.word == "per" && peek(1).word == "cent" {
                advance()
                if current.word == "cent" { advance() }
                factors = [.percent(combined())]
            } else if startsImplicitFactor() {
                guard let f = parsePower() else { return nil }
                factors.append(f)
            } else {
                break
            }
        }
        return combined()
    }

    private mutating func parseMixedNumber(after node: MathNode) -> MathNode? {
        var whole: Rational
        var negative = false
        switch node {
        case .number(let q, false) where q.isInteger && q.isNegative:
            whole = -q
            negative = true
        case .number(let q, false) where q.isInteger: whole = q
        case .negate(.number(let q, false)) where q.isInteger:
            whole = q
            negative = true
        default: return nil
        }
        let saved = position
        if current.isCommand("frac") {
            guard let f = parsePrimary(), case .quotient(.number(let n, false), .number(let d, false)) = f,
                n.isInteger, d.isInteger, !n.isNegative, n < d
            else {
                position = saved
                failed = false
                return nil
            }
            whole = whole + (n.dividing(by: d) ?? .zero)
        } else if case .number(let n, false) = current.kind, current.spaceBefore, n.isInteger, peek(1).isSymbol("/"),
            case .number(let d, false) = peek(2).kind, d.isInteger, n < d
        {
            position += 3
            whole = whole + (n.dividing(by: d) ?? .zero)
        } else {
            return nil
        }
        let value = MathNode.number(whole, decimal: false)
        return negative ? .negate(value) : value
    }

    private func startsImplicitFactor() -> Bool {
        switch current.kind {
        case .number: return true
        case .word(let w):
            if MathParser.separatorWords.contains(w) || w == "per" || w == "percent" { return false }
            if MathUnit.noiseWords.contains(w) { return false }
            return w.count <= 3 || MathParser.functionNames.contains(w) || w == "pi" || w.contains("_")
                || w == "sqrt" || w == "infinity"
        case .command(let c):
            return c == "frac" || c == "sqrt" || c == "pi" || c == "begin" || c == "binom"
                || MathParser.functionNames.contains(c) || MathParser.greek.contains(c) || c == "lfloor"
                || c == "lceil" || c == "exp" || c == "arcsin" || c == "mathbb" && false
        case .symbol(let c): return c == "(" || c == "{"
        case .end: return false
        }
    }

    private mutating func parseUnary() -> MathNode? {
        depth += 1
        defer { depth -= 1 }
        guard depth < MathParser.maximumDepth else { return fail() }
        if accept("-") {
            guard let inner = parseUnary() else { return nil }
            if case .number(let q, let d) = inner { return .number(-q, decimal: d) }
            return .negate(inner)
        }
        if accept("+") { return parseUnary() }
        if current.isCommand("pm") {
            advance()
            guard let inner = parseUnary() else { return nil }
            return .plusMinus(.number(.zero, decimal: false), inner)
        }
        return parsePower()
    }

    /// `postfix (^ exponent)?`, with `^\circ` as degrees.
    private mutating func parsePower() -> MathNode? {
        guard var base = parsePostfix() else { return nil }
        while current.isSymbol("^") {
            advance()
            if current.isCommand("degree") {
                advance()
                base = .quantity(base, MathUnit.named("deg") ?? .dimensionless)
                continue
            }
            if current.isSymbol("{"), peek(1).isCommand("degree"), peek(2).isSymbol("}") {
                position += 3
                base = .quantity(base, MathUnit.named("deg") ?? .dimensionless)
                continue
            }
            guard let exponent = parseExponent() else { return nil }
            base = .power(base, exponent)
            base = parsePostfixOperators(base)
        }
        return base
    }

    private mutating func parseExponent() -> MathNode? {
        if accept("{") {
            guard let e = parseList(), accept("}") else { return fail() }
            return e
        }
        if accept("-") {
            guard let e = parseExponent() else { return nil }
            return .negate(e)
        }
        // A bare exponent is one digit or one symbol: x^23 is x^2·3 in LaTeX, but plain text means 23.
        if case .number = current.kind {
            let t = current
            advance()
            if case .number(let q, let d) = t.kind { return .number(q, decimal: d) }
        }
        return parsePostfix()
    }

    private mutating func parsePostfix() -> MathNode? {
        guard let node = parsePrimary() else { return nil }
        return parsePostfixOperators(node)
    }

    private mutating func parsePostfixOperators(_ start: MathNode) -> MathNode {
        var node = start
        while true {
            if current.isSymbol("!") && !peek(1).isSymbol("=") {
                advance()
                node = .function("factorial", [node])
            } else if current.isSymbol("%") {
                advance()
                node = .percent(node)
            } else if current.isCommand("degree") {
                advance()
                node = .quantity(node, MathUnit.named("deg") ?? .dimensionless)
            } else if current.isSymbol("'") {
                advance()
            } else {
                return node
            }
        }
    }

    private mutating func parseGroup() -> MathNode? {
        if accept("{") {
            guard let inner = parseList(), accept("}") else { return fail() }
            return inner
        }
        if case .number(let q, let d) = current.kind {
            // \frac12: one digit each.
            advance()
            return .number(q, decimal: d)
        }
        return parsePostfix()
    }

    private mutating func parseFrac() -> MathNode? {
        // `\frac12` lexes as one number 12: split its digits.
        if case .number(let q, false) = current.kind, q.isInteger, !current.spaceBefore || true {
            let digits = q.description
            if digits.count == 2, let a = Int(String(digits.prefix(1))), let b = Int(String(digits.suffix(1))),
                !peek(1).isSymbol("{")
            {
                advance()
                return .quotient(.number(Rational(a), decimal: false), .number(Rational(b), decimal: false))
            }
        }
        guard let numerator = parseGroup(), let denominator = parseGroup() else { return fail() }
        return .quotient(numerator, denominator)
    }

    private mutating func parsePrimary() -> MathNode? {
        depth += 1
        defer { depth -= 1 }
        guard depth < MathParser.maximumDepth else { return fail() }
        let token = current
        switch token.kind {
        case .number(let q, let d):
            advance()
            return .number(q, decimal: d)
        case .word(let w):
            advance()
            return parseWord(w)
        case .command(let c):
            advance()
            return parseCommand(c)
        case .symbol(let c):
            switch c {
            case "(", "[":
                advance()
                return parseBracket(open: c)
            case "{":
                advance()
                if accept("}") { return .set([]) }
                guard let inner = parseList(), accept("}") else { return fail() }
                if case .list(let items, _) = inner { return .set(items) }
                return inner
            case "|":
                advance()
                guard let inner = parseExpression(), accept("|") else { return fail() }
                return .function("abs", [inner])
            default:
                return fail()
            }
        case .end:
            return fail()
        }
    }

    private mutating func parseBracket(open: Character) -> MathNode? {
        if current.isSymbol(")") || current.isSymbol("]") {
            advance()
            return .bracket([], open: open, close: open == "(" ? ")" : "]")
        }
        guard let inner = parseList() else { return nil }
        guard case .symbol(let close) = current.kind, close == ")" || close == "]" else { return fail() }
        advance()
        if case .list(let items, false) = inner { return .bracket(items, open: open, close: close) }
        if open == "(" && close == ")" || open == "[" && close == "]" { return inner }
        return fail()
    }

    private mutating func parseWord(_ w: String) -> MathNode? {
        switch w {
        case "pi", "Pi", "PI": return .constant(.pi)
        case "e": return .constant(.e)
        case "i": return .constant(.i)
        case "inf", "infinity", "infty", "Infinity": return .constant(.infinity)
        default: break
        }
        let lower = w.lowercased()
        if MathParser.functionNames.contains(lower) { return parseFunction(lower) }
        if w.contains("_") { return .variable(w) }
        if w.count == 1 { return .variable(w) }
        // A short run of letters is a product of variables (xy), but not words like "the".
        if w.count <= 3, !MathParser.commonWords.contains(lower) {
            var factors: [MathNode] = []
            for ch in w {
                switch ch {
                case "e": factors.append(.constant(.e))
                case "i": factors.append(.constant(.i))
                default: factors.append(.variable(String(ch)))
                }
            }
            return .product(factors)
        }
        return fail()
    }

    private static let commonWords: Set<String> = [
        "the", "is", "a", "an", "of", "to", "it", "so", "be", "are", "was", "yes", "no", "not", "odd", "dne", "all",
        "any", "for", "and", "or", "but", "its", "as", "at", "by", "we", "get", "has", "can", "in", "on", "my",
    ]

    private mutating func parseFunction(_ name: String) -> MathNode? {
        var functionName = name
        if name == "lg" { functionName = "log" }
        // Powers on the function name: \sin^2 x, \sin^{-1} x.
        var outerPower: MathNode?
        if current.isSymbol("^") {
            advance()
            guard let e = parseExponent() else { return nil }
            if case .number(let q, _) = e, q == -(Rational.one), ["sin", "cos", "tan"].contains(name) {
                functionName = "arc" + name
            } else if case .negate(.number(let q, _)) = e, q == .one, ["sin", "cos", "tan"].contains(name) {
                functionName = "arc" + name
            } else {
                outerPower = e
            }
        }
        var base: MathNode?
        if functionName == "log", accept("_") {
            guard let b = parseGroup() else { return nil }
            base = b
        }
        var arguments: [MathNode]
        if functionName == "sqrt", current.isSymbol("[") {
            advance()
            guard let n = parseExpression(), accept("]"), let a = parseGroup() else { return fail() }
            arguments = [a, n]
            functionName = "root"
        } else if current.isSymbol("(") {
            advance()
            guard let inner = parseList(), accept(")") else { return fail() }
            if case .list(let items, _) = inner { arguments = items } else { arguments = [inner] }
        } else if current.isSymbol("{") {
            guard let g = parseGroup() else { return nil }
            arguments = [g]
        } else {
            // \sin 2x, \ln 5, \sin 30^\circ: a short product of simple factors.
            guard var arg = parsePower() else { return nil }
            var factors = [arg]
            while case .word(let w) = current.kind, w.count <= 2, !MathParser.separatorWords.contains(w),
                MathUnit.named(w) == nil || w.count == 1
            {
                guard let f = parsePower() else { return nil }
                factors.append(f)
            }
            if factors.count > 1 { arg = .product(factors) }
            arguments = [arg]
        }
        if let base { arguments.append(base) }
        var node = MathNode.function(functionName, arguments)
        if let outerPower { node = .power(node, outerPower) }
        return node
    }

    private mutating func parseCommand(_ c: String) -> MathNode? {
        switch c {
        case "frac": return parseFrac()
        case "binom", "dbinom", "tbinom":
            guard let n = parseGroup(), let k = parseGroup() else { return fail() }
            return .function("binom", [n, k])
        case "sqrt": return parseFunction("sqrt")
        case "pi": return .constant(.pi)
        case "infty", "infin": return .constant(.infinity)
        case "emptyset": return .set([])
        case "imath", "jmath": return .constant(.i)
        case "exp": return parseFunction("exp")
        case "lbrace": return parseBraceSet()
        case "langle":
            if current.isCommand("rangle") {
                advance()
                return .bracket([], open: "⟨", close: "⟩")
            }
            guard let inner = parseList(), current.isCommand("rangle") else { return fail() }
            advance()
            if case .list(let items, _) = inner { return .bracket(items, open: "⟨", close: "⟩") }
            return .bracket([inner], open: "⟨", close: "⟩")
        case "lfloor", "lceil":
            guard let inner = parseExpression(), current.isCommand(c == "lfloor" ? "rfloor" : "rceil") else {
                return fail()
            }
            advance()
            return .function(c == "lfloor" ? "floor" : "ceil", [inner])
        case "mathbb":
            let braced = accept("{")
            let letter = current.word
            advance()
            if braced { _ = accept("}") }
            if letter == "R" {
                return .bracket(
                    [.negate(.constant(.infinity)), .constant(.infinity)],
                    open: "(",
                    close: ")"
                )
            }
            return .text("set " + (letter ?? ""))
        case "begin": return parseMatrix()
        case "overline", "bar", "hat", "vec", "mathbf", "tilde":
            return parseGroup()
        case "boxed", "fbox":
            return parseGroup()
        case "not": return parsePrimary()
        default:
            if MathParser.functionNames.contains(c) || c == "arcsin" || c == "arccos" || c == "arctan" {
                return parseFunction(c)
            }
            if MathParser.greek.contains(c) { return .variable(c) }
            return fail()
        }
    }

    /// `\{1, 2\}` or `\{x \mid x > 0\}`.
    private mutating func parseBraceSet() -> MathNode? {
        if current.isCommand("rbrace") {
            advance()
            return .set([])
        }
        guard let first = parseItem() else { return nil }
        if current.isCommand("mid") || current.isSymbol("|") || current.isSymbol(":") {
            advance()
            var variable: String?
            var domain: MathNode?
            switch first {
            case .variable(let v): variable = v
            case .relation(let nodes, let rels) where rels == [.element]:
                if case .variable(let v) = nodes[0] { variable = v }
                domain = nodes.count > 1 ? nodes[1] : nil
            default: break
            }
            guard let variable, let condition = parseList(), current.isCommand("rbrace") else { return fail() }
            advance()
            if let domain, case .bracket(let ends, _, _) = domain, ends.count == 2,
                case .negate(.constant(.infinity)) = ends[0]
            {
                return .setBuilder(variable, condition)
            } else if let domain {
                return .setBuilder(
                    variable,
                    .list([condition, .relation([.variable(variable), domain], [.element])], conjunction: true)
                )
            }
            return .setBuilder(variable, condition)
        }
        var items = [first]
        while accept(",") || accept(";") {
            if current.isCommand("rbrace") { break }
            guard let next = parseItem() else { return nil }
            items.append(next)
        }
        guard current.isCommand("rbrace") else { return fail() }
        advance()
        return .set(items)
    }

    /// `\begin{pmatrix} a & b \\ c & d \end{pmatrix}` (any matrix or array environment).
    private mutating func parseMatrix() -> MathNode? {
        guard accept("{"), let env = current.word else { return fail() }
        advance()
        guard accept("}") else { return fail() }
        if env == "array", accept("{") {
            while !current.isSymbol("}") && current.kind != .end { advance() }
            _ = accept("}")
        }
        var rows: [[MathNode]] = []
        var row: [MathNode] = []
        while true {
            if current.isCommand("end") {
                advance()
                if accept("{") {
                    advance()
                    _ = accept("}")
                }
                break
            }
            guard current.kind != .end else { return fail() }
            guard let entry = parseExpression() else { return nil }
            row.append(entry)
            if accept("&") { continue }
            if accept("\n") {
                rows.append(row)
                row = []
                if current.isCommand("end") { continue }
                continue
            }
            if current.isCommand("end") { continue }
            return fail()
        }
        if !row.isEmpty { rows.append(row) }
        guard !rows.isEmpty, rows.allSatisfy({ $0.count == rows[0].count }) else { return fail() }
        if env == "vmatrix" { return .function("det", [.matrix(rows)]) }
        return .matrix(rows)
    }
}
