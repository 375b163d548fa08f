/// Deterministic orders for selection: `seed` 0 keeps the dataset's order, any other seed shuffles with
/// SplitMix64, so the same seed picks the same queries on every machine and every run.
enum SeededOrder {
    /// `items` shuffled by `seed` mixed with `salt` (the file name, so each file's row groups get their own
    /// order); unchanged when `seed` is 0.
    static func shuffled<T>(_ items: [T], seed: Int, salt: String = "") -> [T] {
        guard seed != 0, items.count > 1 else { return items }
        var generator = SplitMix64(state: UInt64(bitPattern: Int64(seed)) ^ fnv1a(salt))
        var result = items
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            let other = Int(generator.next() % UInt64(index + 1))
            result.swapAt(index, other)
        }
        return result
    }

    /// `total` divided over `count` splits as evenly as possible, the remainder to the first splits;
    /// `total` ≤ 0 means no limit (`Int.max` each).
    static func quotas(total: Int, count: Int) -> [Int] {
        guard total > 0 else { return Array(repeating: Int.max, count: count) }
        guard count > 0 else { return [] }
        return (0..<count).map { total / count + ($0 < total % count ? 1 : 0) }
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

/// The SplitMix64 generator (Steele, Lea, Flood 2014): tiny, fast, and the same everywhere.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
