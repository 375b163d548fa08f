/// A parsed math answer: an expression tree, or a structure (list, set, interval, matrix…) of them.
indirect enum MathNode: Hashable, Sendable {
    /// A number; `decimal` is true when it was written with a decimal point or an exponent (`0.5`, `3e2`).
    case number(Rational, decimal: Bool)
    /// π, e, i or ∞.
    case constant(MathConstant)
    /// A named unknown such as `x` or `a_1`.
    case variable(String)
    case sum([MathNode])
    case product([MathNode])
    case negate(MathNode)
    case quotient(MathNode, MathNode)
    case power(MathNode, MathNode)
    /// A named function of some arguments (`sin`, `sqrt`, `log`, `abs`, `factorial`, `root`, `binom`…).
    case function(String, [MathNode])
    /// `a ± b`, standing for both values.
    case plusMinus(MathNode, MathNode)
    /// `x%`.
    case percent(MathNode)
    /// A quantity with a unit (degrees, lengths, times, masses…).
    case quantity(MathNode, MathUnit)
    /// A bracketed, comma-separated group: `(1, 2)`, `[0, 1)`, `\langle 1, 2\rangle`.
    case bracket([MathNode], open: Character, close: Character)
    /// `\{1, 2\}`.
    case set([MathNode])
    /// `\{x \mid condition\}`.
    case setBuilder(String, MathNode)
    case union([MathNode])
    case intersection([MathNode])
    case setDifference(MathNode, MathNode)
    /// A chain of relations: `a < x <= b` is `[a, x, b]` with `[.less, .lessEqual]`.
    case relation([MathNode], [MathRelation])
    /// Answers separated by commas, "or", "and" or semicolons, without brackets.
    case list([MathNode], conjunction: Bool)
    case matrix([[MathNode]])
    /// A multiple-choice letter, possibly with the option's value.
    case choice(Character, MathNode?)
    /// A word answer (`yes`, `even`, `dne`), lower-cased.
    case text(String)
}

/// The named constants.
enum MathConstant: String, Hashable, Sendable {
    case pi, e, i, infinity
}

/// A relation between two sides.
enum MathRelation: String, Hashable, Sendable {
    case equal = "="
    case notEqual = "≠"
    case less = "<"
    case lessEqual = "≤"
    case greater = ">"
    case greaterEqual = "≥"
    case approximately = "≈"
    case element = "∈"

    /// The relation with its sides swapped.
    var flipped: MathRelation {
        switch self {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        default: self
        }
    }

    var isOrder: Bool { self == .less || self == .lessEqual || self == .greater || self == .greaterEqual }
}

extension MathNode {
    /// The free variables, sorted.
    var variables: Set<String> {
        var result: Set<String> = []
        collectVariables(into: &result)
        return result
    }

    private func collectVariables(into result: inout Set<String>) {
        switch self {
        case .variable(let name): result.insert(name)
        case .number, .constant, .text: break
        case .sum(let items), .product(let items), .bracket(let items, _, _), .set(let items), .union(let items),
            .intersection(let items), .list(let items, _), .function(_, let items), .relation(let items, _):
            for item in items { item.collectVariables(into: &result) }
        case .negate(let a), .percent(let a), .quantity(let a, _):
            a.collectVariables(into: &result)
        case .quotient(let a, let b), .power(let a, let b), .plusMinus(let a, let b), .setDifference(let a, let b):
            a.collectVariables(into: &result)
            b.collectVariables(into: &result)
        case .setBuilder(let v, let condition):
            var inner: Set<String> = []
            condition.collectVariables(into: &inner)
            inner.remove(v)
            result.formUnion(inner)
        case .matrix(let rows):
            for row in rows { for item in row { item.collectVariables(into: &result) } }
        case .choice(_, let value): value?.collectVariables(into: &result)
        }
    }

    /// True when some number in the tree was written as a decimal.
    var hasDecimal: Bool {
        switch self {
        case .number(_, let decimal): decimal
        case .constant, .variable, .text: false
        case .sum(let items), .product(let items), .bracket(let items, _, _), .set(let items), .union(let items),
            .intersection(let items), .list(let items, _), .function(_, let items), .relation(let items, _):
            items.contains { $0.hasDecimal }
        case .negate(let a), .percent(let a), .quantity(let a, _), .setBuilder(_, let a): a.hasDecimal
        case .quotient(let a, let b), .power(let a, let b), .plusMinus(let a, let b), .setDifference(let a, let b):
            a.hasDecimal || b.hasDecimal
        case .matrix(let rows): rows.contains { $0.contains { $0.hasDecimal } }
        case .choice(_, let value): value?.hasDecimal ?? false
        }
    }

    /// True when π appears (a bare angle with π is read in radians).
    var mentionsPi: Bool {
        switch self {
        case .constant(let c): c == .pi
        case .number, .variable, .text: false
        case .sum(let items), .product(let items), .function(_, let items):
            items.contains { $0.mentionsPi }
        case .negate(let a), .percent(let a): a.mentionsPi
        case .quotient(let a, let b), .power(let a, let b), .plusMinus(let a, let b): a.mentionsPi || b.mentionsPi
        default: false
        }
    }

    /// The number of nodes, for bounding work.
    var size: Int {
        switch self {
        case .number, .constant, .variable, .text: 1
        case .sum(let items), .product(let items), .bracket(let items, _, _), .set(let items), .union(let items),
            .intersection(let items), .list(let items, _), .function(_, let items), .relation(let items, _):
            items.reduce(1) { $0 + $1.size }
        case .negate(let a), .percent(let a), .quantity(let a, _), .setBuilder(_, let a): 1 + a.size
        case .quotient(let a, let b), .power(let a, let b), .plusMinus(let a, let b), .setDifference(let a, let b):
            1 + a.size + b.size
        case .matrix(let rows): rows.reduce(1) { $0 + $1.reduce(0) { $0 + $1.size } }
        case .choice(_, let value): 1 + (value?.size ?? 0)
        }
    }
}
