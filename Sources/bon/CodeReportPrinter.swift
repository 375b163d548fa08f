import Foundation
import Verification

/// Renders a ``CodeVerificationReport`` as the text `bon verify code` prints.
enum CodeReportPrinter {
    static func render(_ report: CodeVerificationReport, sandbox: Sandbox) -> String {
        var lines: [String] = []
        let style: String
        switch report.derivation.style {
        case .standardIO: style = "standard input/output"
        case .function(let name, let className): style = "function \(className.map { "\($0)." } ?? "")\(name)"
        }
        lines.append("sandbox: \(sandbox.mode.rawValue), \(sandbox.concurrency) at once")
        lines.append("problem: \(style); \(report.derivation.tests.count) derived test(s)")
        for (index, test) in report.derivation.tests.enumerated() {
            let expected = test.expectedOutput.map { " → \(oneLine($0))" } ?? " (expected: reference output)"
            lines.append("  [\(index + 1)] \(test.origin.rawValue): \(oneLine(test.input))\(expected)")
        }
        if let reference = report.reference {
            let checks = report.referenceChecks
            lines.append(
                "reference: \(reference.language.rawValue), passes \(checks.passed)/\(checks.total) statement example(s)"
            )
        } else {
            lines.append("reference: none")
        }
        lines.append("candidate: \(report.candidate.map { $0.language.rawValue } ?? "no program found")")
        if !report.results.isEmpty { lines.append("results:") }
        for (index, result) in report.results.enumerated() {
            let evidence = result.outcome.evidence.map { " — \(oneLine($0))" } ?? ""
            lines.append(
                "  [\(index + 1)] \(result.test.origin.rawValue), expected from \(result.expectationSource): "
                    + "\(result.outcome.name)\(evidence)"
            )
        }
        let result = report.result
        lines.append(
            "verdict: \(result.verdict.rawValue) (confidence \(String(format: "%.2f", result.confidence)), \(result.method))"
        )
        lines.append("explanation: \(result.explanation)")
        return lines.joined(separator: "\n")
    }

    private static func oneLine(_ text: String) -> String {
        let flat = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "⏎")
        return flat.count <= 70 ? flat : String(flat.prefix(67)) + "…"
    }
}
