/// What `bon reverify` did: how many verdicts changed, by split and by transition, and what it left alone.
public struct ReverifyReport: Sendable, Hashable, Codable {
    /// Counts for one split.
    public struct SplitCounts: Sendable, Hashable, Codable {
        /// The split.
        public var split: String
        /// Rows of the split.
        public var rows = 0
        /// Rows whose verdict was recomputed.
        public var reverified = 0
        /// Rows whose verdict or `is_verified` changed.
        public var changed = 0
        /// Rows left as stored.
        public var kept = 0
        /// Verified rows before.
        public var verifiedBefore = 0
        /// Verified rows after.
        public var verifiedAfter = 0

        /// Creates empty counts for `split`.
        public init(split: String) { self.split = split }
    }

    /// How many rows went from one verdict to another.
    public struct Transition: Sendable, Hashable, Codable {
        /// The stored verdict.
        public var from: String
        /// The new verdict.
        public var to: String
        /// Rows.
        public var count: Int

        /// Creates a transition.
        public init(from: String, to: String, count: Int) {
            self.from = from
            self.to = to
            self.count = count
        }
    }

    /// Rows left as stored for one reason.
    public struct Kept: Sendable, Hashable, Codable {
        /// Why (`needs the LLM judge (pass --judge)`, `the code dataset could not be loaded`, …).
        public var reason: String
        /// Rows.
        public var count: Int

        /// Creates a count.
        public init(reason: String, count: Int) {
            self.reason = reason
            self.count = count
        }
    }

    /// The input file.
    public var input = ""
    /// The output file.
    public var output = ""
    /// Rows in the file.
    public var rows = 0
    /// Rows whose verdict was recomputed.
    public var reverified = 0
    /// Rows whose verdict or `is_verified` changed.
    public var changed = 0
    /// Rows whose persona score changed.
    public var personaScoresChanged = 0
    /// Per split, in first-seen order.
    public var splits: [SplitCounts] = []
    /// Verdict transitions of changed rows, most frequent first.
    public var transitions: [Transition] = []
    /// Rows left as stored, by reason, most frequent first.
    public var kept: [Kept] = []
    /// What the user should know (dataset not loaded, persona markers missing, judge consulted).
    public var notices: [String] = []
    /// What the judge calls cost, when the judge was used and its price is known.
    public var judgeCostUSD: Double?

    /// An empty report.
    public init() {}

    /// Rows left as stored.
    public var keptRows: Int { kept.reduce(0) { $0 + $1.count } }
}
