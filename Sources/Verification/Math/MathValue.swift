/// The value of a variable-free expression: exact (a Gaussian rational) when possible, else approximate.
enum MathValue: Hashable, Sendable {
    case exact(Rational, Rational)
    case approximate(Complex)

    static func real(_ q: Rational) -> MathValue { .exact(q, .zero) }

    var complex: Complex {
        switch self {
        case .exact(let re, let im): Complex(re.doubleValue, im.doubleValue)
        case .approximate(let z): z
        }
    }

    /// The exact real value, when the value is an exact real.
    var rational: Rational? {
        if case .exact(let re, let im) = self, im.isZero { return re }
        return nil
    }

    var isFinite: Bool { complex.isFinite }

    private static func bounded(_ re: Rational, _ im: Rational) -> MathValue {
        if re.bitWidth > Rational.maximumBits || im.bitWidth > Rational.maximumBits {
            return .approximate(Complex(re.doubleValue, im.doubleValue))
        }
        return .exact(re, im)
    }

    static func + (a: MathValue, b: MathValue) -> MathValue {
        if case .exact(let ar, let ai) = a, case .exact(let br, let bi) = b { return bounded(ar + br, ai + bi) }
        return .approximate(a.complex + b.complex)
    }

    static prefix func - (a: MathValue) -> MathValue {
        switch a {
        case .exact(let re, let im): .exact(-re, -im)
        case .approximate(let z): .approximate(-z)
        }
    }

    static func * (a: MathValue, b: MathValue) -> MathValue {
        if case .exact(let ar, let ai) = a, case .exact(let br, let bi) = b {
            if ai.isZero && bi.isZero { return bounded(ar * br, .zero) }
            return bounded(ar * br - ai * bi, ar * bi + ai * br)
        }
        return .approximate(a.complex * b.complex)
    }

    /// The quotient; nil when dividing by zero.
    func dividing(by b: MathValue) -> MathValue? {
        if case .exact(let ar, let ai) = self, case .exact(let br, let bi) = b {
            if bi.isZero {
                guard let re = ar.dividing(by: br), let im = ai.dividing(by: br) else { return nil }
                return MathValue.bounded(re, im)
            }
            let d = br * br + bi * bi
            guard let re = (ar * br + ai * bi).dividing(by: d), let im = (ai * br - ar * bi).dividing(by: d) else {
                return nil
            }
            return MathValue.bounded(re, im)
        }
        let d = b.complex
        if d.re == 0 && d.im == 0 { return nil }
        let q = complex / d
        return q.isFinite ? .approximate(q) : nil
    }

    var isZero: Bool {
        switch self {
        case .exact(let re, let im): re.isZero && im.isZero
        case .approximate(let z): z.re == 0 && z.im == 0
        }
    }
}
