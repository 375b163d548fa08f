import BigInt
import Foundation

/// Evaluates expression trees to ``MathValue``s, exactly where the arithmetic is rational.
struct MathEvaluator {
    /// Values for free variables (random sample points); nil means variables make the value undefined.
    var environment: [String: Complex] = [:]

    /// The value of `node`, or nil when it is not a finite number (a set, an interval, division by zero, ∞…).
    func value(_ node: MathNode) -> MathValue? {
        guard let v = evaluate(node, depth: 0), v.isFinite else { return nil }
        return v
    }

    private func evaluate(_ node: MathNode, depth: Int) -> MathValue? {
        guard depth < 200 else { return nil }
        let d = depth + 1
        switch node {
        case .number(let q, _):
            return .real(q)
        case .constant(let c):
            switch c {
            case .pi: return .approximate(Complex(Double.pi))
            case .e: return .approximate(Complex(M_E))
            case .i: return .exact(.zero, .one)
            case .infinity: return nil
            }
        case .variable(let name):
            return environment[name].map { .approximate($0) }
        case .sum(let items):
            var total = MathValue.real(.zero)
            for item in items {
                guard let v = evaluate(item, depth: d) else { return nil }
                total = total + v
            }
            return total
        case .product(let items):
            var total = MathValue.real(.one)
            for item in items {
                guard let v = evaluate(item, depth: d) else { return nil }
                total = total * v
            }
            return total
        case .negate(let a):
            return evaluate(a, depth: d).map { -$0 }
        case .quotient(let a, let b):
            guard let x = evaluate(a, depth: d), let y = evaluate(b, depth: d) else { return nil }
            return x.dividing(by: y)
        case .power(let a, let b):
            guard let x = evaluate(a, depth: d), let y = evaluate(b, depth: d) else { return nil }
            return power(x, y)
        case .percent(let a):
            guard let x = evaluate(a, depth: d) else { return nil }
            return x.dividing(by: .real(Rational(100)))
        case .quantity(let a, _):
            return evaluate(a, depth: d)
        case .function(let name, let args):
            return function(name, args, depth: d)
        case .choice(_, let value):
            return value.flatMap { evaluate($0, depth: d) }
        case .relation(let nodes, let rels) where rels == [.equal] && nodes.count == 2:
            if case .variable = nodes[0] { return evaluate(nodes[1], depth: d) }
            return nil
        default:
            return nil
        }
    }

    private func power(_ x: MathValue, _ y: MathValue) -> MathValue? {
        if case .exact(let br, let bi) = x, let e = y.rational {
            if e.isInteger, let k = Int(e.description), abs(k) <= 10_000 {
                if bi.isZero {
                    if let p = br.power(k) { return .real(p) }
                    if br.isZero && k < 0 { return nil }
                } else if abs(k) <= 64 {
                    var result = MathValue.real(.one)
                    for _ in 0..<abs(k) { result = result * x }
                    return k < 0 ? MathValue.real(.one).dividing(by: result) : result
                }
            } else if bi.isZero, let q = Int(e.denominator.description), q <= 12,
                let p = Int(e.numerator.description), abs(p) <= 1000
            {
                if let root = br.root(q), let r = root.power(p) { return .real(r) }
                if br.isNegative, q == 2, let root = (-br).root(2), let r = root.power(p) {
                    // sqrt of a negative perfect square: i·r, to the power p.
                    return power(.exact(.zero, r), .real(.one))
                }
            }
        }
        if x.isZero, let e = y.rational, e.isNegative || e.isZero { return e.isZero ? .real(.one) : nil }
        let z = Complex.pow(x.complex, y.complex)
        guard z.isFinite else { return nil }
        return .approximate(z)
    }

    private func angle(_ node: MathNode, depth: Int) -> Complex? {
        if case .quantity(let a, let unit) = node, unit.isAngle {
            guard let v = evaluate(a, depth: depth) else { return nil }
            return v.complex * Complex(unit.scale * Double.pi / 180)
        }
        return evaluate(node, depth: depth)?.complex
    }

    private func function(_ name: String, _ args: [MathNode], depth: Int) -> MathValue? {
        guard let first = args.first else { return nil }
        switch name {
        case "sin", "cos", "tan", "cot", "sec", "csc", "cis":
            guard let z = angle(first, depth: depth) else { return nil }
            let s = Complex.sin(z)
            let c = Complex.cos(z)
            let r: Complex
            switch name {
            case "sin": r = s
            case "cos": r = c
            case "tan": r = s / c
            case "cot": r = c / s
            case "sec": r = Complex(1) / c
            case "cis": r = c + Complex.i * s
            default: r = Complex(1) / s
            }
            return r.isFinite && abs(r.re) < 1e15 ? .approximate(snap(r)) : nil
        case "arcsin", "arccos", "arctan", "arccot":
            guard let v = evaluate(first, depth: depth)?.complex, v.im == 0 else { return nil }
            let r: Double =
                switch name {
                case "arcsin": asin(v.re)
                case "arccos": acos(v.re)
                case "arctan": atan(v.re)
                default: atan(1 / v.re)
                }
            return r.isFinite ? .approximate(Complex(r)) : nil
        case "sinh", "cosh", "tanh":
            guard let v = evaluate(first, depth: depth)?.complex, v.im == 0 else { return nil }
            let r = name == "sinh" ? sinh(v.re) : name == "cosh" ? cosh(v.re) : tanh(v.re)
            return .approximate(Complex(r))
        case "sqrt":
            guard let v = evaluate(first, depth: depth) else { return nil }
            return power(v, .real(Rational(1, 2) ?? .one))
        case "root":
            guard args.count == 2, let v = evaluate(first, depth: depth), let n = evaluate(args[1], depth: depth),
                let k = n.dividing(by: .real(.one))?.rational, !k.isZero, let inverse = Rational.one.dividing(by: k)
            else { return nil }
            return power(v, .real(inverse))
        case "exp":
            guard let v = evaluate(first, depth: depth) else { return nil }
            if v.isZero { return .real(.one) }
            return .approximate(Complex.exp(v.complex))
        case "ln", "log":
            guard let v = evaluate(first, depth: depth) else { return nil }
            if v.isZero { return nil }
            var r = Complex.log(v.complex)
            if name == "log" {
                var base = Complex(10)
                if args.count == 2 {
                    guard let b = evaluate(args[1], depth: depth) else { return nil }
                    base = b.complex
                }
                r = r / Complex.log(base)
                // Exact logs of exact powers: log_2 8 = 3.
                let rounded = r.re.rounded()
                if r.im == 0, abs(r.re - rounded) < 1e-12 { return .real(Rational(Int(rounded))) }
            }
            return r.isFinite ? .approximate(r) : nil
        case "abs":
            guard let v = evaluate(first, depth: depth) else { return nil }
            if case .exact(let re, let im) = v, im.isZero { return .real(re.isNegative ? -re : re) }
            return .approximate(Complex(v.complex.magnitude))
        case "floor", "ceil":
            guard let v = evaluate(first, depth: depth)?.complex, v.im == 0, abs(v.re) < 1e15 else { return nil }
            let r = name == "floor" ? v.re.rounded(.down) : v.re.rounded(.up)
            return .real(Rational(Int(r)))
        case "factorial":
            guard let v = evaluate(first, depth: depth)?.rational, v.isInteger, !v.isNegative,
                let n = Int(v.description), n <= 500
            else { return nil }
            var p = Rational.one
            if n > 1 { for k in 2...n { p = p * Rational(k) } }
            return .real(p)
        case "binom":
            guard args.count == 2, let nv = evaluate(args[0], depth: depth)?.rational,
                let kv = evaluate(args[1], depth: depth)?.rational, nv.isInteger, kv.isInteger,
                let n = Int(nv.description), let k = Int(kv.description), n >= 0, n <= 2000
            else { return nil }
            if k < 0 || k > n { return .real(.zero) }
            var p = Rational.one
            for j in 0..<min(k, n - k) {
                p = p * Rational(n - j)
                p = p.dividing(by: Rational(j + 1)) ?? p
            }
            return .real(p)
        case "gcd", "lcm", "max", "min":
            var values: [Rational] = []
            for a in args {
                guard let v = evaluate(a, depth: depth)?.rational else { return nil }
                values.append(v)
            }
            guard var acc = values.first else { return nil }
            for v in values.dropFirst() {
                switch name {
                case "max": acc = max(acc, v)
                case "min": acc = min(acc, v)
                case "gcd":
                    guard acc.isInteger, v.isInteger else { return nil }
                    acc = Rational(acc.numerator.greatestCommonDivisor(with: v.numerator))
                default:
                    guard acc.isInteger, v.isInteger, !acc.isZero, !v.isZero else { return nil }
                    let g = acc.numerator.greatestCommonDivisor(with: v.numerator)
                    acc = Rational(BigInt((acc.numerator * v.numerator).magnitude) / g)
                }
            }
            return .real(acc)
        case "det":
            guard case .matrix(let rows) = first, rows.count == 2, rows[0].count == 2,
                let a = evaluate(rows[0][0], depth: depth), let b = evaluate(rows[0][1], depth: depth),
                let c = evaluate(rows[1][0], depth: depth), let e = evaluate(rows[1][1], depth: depth)
            else { return nil }
            return a * e + -(b * c)
        default:
            return nil
        }
    }

    /// Rounds trigonometric noise: sin(π) is 1.2e-16, which should be 0.
    private func snap(_ z: Complex) -> Complex {
        Complex(abs(z.re) < 1e-14 ? 0 : z.re, abs(z.im) < 1e-14 ? 0 : z.im)
    }
}
