import Analysis
import Foundation
import Testing

@Suite struct RenderingTests {
    let summary = ExperimentSummary(table: SampleResults.table())

    @Test func inspectTextHasEverySection() {
        let text = TextReport.inspect(summary)
        for heading in [
            "Verification rates (95% Wilson intervals)", "pass@k (unbiased estimator)",
            "First verified candidate per query", "Verdicts", "Refusals", "Persona score",
            "Verification methods (LLM judge consulted on 1 rows)", "Tokens, cost and latency",
        ] {
            #expect(text.contains(heading), "missing \(heading)")
        }
        #expect(text.contains("model: claude-test"))
        #expect(text.contains("rows 22 · queries 6"))
        // Verified overall: 9 of 22 = 40.9%.
        #expect(text.contains("40.9%"))
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }

    @Test func sideBySideHasOneColumnPerFile() {
        let other = ExperimentSummary(table: SampleResults.table(source: "other/sample.parquet"))
        let text = TextReport.sideBySide([summary, other])
        let header = text.split(separator: "\n")[0]
        #expect(header.contains("sample.parquet") && header.contains("other/sample.parquet"))
        #expect(text.contains("first candidate"))
        #expect(text.contains("[math] verified"))
        #expect(text.contains("pass@4"))
    }

    @Test func summaryEncodesAsJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(summary)
        let decoded = try JSONDecoder().decode(ExperimentSummary.self, from: data)
        #expect(decoded == summary)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["rows"] as? Int == 22)
    }

    @Test func htmlIsSelfContained() {
        let b = ExperimentSummary(table: SampleResults.table(source: "marvin/sample.parquet"))
        let comparison = PairedComparison(
            a: SampleResults.table(),
            b: SampleResults.table(source: "marvin/sample.parquet")
        )
        let html = HTMLReport.render(summaries: [summary, b], comparisons: [comparison])
        for heading in HTMLReport.headings {
            #expect(
                html.contains("<h2>\(heading.replacingOccurrences(of: "&", with: "&amp;"))</h2>"),
                "missing \(heading)"
            )
        }
        #expect(html.contains("<svg"))
        #expect(!html.lowercased().contains("<script"))
        #expect(
            !html.contains("http://")
                || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://")
        )
        #expect(!html.contains("https://"))
    }

    @Test func htmlEscapesFileNames() {
        let table = SampleResults.table(source: "<b>&evil\".parquet")
        let html = HTMLReport.render(summaries: [ExperimentSummary(table: table)], comparisons: [])
        #expect(!html.contains("<b>&evil"))
        #expect(html.contains("&lt;b&gt;&amp;evil&quot;.parquet"))
    }
}
