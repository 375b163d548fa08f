/// A small deterministic random generator (SplitMix64) seeded from text, so a mock's result depends only on
/// the tool and its arguments, in every process and on every machine.
struct SeededRandom: Sendable {
    private var state: UInt64

    /// Seeds from `text` with 64-bit FNV-1a.
    init(text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        state = hash
    }

    mutating func next() -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// A number in `range`, rounded to `decimals` places.
    mutating func double(_ range: ClosedRange<Double>, decimals: Int = 2) -> Double {
        let unit = Double(next() >> 11) / Double(1 << 53)
        let raw = range.lowerBound + unit * (range.upperBound - range.lowerBound)
        return Self.round(raw, decimals: decimals)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { double(0...1, decimals: 6) < probability }

    /// One element of `items` (which must not be empty).
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// `count` hexadecimal digits.
    mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<count).map { _ in digits[int(0...15)] })
    }

    /// `count` upper-case letters and digits.
    mutating func code(_ count: Int) -> String {
        let symbols = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<count).map { _ in symbols[int(0...(symbols.count - 1))] })
    }

    static func round(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
