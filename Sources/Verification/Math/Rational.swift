import BigInt
import Foundation

/// An exact fraction of big integers, always in lowest terms with a positive denominator.
struct Rational: Hashable, Sendable, Comparable {
    /// The numerator, carrying the sign.
    private(set) var numerator: BigInt
    /// The denominator, always positive.
    private(set) var denominator: BigInt

    /// The largest magnitude, in bits, that exact arithmetic keeps; beyond it values become approximate.
    static let maximumBits = 4096

    static let zero = Rational(0)
    static let one = Rational(1)

    init(_ value: Int) {
        numerator = BigInt(value)
        denominator = 1
    }

    init(_ value: BigInt) {
        numerator = value
        denominator = 1
    }

    /// Creates `numerator / denominator`; nil when the denominator is zero.
    init?(_ numerator: BigInt, _ denominator: BigInt) {
        guard !denominator.isZero else { return nil }
        var n = numerator
        var d = denominator
        if d.sign == .minus {
            n.negate()
            d.negate()
        }
        let g = n.greatestCommonDivisor(with: d)
        if g > 1 {
            n /= g
            d /= g
        }
        self.numerator = n
        self.denominator = d
    }

    private init(reduced numerator: BigInt, _ denominator: BigInt) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Reads a decimal literal such as `12`, `0.75` or `1.5e3`; nil when the text is not one.
    init?(decimal text: Substring) {
        // Digits are gathered 18 at a time in a UInt64 and moved into the BigInt once per chunk.
        var digits = BigInt(0)
        var chunk: UInt64 = 0
        var chunkLength = 0
        var scale = 0
        var seenPoint = false
        var seenDigit = false
        let bytes = text.utf8
        var index = bytes.startIndex
        var negative = false
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index = bytes.index(after: index)
        }
        while index < bytes.endIndex {
            let b = bytes[index]
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                chunk = chunk * 10 + UInt64(b - UInt8(ascii: "0"))
                chunkLength += 1
                if chunkLength == 18 {
                    digits = digits * Rational.chunkScale + BigInt(chunk)
                    chunk = 0
                    chunkLength = 0
                }
                if seenPoint { scale += 1 }
                seenDigit = true
            } else if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                break
            }
            index = bytes.index(after: index)
        }
        if chunkLength > 0 {
            digits = digits.isZero ? BigInt(chunk) : digits * BigInt(10).power(chunkLength) + BigInt(chunk)
        }
        guard seenDigit else { return nil }
        var exponent = 0
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            let rest = text[bytes.index(after: index)...]
            guard let e = Int(rest), abs(e) <= 400 else { return nil }
            exponent = e
        } else if index != bytes.endIndex {
            return nil
        }
        let power = exponent - scale
        let value: Rational?
        if power >= 0 {
            value = Rational(digits * BigInt(10).power(power))
        } else {
            value = Rational(digits, BigInt(10).power(-power))
        }
        guard var result = value else { return nil }
        if negative { result.numerator.negate() }
        self = result
    }

    private static let chunkScale = BigInt(10).power(18)

    var isZero: Bool { numerator.isZero }
    var isInteger: Bool { denominator == 1 }
    var isNegative: Bool { numerator.sign == .minus && !numerator.isZero }

    /// True when the value has a finite decimal expansion (its denominator has no prime other than 2 and 5).
    var isTerminating: Bool {
        var d = denominator
        while d % 2 == 0 { d /= 2 }
        while d % 5 == 0 { d /= 5 }
        return d == 1
    }

    /// The size of the value in bits, for bounding work.
    var bitWidth: Int { numerator.magnitude.bitWidth + denominator.magnitude.bitWidth }

    var doubleValue: Double {
        if numerator.magnitude.bitWidth < 1000 && denominator.magnitude.bitWidth < 1000 {
            return Double(numerator) / Double(denominator)
        }
        // Scale both down to keep the quotient finite.
        let shift = max(numerator.magnitude.bitWidth, denominator.magnitude.bitWidth) - 900
        let n = Double(numerator >> shift)
        let d = Double(denominator >> shift)
        return n / d
    }

    static func + (a: Rational, b: Rational) -> Rational {
        if a.denominator == b.denominator {
            return Rational(a.numerator + b.numerator, a.denominator) ?? .zero
        }
        return Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
            ?? .zero
    }

    static prefix func - (a: Rational) -> Rational {
        Rational(reduced: -a.numerator, a.denominator)
    }

    static func - (a: Rational, b: Rational) -> Rational { a + (-b) }

    static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator) ?? .zero
    }

    /// The quotient, or nil when dividing by zero.
    func dividing(by b: Rational) -> Rational? {
        Rational(numerator * b.denominator, denominator * b.numerator)
    }

    /// `self` to an integer power, or nil when undefined (0 to a negative power) or too large to keep exact.
    func power(_ exponent: Int) -> Rational? {
        if exponent == 0 { return .one }
        let magnitude = exponent.magnitude
        guard magnitude < 100_000, bitWidth * Int(magnitude) <= Rational.maximumBits * 2 else { return nil }
        let n = numerator.power(Int(magnitude))
        let d = denominator.power(Int(magnitude))
        if exponent > 0 { return Rational(reduced: n, d) }
        return Rational(d, n)
    }

    /// The exact `k`-th root when it is rational, else nil.
    func root(_ k: Int) -> Rational? {
        guard k >= 1 else { return nil }
        if k == 1 { return self }
        if isNegative {
            guard k % 2 == 1, let r = (-self).root(k) else { return nil }
            return -r
        }
        guard let n = Rational.integerRoot(numerator, k), let d = Rational.integerRoot(denominator, k) else {
            return nil
        }
        return Rational(reduced: n, d)
    }

    private static func integerRoot(_ value: BigInt, _ k: Int) -> BigInt? {
        if value.isZero || value == 1 { return value }
        if k == 2 {
            let r = BigInt(value.magnitude.squareRoot())
            return r * r == value ? r : nil
        }
        let guess = BigInt(pow(Double(value), 1 / Double(k)).rounded())
        for candidate in [guess - 1, guess, guess + 1] where candidate > 0 {
            if candidate.power(k) == value { return candidate }
        }
        return nil
    }

    static func < (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }
}

extension Rational: CustomStringConvertible {
    var description: String {
        denominator == 1 ? numerator.description : "\(numerator)/\(denominator)"
    }
}
