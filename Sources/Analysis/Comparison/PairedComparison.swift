/// `bon compare A B`: the two files paired on the `query_id`s both ran.
///
/// For each split (the split a query has in A) and overall: pass@1 (the mean over queries of the
/// share of verified candidates, the unbiased pass@1) and coverage (a verified candidate exists) in A
/// and in B, their difference B − A with a paired bootstrap 95% interval over queries, and an exact
/// McNemar test on per-query outcomes (the earliest candidate's verdict for pass@1; coverage for
/// coverage). ``answer`` is the one-line verdict on "did B hurt accuracy compared with A?".
public struct PairedComparison: Sendable, Hashable, Codable {
    /// A's label (its path).
    public var a: String
    /// B's label (its path).
    public var b: String
    /// Queries both files ran.
    public var pairedQueries: Int
    /// Queries only A ran.
    public var onlyInA: Int
    /// Queries only B ran.
    public var onlyInB: Int
    /// One entry per split, sorted by name.
    public var splits: [PairedSplit]
    /// The same over all paired queries.
    public var overall: PairedSplit
    /// The one-line answer to "did B hurt accuracy compared with A?".
    public var answer: String
}

/// The paired comparison on one split.
public struct PairedSplit: Sendable, Hashable, Codable {
    /// The split, or `"overall"`.
    public var split: String
    /// Paired queries in the split.
    public var queries: Int
    /// pass@1 in A and B and their difference.
    public var passAt1: PairedDifference
    /// Coverage in A and B and their difference.
    public var coverage: PairedDifference
    /// Exact McNemar test on the earliest candidate's outcome per query.
    public var firstCandidateTest: McNemarTest
    /// Exact McNemar test on per-query coverage.
    public var coverageTest: McNemarTest
}

/// A rate in A and in B and the difference B − A with its bootstrap interval.
public struct PairedDifference: Sendable, Hashable, Codable {
    /// The rate in A.
    public var a: Double
    /// The rate in B.
    public var b: Double
    /// `b − a`.
    public var difference: Double
    /// The bootstrap interval of the difference.
    public var interval: PairedBootstrap

    /// Whether the interval excludes zero.
    public var isDetectable: Bool { interval.lower > 0 || interval.upper < 0 }
}
