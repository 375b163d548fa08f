import Experiments
import Foundation

/// The text `bon reverify` prints: totals, a per-split table, the verdict transitions and what was kept.
enum ReverifyReportPrinter {
    static func text(_ report: ReverifyReport, input: String, output: String) -> String {
        var lines: [String] = []
        lines.append("reverified \(input) → \(output)")
        lines.append(
            "rows \(report.rows): \(report.reverified) re-verified, \(report.keptRows) kept as stored; "
                + "\(report.changed) verdict\(report.changed == 1 ? "" : "s") changed"
        )
        lines.append("")
        let header = ["split", "rows", "re-verified", "changed", "kept", "verified before", "after"]
        var table = [header]
        for split in report.splits {
            table.append([
                split.split, String(split.rows), String(split.reverified), String(split.changed),
                String(split.kept), String(split.verifiedBefore), String(split.verifiedAfter),
            ])
        }
        let before = report.splits.reduce(0) { $0 + $1.verifiedBefore }
        let after = report.splits.reduce(0) { $0 + $1.verifiedAfter }
        table.append([
            "all", String(report.rows), String(report.reverified), String(report.changed),
            String(report.keptRows), String(before), String(after),
        ])
        lines += aligned(table)
        lines.append("")
        if report.transitions.isEmpty {
            lines.append("no verdict changed")
        } else {
            lines.append("verdict changes (stored → now)")
            lines += aligned(report.transitions.map { ["  \($0.from)", "→", $0.to, String($0.count)] })
        }
        if !report.kept.isEmpty {
            lines.append("")
            lines.append("kept as stored")
            lines += aligned(report.kept.map { ["  \($0.count)", $0.reason] })
        }
        lines.append("")
        lines.append("persona scores changed: \(report.personaScoresChanged)")
        if let cost = report.judgeCostUSD { lines.append(String(format: "judge cost: $%.4f", cost)) }
        for notice in report.notices { lines.append("note: \(notice)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Columns padded to their widest cell; numbers right-aligned.
    private static func aligned(_ rows: [[String]]) -> [String] {
        guard let count = rows.map(\.count).max() else { return [] }
        var widths = Array(repeating: 0, count: count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        return rows.map { row in
            row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return Int(cell) != nil ? padding + cell : cell + padding
            }
            .joined(separator: "  ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
