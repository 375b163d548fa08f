import Foundation

/// Number formats shared by the text and HTML renderers.
enum Format {
    /// `0.4567` → `45.7%`.
    static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value * 100)
    }

    /// A difference of rates in percentage points, signed: `-0.012` → `-1.2 pts`.
    static func points(_ value: Double) -> String {
        String(format: "%+.1f pts", value * 100)
    }

    /// A p-value clause: `p = 0.038`, or `p < 0.001` below that.
    static func pValue(_ value: Double) -> String {
        value < 0.001 ? "p < 0.001" : String(format: "p = %.3f", value)
    }

    /// A rate with its interval: `45.7% [41.2–50.3]`, or `–` without trials.
    static func proportion(_ p: Proportion) -> String {
        guard !p.isEmpty else { return "–" }
        return String(format: "%.1f%% [%.1f–%.1f]", p.value * 100, p.lower * 100, p.upper * 100)
    }

    /// A plain number with `digits` decimals.
    static func number(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// US dollars: `$1.2345`.
    static func dollars(_ value: Double) -> String {
        value >= 100 ? String(format: "$%.2f", value) : String(format: "$%.4f", value)
    }

    /// An integer with thousands separators: `1234567` → `1,234,567`.
    static func integer<T: BinaryInteger>(_ value: T) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }
}

extension Format {
    /// Column headers of ``costCells(_:)``.
    static let costHeaders = [
        "input tok", "output tok", "cache read", "cache write", "cost", "per verified", "per covered query",
        "latency p50", "p95",
    ]

    /// Tokens, cost and latency of a split as table cells (`–` where unknown).
    static func costCells(_ g: SplitSummary) -> [String] {
        let dash = "–"
        var cells: [String] = []
        if let c = g.cost {
            cells += [
                integer(c.inputTokens), integer(c.outputTokens), integer(c.cacheReadTokens),
                integer(c.cacheWriteTokens),
            ]
            cells.append(c.costUSD.map(dollars) ?? dash)
            cells.append(c.costPerVerified.map(dollars) ?? dash)
            cells.append(c.costPerCoveredQuery.map(dollars) ?? dash)
        } else {
            cells += Array(repeating: dash, count: 7)
        }
        if let latency = g.latency {
            cells.append(number(latency.p50, digits: 0) + " ms")
            cells.append(number(latency.p95, digits: 0) + " ms")
        } else {
            cells += [dash, dash]
        }
        return cells
    }
}
