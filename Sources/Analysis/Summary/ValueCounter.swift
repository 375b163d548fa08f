/// Counts occurrences of a few distinct strings (verdicts, methods, refusal types) quickly.
///
/// A linear scan over the distinct values seen so far, comparing the last hit first, beats hashing
/// every row when there are only a handful of values; past 32 distinct values it falls back to a
/// dictionary.
struct ValueCounter: Sendable {
    private var names: [String] = []
    private var counts: [Int] = []
    private var overflow: [String: Int] = [:]
    private var last = -1

    mutating func add(_ name: String, count: Int = 1) {
        if last >= 0, names[last] == name {
            counts[last] += count
            return
        }
        if let index = names.firstIndex(of: name) {
            counts[index] += count
            last = index
            return
        }
        if names.count < 32 {
            names.append(name)
            counts.append(count)
            last = names.count - 1
        } else {
            overflow[name, default: 0] += count
        }
    }

    mutating func merge(_ other: ValueCounter) {
        for (name, count) in other.dictionary {
            add(name, count: count)
        }
    }

    var dictionary: [String: Int] {
        var result = overflow
        for (name, count) in zip(names, counts) {
            result[name, default: 0] += count
        }
        return result
    }

    var sortedCounts: [Count] { dictionary.sortedCounts }

    /// The total count of the names that satisfy `predicate`.
    func total(where predicate: (String) -> Bool) -> Int {
        dictionary.filter { predicate($0.key) }.values.reduce(0, +)
    }
}
