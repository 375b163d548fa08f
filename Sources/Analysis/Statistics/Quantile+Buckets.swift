extension Quantile {
    /// The `qs`-quantiles (0 … 1) of each of `groups` and of all their values together, by bucketing: the
    /// same numbers as ``select(_:_:)`` on each group and on all values, in two passes over the values.
    ///
    /// A first pass counts the values per bucket (the top bits of an order-preserving key), so the bucket
    /// holding each wanted order statistic is known; a second pass gathers only those buckets' values, which
    /// are sorted. No value may be NaN.
    ///
    /// - Returns: For each group, then for all values, the quantiles in `qs` order (empty without values).
    static func select(groups: [[Double]], _ qs: [Double]) -> (groups: [[Double]], all: [Double]) {
        let bits = groups.count <= 32 ? 16 : 11
        let bucketCount = 1 << bits
        let shift = UInt64(64 - bits)
        let allRow = groups.count
        let rowCount = groups.count + 1
        var histogram = [Int](repeating: 0, count: rowCount * bucketCount)
        histogram.withUnsafeMutableBufferPointer { histogram in
            for (group, values) in groups.enumerated() {
                let row = group * bucketCount
                for value in values { histogram[row + Int(key(value) >> shift)] += 1 }
                for bucket in 0..<bucketCount { histogram[allRow * bucketCount + bucket] += histogram[row + bucket] }
            }
        }
        // The order statistics each row needs, and where they lie: (bucket, rank within the bucket).
        var counts = groups.map(\.count)
        counts.append(counts.reduce(0, +))
        var needed = [[Int]](repeating: [], count: rowCount)
        for row in 0..<rowCount where counts[row] > 0 {
            var ranks = Set<Int>()
            for q in qs {
                let position = q * Double(counts[row] - 1)
                let lower = Int(position.rounded(.down))
                ranks.insert(lower)
                if position - Double(lower) > 0, lower + 1 < counts[row] { ranks.insert(lower + 1) }
            }
            needed[row] = ranks.sorted()
        }
        var located = [[Int: (bucket: Int, offset: Int)]](repeating: [:], count: rowCount)
        var slots = [Int32](repeating: -1, count: rowCount * bucketCount)
        var lists: [[Double]] = []
        for row in 0..<rowCount where !needed[row].isEmpty {
            var seen = 0
            var bucket = 0
            for rank in needed[row] {
                while seen + histogram[row * bucketCount + bucket] <= rank {
                    seen += histogram[row * bucketCount + bucket]
                    bucket += 1
                }
                located[row][rank] = (bucket, rank - seen)
                if slots[row * bucketCount + bucket] < 0 {
                    slots[row * bucketCount + bucket] = Int32(lists.count)
                    lists.append([])
                    lists[lists.count - 1].reserveCapacity(histogram[row * bucketCount + bucket])
                }
            }
        }
        for (group, values) in groups.enumerated() {
            let row = group * bucketCount
            let all = allRow * bucketCount
            for value in values {
                let bucket = Int(key(value) >> shift)
                let slot = slots[row + bucket]
                if slot >= 0 { lists[Int(slot)].append(value) }
                let allSlot = slots[all + bucket]
                if allSlot >= 0 { lists[Int(allSlot)].append(value) }
            }
        }
        for index in lists.indices { lists[index].sort() }
        let results = (0..<rowCount).map { row -> [Double] in
            guard counts[row] > 0 else { return [] }
            func statistic(_ rank: Int) -> Double {
                let (bucket, offset) = located[row][rank] ?? (0, 0)
                return lists[Int(slots[row * bucketCount + bucket])][offset]
            }
            return qs.map { q in
                let position = q * Double(counts[row] - 1)
                let lower = Int(position.rounded(.down))
                let fraction = position - Double(lower)
                let low = statistic(lower)
                guard fraction > 0, lower + 1 < counts[row] else { return low }
                return low + fraction * (statistic(lower + 1) - low)
            }
        }
        return (Array(results.dropLast()), results[allRow])
    }

    /// An unsigned key that orders doubles as `<` does (negative values flipped, positive ones offset).
    @inline(__always)
    private static func key(_ value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits >> 63 == 1 ? ~bits : bits | 1 << 63
    }
}
