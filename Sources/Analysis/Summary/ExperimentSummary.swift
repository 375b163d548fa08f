/// Everything `bon inspect` says about one result file: metadata, shape, and one ``SplitSummary`` per
/// split plus one over all rows.
///
/// Build it with ``init(table:)``; render it with ``TextReport`` or ``HTMLReport``, or encode it as JSON
/// (it is `Codable`, and that is what `bon inspect --json` prints).
public struct ExperimentSummary: Sendable, Hashable, Codable {
    /// Where the rows came from.
    public var source: String
    /// The footer metadata.
    public var metadata: [String: String]
    /// Rows (candidates) in the file.
    public var rows: Int
    /// Distinct `query_id`s.
    public var queries: Int
    /// Candidates per query.
    public var candidatesPerQuery: CandidateCount
    /// The models named in the `model` column, most frequent first; without the column, the footer's
    /// `model` for all rows; empty when neither is there.
    public var models: [Count]
    /// One summary per split, sorted by split name.
    public var splits: [SplitSummary]
    /// The same over all rows.
    public var overall: SplitSummary
    /// What was left out and why (for example a column the file lacks).
    public var notes: [String]
}

/// The smallest, largest and mean number of candidates per query.
public struct CandidateCount: Sendable, Hashable, Codable {
    /// Fewest candidates of any query.
    public var min: Int
    /// Most candidates of any query.
    public var max: Int
    /// Mean candidates per query.
    public var mean: Double

    /// Creates a count.
    public init(min: Int, max: Int, mean: Double) {
        self.min = min
        self.max = max
        self.mean = mean
    }
}

/// A name and how often it occurred.
public struct Count: Sendable, Hashable, Codable {
    /// The value counted (a verdict, a method, a refusal type, …).
    public var name: String
    /// How many rows had it.
    public var count: Int

    /// Creates a count.
    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}

/// The unbiased pass@k estimate for one budget `k`.
public struct PassAtKPoint: Sendable, Hashable, Codable {
    /// The budget.
    public var k: Int
    /// The mean over queries of the per-query estimate.
    public var value: Double
    /// How many queries had at least `k` candidates (the queries averaged).
    public var queries: Int
}
