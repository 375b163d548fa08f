/// A share of successes among trials, with its 95% Wilson score interval.
///
/// The Wilson interval stays inside [0, 1] and behaves well for small samples and rates near 0 or 1,
/// where the normal ("Wald") interval does not. With no trials the value and both bounds are 0 and
/// ``isEmpty`` is true; renderers print a dash.
public struct Proportion: Sendable, Hashable, Codable {
    /// How many trials succeeded.
    public var successes: Int
    /// How many trials there were.
    public var trials: Int
    /// `successes / trials`, or 0 without trials.
    public var value: Double
    /// The lower bound of the 95% Wilson interval.
    public var lower: Double
    /// The upper bound of the 95% Wilson interval.
    public var upper: Double

    /// The normal quantile for a two-sided 95% interval.
    public static let z95 = 1.959963984540054

    /// Creates the proportion `successes / trials` with its Wilson interval at confidence `z`.
    ///
    /// - Parameters:
    ///   - successes: How many trials succeeded (0 … `trials`).
    ///   - trials: How many trials there were.
    ///   - z: The normal quantile of the interval; ``z95`` for 95%.
    public init(successes: Int, trials: Int, z: Double = Proportion.z95) {
        self.successes = successes
        self.trials = trials
        guard trials > 0 else {
            value = 0
            lower = 0
            upper = 0
            return
        }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let halfWidth = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        value = p
        lower = max(0, centre - halfWidth)
        upper = min(1, centre + halfWidth)
    }

    /// True when there were no trials, so the rate is undefined.
    public var isEmpty: Bool { trials == 0 }
}
