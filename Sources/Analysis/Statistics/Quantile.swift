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
