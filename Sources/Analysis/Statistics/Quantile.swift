/// Quantiles with linear interpolation between order statistics, as numpy's and pandas' default.
public enum Quantile {
    /// The `q`-quantile (0 … 1) of `sorted`, which must be in ascending order; `nil` when empty.
    public static func of(sorted: [Double], _ q: Double) -> Double? {
        guard let first = sorted.first else { return nil }
        guard sorted.count > 1 else { return first }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }
}

extension Quantile {
    /// The `q`-quantile of `values` (any order), by selection in linear time; `nil` when empty.
    ///
    /// Reorders `values`. Gives the same result as ``of(sorted:_:)`` on the sorted values.
    public static func select(_ values: inout [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        guard values.count > 1 else { return values[0] }
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        let low = values.withUnsafeMutableBufferPointer { kth(&$0, lower) }
        guard fraction > 0, lower + 1 < values.count else { return low }
        // After selection everything right of `lower` is ≥ it; the next order statistic is their minimum.
        let high = values[(lower + 1)...].min() ?? low
        return low + fraction * (high - low)
    }

    /// Hoare's selection: puts the `k`-th smallest at index `k`, smaller ones left, larger ones right.
    private static func kth(_ a: inout UnsafeMutableBufferPointer<Double>, _ k: Int) -> Double {
        var left = 0
        var right = a.count - 1
        while left < right {
            // Median of three as the pivot.
            let mid = left + (right - left) / 2
            if a[mid] < a[left] { a.swapAt(mid, left) }
            if a[right] < a[left] { a.swapAt(right, left) }
            if a[right] < a[mid] { a.swapAt(right, mid) }
            let pivot = a[mid]
            var i = left
            var j = right
            while i <= j {
                while a[i] < pivot { i += 1 }
                while pivot < a[j] { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                right = j
            } else if k >= i {
                left = i
            } else {
                break
            }
        }
        return a[k]
    }
}
