import Foundation

/// Conversion factors for the unit-conversion mock.
enum UnitTable {
    /// Unit name → (dimension, factor to the dimension's base unit).
    private static let units: [String: (dimension: String, factor: Double)] = {
        var table: [String: (String, Double)] = [:]
        func add(_ dimension: String, _ factor: Double, _ names: String) {
            for name in names.split(separator: " ") { table[String(name)] = (dimension, factor) }
        }
        add("length", 1, "m meter meters metre metres")
        add("length", 1000, "km kilometer kilometers kilometre kilometres")
        add("length", 0.01, "cm centimeter centimeters centimetre centimetres")
        add("length", 0.001, "mm millimeter millimeters millimetre millimetres")
        add("length", 1609.344, "mi mile miles")
        add("length", 0.3048, "ft foot feet")
        add("length", 0.0254, "in inch inches")
        add("length", 0.9144, "yd yard yards")
        add("length", 1852, "nmi nautical_mile nautical_miles")
        add("mass", 1, "kg kilogram kilograms kilo kilos")
        add("mass", 0.001, "g gram grams")
        add("mass", 0.000001, "mg milligram milligrams")
        add("mass", 0.45359237, "lb lbs pound pounds")
        add("mass", 0.028349523125, "oz ounce ounces")
        add("mass", 1000, "t tonne tonnes metric_ton")
        add("mass", 6.35029318, "st stone stones")
        add("volume", 1, "l liter liters litre litres")
        add("volume", 0.001, "ml milliliter milliliters millilitre millilitres")
        add("volume", 3.785411784, "gal gallon gallons")
        add("volume", 0.946352946, "qt quart quarts")
        add("volume", 0.2365882365, "cup cups")
        add("volume", 0.0295735295625, "fl_oz fluid_ounce fluid_ounces")
        add("time", 1, "s sec second seconds")
        add("time", 60, "min minute minutes")
        add("time", 3600, "h hr hour hours")
        add("time", 86400, "d day days")
        add("time", 604_800, "week weeks")
        add("speed", 1, "m/s mps meters_per_second")
        add("speed", 1000.0 / 3600, "km/h kph kmh kilometers_per_hour")
        add("speed", 1609.344 / 3600, "mph miles_per_hour")
        add("speed", 1852.0 / 3600, "knot knots kn")
        add("area", 1, "m2 sq_m square_meter square_meters")
        add("area", 1_000_000, "km2 sq_km square_kilometer square_kilometers")
        add("area", 0.09290304, "ft2 sq_ft square_foot square_feet")
        add("area", 4046.8564224, "acre acres")
        add("area", 10000, "ha hectare hectares")
        add("data", 1, "b byte bytes")
        add("data", 1000, "kb kilobyte kilobytes")
        add("data", 1_000_000, "mb megabyte megabytes")
        add("data", 1_000_000_000, "gb gigabyte gigabytes")
        add("data", 1_000_000_000_000, "tb terabyte terabytes")
        add("energy", 1, "j joule joules")
        add("energy", 4184, "kcal kilocalorie kilocalories calorie calories")
        add("energy", 3_600_000, "kwh kilowatt_hour kilowatt_hours")
        add("pressure", 1, "pa pascal pascals")
        add("pressure", 1000, "kpa kilopascal")
        add("pressure", 100_000, "bar bars")
        add("pressure", 6894.757, "psi")
        add("pressure", 101_325, "atm atmosphere atmospheres")
        return table
    }()

    /// `value` in `from` expressed in `to`, or `nil` when the units are unknown or measure different things.
    static func convert(_ value: Double, from: String, to: String) -> Double? {
        let source = normalize(from)
        let target = normalize(to)
        if let celsius = toCelsius(value, source) {
            return fromCelsius(celsius, target)
        }
        guard let left = units[source], let right = units[target], left.dimension == right.dimension else { return nil }
        return value * left.factor / right.factor
    }

    private static func normalize(_ unit: String) -> String {
        let lowered = unit.lowercased().trimmingCharacters(in: .whitespaces)
        if units[lowered] != nil { return lowered }
        return lowered.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    private static func toCelsius(_ value: Double, _ unit: String) -> Double? {
        switch unit {
        case "c", "°c", "celsius", "degc", "centigrade": value
        case "f", "°f", "fahrenheit", "degf": (value - 32) * 5 / 9
        case "k", "kelvin": value - 273.15
        default: nil
        }
    }

    private static func fromCelsius(_ value: Double, _ unit: String) -> Double? {
        switch unit {
        case "c", "°c", "celsius", "degc", "centigrade": value
        case "f", "°f", "fahrenheit", "degf": value * 9 / 5 + 32
        case "k", "kelvin": value + 273.15
        default: nil
        }
    }
}
