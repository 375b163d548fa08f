import Foundation

/// A unit of measure: a scale to base units (metre, second, kilogram, degree, dollar) and a dimension.
struct MathUnit: Hashable, Sendable {
    /// The exponents of length, time, mass, angle and money.
    var dimension: [Int8]
    /// The exact scale to base units when it is rational (everything but radians).
    var exactScale: Rational?
    /// The scale to base units.
    var scale: Double

    static let dimensionless = MathUnit(dimension: [0, 0, 0, 0, 0], exactScale: .one, scale: 1)

    var isAngle: Bool { dimension == [0, 0, 0, 1, 0] }
    var isDegree: Bool { isAngle && exactScale == .one }

    static func * (a: MathUnit, b: MathUnit) -> MathUnit {
        let exact: Rational? =
            if let x = a.exactScale, let y = b.exactScale { x * y } else { nil }
        return MathUnit(
            dimension: zip(a.dimension, b.dimension).map { $0 + $1 },
            exactScale: exact,
            scale: a.scale * b.scale
        )
    }

    func power(_ k: Int) -> MathUnit {
        MathUnit(
            dimension: dimension.map { $0 * Int8(k) },
            exactScale: exactScale?.power(k),
            scale: pow(scale, Double(k))
        )
    }

    /// Looks up a unit word (`cm`, `feet`, `hours`, `degrees`…), case-sensitively for the short symbols.
    static func named(_ word: String) -> MathUnit? {
        if let unit = table[word] { return unit }
        let lower = word.lowercased()
        if lower.count > 2, let unit = table[lower] { return unit }
        if lower.count > 3, lower.hasSuffix("s"), let unit = table[String(lower.dropLast())] { return unit }
        return nil
    }

    private static func unit(_ index: Int, _ scale: Rational) -> MathUnit {
        var dimension: [Int8] = [0, 0, 0, 0, 0]
        dimension[index] = 1
        return MathUnit(dimension: dimension, exactScale: scale, scale: scale.doubleValue)
    }

    private static func q(_ text: String) -> Rational { Rational(decimal: Substring(text)) ?? .one }

    private static let table: [String: MathUnit] = {
        var t: [String: MathUnit] = [:]
        func add(_ names: [String], _ unit: MathUnit) { for n in names { t[n] = unit } }
        add(["mm", "millimeter", "millimetre"], unit(0, q("0.001")))
        add(["cm", "centimeter", "centimetre"], unit(0, q("0.01")))
        add(["m", "meter", "metre"], unit(0, .one))
        add(["km", "kilometer", "kilometre"], unit(0, q("1000")))
        add(["in", "inch", "inches"], unit(0, q("0.0254")))
        add(["ft", "foot", "feet"], unit(0, q("0.3048")))
        add(["yd", "yard"], unit(0, q("0.9144")))
        add(["mi", "mile"], unit(0, q("1609.344")))
        add(["ms", "millisecond"], unit(1, q("0.001")))
        add(["s", "sec", "second"], unit(1, .one))
        add(["min", "minute"], unit(1, q("60")))
        add(["h", "hr", "hour"], unit(1, q("3600")))
        add(["day"], unit(1, q("86400")))
        add(["week", "wk"], unit(1, q("604800")))
        add(["year", "yr"], unit(1, q("31536000")))
        add(["month"], unit(1, q("2628000")))
        add(["mg", "milligram"], unit(2, q("0.000001")))
        add(["g", "gram"], unit(2, q("0.001")))
        add(["kg", "kilogram"], unit(2, .one))
        add(["lb", "lbs", "pound"], unit(2, q("0.45359237")))
        add(["oz", "ounce"], unit(2, q("0.028349523125")))
        add(["tonne"], unit(2, q("1000")))
        add(["deg", "degree", "degrees", "°"], unit(3, .one))
        var radian = unit(3, .one)
        radian.exactScale = nil
        radian.scale = 180 / Double.pi
        add(["rad", "radian"], radian)
        let litre = MathUnit(dimension: [3, 0, 0, 0, 0], exactScale: q("0.001"), scale: 0.001)
        add(["L", "liter", "litre"], litre)
        add(["mL", "ml", "milliliter", "millilitre"], litre * MathUnit.unit(4, .one).power(0) * scaled(q("0.001")))
        add(["dollar", "usd"], unit(4, .one))
        add(["cent"], unit(4, q("0.01")))
        add(["mph"], unit(0, q("1609.344")) * unit(1, q("3600")).power(-1))
        add(["kph", "kmh"], unit(0, q("1000")) * unit(1, q("3600")).power(-1))
        return t
    }()

    private static func scaled(_ factor: Rational) -> MathUnit {
        MathUnit(dimension: [0, 0, 0, 0, 0], exactScale: factor, scale: factor.doubleValue)
    }

    /// Words that only say "units" and carry no dimension (`square units`, `units`).
    static let noiseWords: Set<String> = ["unit", "units", "sq", "square", "cubic", "u"]
}
