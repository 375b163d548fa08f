public import LLM

/// What a finished (or stopped) run produced, for the end-of-run report.
public struct RunSummary: Sendable, Codable {
    /// Per-split counts.
    public struct SplitCounts: Sendable, Codable {
        /// Rows.
        public var rows = 0
        /// Verified rows.
        public var verified = 0
        /// Queries seen.
        public var queries = 0
        /// Queries whose candidate 0 is verified.
        public var firstVerified = 0
        /// Queries with at least one verified candidate.
        public var anyVerified = 0
    }

    /// Rows written.
    public var rows = 0
    /// Counts by split, in first-seen order.
    public var splits: [String: SplitCounts] = [:]
    /// Split names in first-seen order.
    public var splitOrder: [String] = []
    /// Rows by verdict.
    public var verdicts: [String: Int] = [:]
    /// Tokens over all rows.
    public var inputTokens = 0
    /// Output tokens over all rows.
    public var outputTokens = 0
    /// Cached input tokens read.
    public var cacheReadTokens = 0
    /// Total cost; `nil` parts (unknown prices) are left out and counted in ``unpricedRows``.
    public var costUSD = 0.0
    /// Rows whose cost is unknown.
    public var unpricedRows = 0
    /// Wall time of this process's run in seconds.
    public var wallSeconds = 0.0
    /// The result file.
    public var outputPath = ""
    /// Why the run ended (`completed`, `interrupted`, `budget_reached`).
    public var ending = "completed"
    /// The provider client's counters in this process: requests, attempts, retries, 429s, failures.
    public var calls = LLMClientStatistics()

    private var queryState: [String: (split: String, first: Bool, any: Bool)] = [:]

    enum CodingKeys: String, CodingKey {
        case rows, splits, splitOrder, verdicts, inputTokens, outputTokens, cacheReadTokens, costUSD, unpricedRows
        case wallSeconds, outputPath, ending, calls
    }

    /// An empty summary.
    public init() {}

    /// Adds one row.
    public mutating func add(_ record: ResultRecord) {
        rows += 1
        if splits[record.split] == nil {
            splits[record.split] = SplitCounts()
            splitOrder.append(record.split)
        }
        splits[record.split]?.rows += 1
        if record.isVerified { splits[record.split]?.verified += 1 }
        verdicts[record.verdict, default: 0] += 1
        inputTokens += record.inputTokens
        outputTokens += record.outputTokens
        cacheReadTokens += record.cacheReadTokens
        if let cost = record.costUSD { costUSD += cost } else { unpricedRows += 1 }
        var state = queryState[record.queryID] ?? (record.split, false, false)
        if record.candidateIndex == 0 && record.isVerified { state.first = true }
        if record.isVerified { state.any = true }
        queryState[record.queryID] = state
    }

    /// Folds the per-query state into the split counts; call once after the last ``add(_:)``.
    public mutating func finish() {
        for state in queryState.values {
            splits[state.split]?.queries += 1
            if state.first { splits[state.split]?.firstVerified += 1 }
            if state.any { splits[state.split]?.anyVerified += 1 }
        }
        queryState = [:]
    }

    /// Overall counts across splits.
    public var overall: SplitCounts {
        splits.values.reduce(into: SplitCounts()) { total, counts in
            total.rows += counts.rows
            total.verified += counts.verified
            total.queries += counts.queries
            total.firstVerified += counts.firstVerified
            total.anyVerified += counts.anyVerified
        }
    }
}
