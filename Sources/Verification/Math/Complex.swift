import Foundation

/// A complex number in double precision, used where exact arithmetic stops (roots, π, trigonometry).
struct Complex: Hashable, Sendable {
    var re: Double
    var im: Double

    init(_ re: Double, _ im: Double = 0) {
        self.re = re
        self.im = im
    }

    static let i = Complex(0, 1)

    var isFinite: Bool { re.isFinite && im.isFinite }
    var magnitude: Double { hypot(re, im) }
    var argument: Double { atan2(im, re) }
    var isReal: Bool { abs(im) <= 1e-12 * max(1, abs(re)) }

    static func + (a: Complex, b: Complex) -> Complex { Complex(a.re + b.re, a.im + b.im) }
    static func - (a: Complex, b: Complex) -> Complex { Complex(a.re - b.re, a.im - b.im) }
    static prefix func - (a: Complex) -> Complex { Complex(-a.re, -a.im) }
    static func * (a: Complex, b: Complex) -> Complex {
        Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }
    static func / (a: Complex, b: Complex) -> Complex {
        let d = b.re * b.re + b.im * b.im
        return Complex((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d)
    }

    static func exp(_ z: Complex) -> Complex {
        let m = Foundation.exp(z.re)
        return z.im == 0 ? Complex(m) : Complex(m * Foundation.cos(z.im), m * Foundation.sin(z.im))
    }

    static func log(_ z: Complex) -> Complex {
        if z.im == 0 && z.re > 0 { return Complex(Foundation.log(z.re)) }
        return Complex(Foundation.log(z.magnitude), z.argument)
    }

    static func sqrt(_ z: Complex) -> Complex {
        if z.im == 0 {
            return z.re >= 0 ? Complex(Foundation.sqrt(z.re)) : Complex(0, Foundation.sqrt(-z.re))
        }
        let m = z.magnitude
        let re = Foundation.sqrt((m + z.re) / 2)
        let im = Foundation.sqrt((m - z.re) / 2)
        return Complex(re, z.im < 0 ? -im : im)
    }

    /// `a` to the power `b`; real results for real inputs where the real power is defined (odd roots of negatives).
    static func pow(_ a: Complex, _ b: Complex) -> Complex {
        if a.im == 0 && b.im == 0 {
            if a.re >= 0 { return Complex(Foundation.pow(a.re, b.re)) }
            if b.re == b.re.rounded() { return Complex(Foundation.pow(a.re, b.re)) }
            // Odd roots of negatives stay real: (-8)^(1/3) = -2.
            let inverse = 1 / b.re
            if abs(inverse - inverse.rounded()) < 1e-9, Int(inverse.rounded()) % 2 != 0 {
                return Complex(-Foundation.pow(-a.re, b.re))
            }
        }
        if a.re == 0 && a.im == 0 { return Complex(0) }
        return exp(b * log(a))
    }

    static func sin(_ z: Complex) -> Complex {
        if z.im == 0 { return Complex(Foundation.sin(z.re)) }
        return Complex(Foundation.sin(z.re) * Foundation.cosh(z.im), Foundation.cos(z.re) * Foundation.sinh(z.im))
    }

    static func cos(_ z: Complex) -> Complex {
        if z.im == 0 { return Complex(Foundation.cos(z.re)) }
        return Complex(Foundation.cos(z.re) * Foundation.cosh(z.im), -Foundation.sin(z.re) * Foundation.sinh(z.im))
    }
}

/// Relative closeness of two complex numbers: `|a - b| <= tolerance * max(|a|, |b|)`; zero only equals zero.
func isClose(_ a: Complex, _ b: Complex, tolerance: Double) -> Bool {
    guard a.isFinite, b.isFinite else { return false }
    let scale = max(a.magnitude, b.magnitude)
    if scale == 0 { return true }
    return (a - b).magnitude <= tolerance * scale
}
