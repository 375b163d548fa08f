import Experiments
import Foundation
import LLM

/// The end-of-run summary as text.
enum SummaryFormatter {
    static func text(_ summary: RunSummary) -> String {
        var lines = ["", Terminal.style("summary", "1")]
        func rate(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "–" : String(format: "%5.1f%%", 100 * Double(part) / Double(whole))
        }
        lines.append(
            "  split            rows  queries  verified  first-cand  any-cand"
        )
        for split in summary.splitOrder {
            guard let counts = summary.splits[split] else { continue }
            lines.append(row(split, counts, rate))
        }
        if summary.splitOrder.count > 1 { lines.append(row("all", summary.overall, rate)) }
        let verdicts = summary.verdicts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        lines.append(
            "  verdicts   " + (verdicts.isEmpty ? "none (no candidate finished)" : verdicts.joined(separator: ", "))
        )
        lines.append(
            "  tokens     in \(summary.inputTokens), out \(summary.outputTokens), cache read \(summary.cacheReadTokens)"
        )
        var cost = String(format: "$%.4f", summary.costUSD)
        if summary.unpricedRows > 0 { cost += " (+ \(summary.unpricedRows) rows with unknown price)" }
        lines.append("  cost       \(cost)")
        let calls = summary.calls
        if calls.requests > 0 {
            lines.append(
                "  calls      \(calls.requests) requests, \(calls.attempts) attempts, \(calls.retries) retries "
                    + "(\(calls.rateLimitedResponses) rate-limited), \(calls.failures) failed after retries"
            )
        }
        lines.append("  wall time  \(ProgressDisplay.duration(summary.wallSeconds))")
        lines.append("  output     \(summary.outputPath)")
        return lines.joined(separator: "\n")
    }

    private static func row(
        _ name: String,
        _ counts: RunSummary.SplitCounts,
        _ rate: (Int, Int) -> String
    ) -> String {
        let padded = name.padding(toLength: 14, withPad: " ", startingAt: 0)
        return "  \(padded) \(String(format: "%6d", counts.rows))  \(String(format: "%7d", counts.queries))"
            + "    \(rate(counts.verified, counts.rows))      \(rate(counts.firstVerified, counts.queries))"
            + "    \(rate(counts.anyVerified, counts.queries))"
    }
}
