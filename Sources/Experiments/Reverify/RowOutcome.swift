import Parquet

/// One row after re-verification: the row to write and what happened to its verdict.
struct RowOutcome: Sendable {
    /// The row to write (verdict columns updated when ``reverified``).
    var row: [ParquetValue]
    /// The row's split.
    var split: String
    /// The stored verdict.
    var oldVerdict: String
    /// The stored `is_verified`.
    var oldVerified: Bool
    /// The verdict written.
    var newVerdict = ""
    /// The `is_verified` written.
    var newVerified = false
    /// Whether the verdict was recomputed.
    var reverified = false
    /// Why the verdict was kept as stored, when it was.
    var keptReason: String?
    /// Whether the persona score changed.
    var personaChanged = false

    /// Whether the verdict or `is_verified` changed.
    var changed: Bool { oldVerdict != newVerdict || oldVerified != newVerified }
}

/// Adds up row outcomes into a ``ReverifyReport``.
struct ReverifyTally {
    var notices: [String] = []
    private var rows = 0
    private var reverified = 0
    private var changed = 0
    private var personaChanged = 0
    private var splitOrder: [String] = []
    private var splits: [String: ReverifyReport.SplitCounts] = [:]
    private var transitions: [String: [String: Int]] = [:]
    private var kept: [String: Int] = [:]

    mutating func add(_ outcome: RowOutcome) {
        rows += 1
        if splits[outcome.split] == nil {
            splitOrder.append(outcome.split)
            splits[outcome.split] = ReverifyReport.SplitCounts(split: outcome.split)
        }
        splits[outcome.split]?.rows += 1
        if outcome.oldVerified { splits[outcome.split]?.verifiedBefore += 1 }
        if outcome.newVerified { splits[outcome.split]?.verifiedAfter += 1 }
        if outcome.personaChanged { personaChanged += 1 }
        if let reason = outcome.keptReason {
            kept[reason, default: 0] += 1
            splits[outcome.split]?.kept += 1
            return
        }
        reverified += 1
        splits[outcome.split]?.reverified += 1
        if outcome.changed {
            changed += 1
            splits[outcome.split]?.changed += 1
            transitions[outcome.oldVerdict, default: [:]][outcome.newVerdict, default: 0] += 1
        }
    }

    func report(input: String, output: String) -> ReverifyReport {
        var report = ReverifyReport()
        report.input = input
        report.output = output
        report.rows = rows
        report.reverified = reverified
        report.changed = changed
        report.personaScoresChanged = personaChanged
        report.splits = splitOrder.compactMap { splits[$0] }
        report.transitions = transitions.flatMap { from, targets in
            targets.map { ReverifyReport.Transition(from: from, to: $0.key, count: $0.value) }
        }
        .sorted { ($1.count, $0.from, $0.to) < ($0.count, $1.from, $1.to) }
        report.kept = kept.map { ReverifyReport.Kept(reason: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.reason) < ($0.count, $1.reason) }
        report.notices = notices
        return report
    }
}
