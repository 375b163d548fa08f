/// A percentile bootstrap interval for the mean of paired differences, resampling queries.
///
/// Each resample draws as many queries as there are, with replacement, from a ``SplitMix64`` stream
/// fixed by `seed`, so the interval is the same on every run.
public struct PairedBootstrap: Sendable, Hashable, Codable {
    /// How many resamples were drawn.
    public var resamples: Int
    /// The seed of the random stream.
    public var seed: UInt64
    /// The 2.5th percentile of the resampled means.
    public var lower: Double
    /// The 97.5th percentile of the resampled means.
    public var upper: Double

    /// The seed used when none is given.
    public static let defaultSeed: UInt64 = 20_240_601
    /// The number of resamples used when none is given.
    public static let defaultResamples = 2000

    /// Bootstraps the mean of `differences` (one value per query: B's outcome minus A's).
    ///
    /// - Parameters:
    ///   - differences: The per-query differences.
    ///   - resamples: How many resamples to draw.
    ///   - seed: The seed of the random stream.
    ///   - confidence: The interval's coverage, 0.95 by default.
    public init(
        differences: [Double],
        resamples: Int = PairedBootstrap.defaultResamples,
        seed: UInt64 = PairedBootstrap.defaultSeed,
        confidence: Double = 0.95
    ) {
        self.resamples = resamples
        self.seed = seed
        let count = differences.count
        guard count > 0, resamples > 0 else {
            lower = 0
            upper = 0
            return
        }
        var generator = SplitMix64(seed: seed)
        var means = [Double](repeating: 0, count: resamples)
        differences.withUnsafeBufferPointer { values in
            for r in 0..<resamples {
                var sum = 0.0
                for _ in 0..<count {
                    sum += values[generator.index(below: count)]
                }
                means[r] = sum / Double(count)
            }
        }
        means.sort()
        let tail = (1 - confidence) / 2
        lower = Quantile.of(sorted: means, tail) ?? 0
        upper = Quantile.of(sorted: means, 1 - tail) ?? 0
    }
}
