/// Renders summaries and comparisons as one self-contained HTML page (`bon report`).
///
/// The page has no scripts and loads nothing: charts are inline SVG, styles are inline CSS. Sections:
/// experiments, verification rates by split (with 95% Wilson intervals), pass@k curves, the first
/// verified candidate histogram, persona score versus correctness, cost, and the paired comparison of
/// the first file with each other file.
public enum HTMLReport {
    /// The page's headings, in order (the paired comparison only appears with two or more files).
    public static let headings = [
        "Experiments", "Verification rates by split", "pass@k", "First verified candidate",
        "Persona score vs. correctness", "Cost", "Paired comparison",
    ]

    /// Renders the report.
    ///
    /// - Parameters:
    ///   - summaries: One summary per file, in the order given on the command line.
    ///   - comparisons: Paired comparisons to include (usually the first file against each other file).
    ///   - title: The page title.
    /// - Returns: The HTML document.
    public static func render(
        summaries: [ExperimentSummary],
        comparisons: [PairedComparison],
        title: String = "BestOfN report"
    ) -> String {
        let labels = Labels.short(summaries.map(\.source))
        var body = "<h1>\(HTML.escape(title))</h1>\n"
        body += experiments(summaries, labels: labels)
        body += rates(summaries, labels: labels)
        body += passAtK(summaries, labels: labels)
        body += firstVerified(summaries, labels: labels)
        body += persona(summaries, labels: labels)
        body += cost(summaries, labels: labels)
        if !comparisons.isEmpty {
            body += paired(comparisons)
        }
        let notes = zip(labels, summaries).flatMap { label, s in s.notes.map { "\(label): \($0)" } }
        if !notes.isEmpty {
            body += "<h2>Notes</h2>\n<ul>\n" + notes.map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(HTML.escape(title))</title>
            <style>
            body { font-family: sans-serif; margin: 24px auto; max-width: 980px; color: #1d1d1d; background: #fff; }
            h1 { font-size: 26px; border-bottom: 2px solid #3b6ea8; padding-bottom: 6px; }
            h2 { font-size: 20px; margin-top: 32px; }
            table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
            th, td { border: 1px solid #d6d6d6; padding: 4px 8px; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            th { background: #f0f3f7; }
            p.answer { font-size: 15px; background: #f6f8fa; border-left: 4px solid #3b6ea8; padding: 8px 12px; }
            svg { display: block; margin: 8px 0; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private static func experiments(_ summaries: [ExperimentSummary], labels: [String]) -> String {
        var rows: [[String]] = []
        func row(_ name: String, _ value: (ExperimentSummary) -> String) {
            rows.append([name] + summaries.map(value))
        }
        row("file") { $0.source }
        row("model") { s in s.metadata["model"] ?? s.models.first?.name ?? "–" }
        row("candidates (N)") { s in s.metadata["num_candidates"] ?? String(s.candidatesPerQuery.max) }
        row("temperature") { s in s.metadata["temperature"] ?? "–" }
        row("generated at") { s in s.metadata["generated_at"] ?? "–" }
        row("rows") { Format.integer($0.rows) }
        row("queries") { Format.integer($0.queries) }
        row("verified") { Format.proportion($0.overall.verified) }
        row("first candidate") { Format.proportion($0.overall.firstCandidate) }
        row("any candidate") { Format.proportion($0.overall.anyCandidate) }
        row("majority vote") { s in s.overall.majorityVote.map(Format.proportion) ?? "–" }
        row("refusal rate") { s in s.overall.refusals.map { Format.proportion($0.rate) } ?? "–" }
        return "<h2>Experiments</h2>\n" + HTML.table(header: [""] + labels, rows: rows)
    }

    private static func rates(_ summaries: [ExperimentSummary], labels: [String]) -> String {
        let splits = Array(Set(summaries.flatMap { $0.splits.map(\.split) })).sorted() + ["overall"]
        func groups(_ s: ExperimentSummary) -> [String: SplitSummary] {
            Dictionary(uniqueKeysWithValues: (s.splits + [s.overall]).map { ($0.split, $0) })
        }
        var html = "<h2>Verification rates by split</h2>\n"
        let metrics: [(String, (SplitSummary) -> Proportion)] = [
            ("Verified candidates", { $0.verified }),
            ("First candidate (index 0) verified", { $0.firstCandidate }),
            ("Queries with a verified candidate (coverage)", { $0.anyCandidate }),
        ]
        for (title, metric) in metrics {
            let values: [[SVGChart.Bar?]] = summaries.map { s in
                let byName = groups(s)
                return splits.map { name in
                    byName[name].map(metric).flatMap { p in
                        p.isEmpty ? nil : SVGChart.Bar(value: p.value, lower: p.lower, upper: p.upper)
                    }
                }
            }
            html += "<h3>\(HTML.escape(title)), 95% Wilson intervals</h3>\n"
            html += SVGChart.bars(categories: splits, series: labels, values: values, yMax: 1, format: Format.percent)
        }
        return html
    }

    private static func passAtK(_ summaries: [ExperimentSummary], labels: [String]) -> String {
        let budgets = Array(Set(summaries.flatMap { $0.overall.passAtK.map(\.k) })).sorted()
        var html = "<h2>pass@k</h2>\n<p>Unbiased estimator over all queries, k = 1, 2, 4, … N.</p>\n"
        guard !budgets.isEmpty else { return html + "<p>No candidates.</p>\n" }
        let values = summaries.map { s in
            budgets.map { k in s.overall.passAtK.first { $0.k == k }?.value }
        }
        html += SVGChart.lines(xLabels: budgets.map { "k=\($0)" }, series: labels, values: values, yMax: 1)
        let rows = zip(labels, values).map { label, row in [label] + row.map { $0.map(Format.percent) ?? "–" } }
        return html + HTML.table(header: ["file"] + budgets.map { "pass@\($0)" }, rows: rows)
    }

    private static func firstVerified(_ summaries: [ExperimentSummary], labels: [String]) -> String {
        let width = summaries.map(\.overall.firstVerifiedIndex.count).max() ?? 0
        let categories = (0..<width).map(String.init) + ["none"]
        let values: [[SVGChart.Bar?]] = summaries.map { s in
            let total = Double(max(s.overall.queries, 1))
            var counts = s.overall.firstVerifiedIndex
            counts += [Int](repeating: 0, count: width - counts.count)
            counts.append(s.overall.noVerifiedCandidate)
            return counts.map { SVGChart.Bar(value: Double($0) / total) }
        }
        let yMax = min(1, (values.flatMap { $0.compactMap { $0?.value } }.max() ?? 1) * 1.15)
        return "<h2>First verified candidate</h2>\n<p>Share of queries whose first verified candidate has each index"
            + " (does the first candidate win?).</p>\n"
            + SVGChart.bars(categories: categories, series: labels, values: values, yMax: yMax, format: Format.percent)
    }

    private static func persona(_ summaries: [ExperimentSummary], labels: [String]) -> String {
        var html = "<h2>Persona score vs. correctness</h2>\n"
        guard summaries.contains(where: { $0.overall.personaScore != nil }) else {
            return html + "<p>No file has a <code>persona_score</code> column.</p>\n"
        }
        let values: [[SVGChart.Bar?]] = summaries.map { s in
            guard let p = s.overall.personaScore else { return [nil, nil, nil] }
            return [
                SVGChart.Bar(value: p.mean), p.meanVerified.map { SVGChart.Bar(value: $0) },
                p.meanUnverified.map { SVGChart.Bar(value: $0) },
            ]
        }
        html += "<p>Mean persona score (0–1) of all, verified and unverified candidates.</p>\n"
        html += SVGChart.bars(
            categories: ["all", "verified", "unverified"],
            series: labels,
            values: values,
            yMax: 1,
            format: { Format.number($0) }
        )
        return html
    }

    private static func cost(_ summaries: [ExperimentSummary], labels: [String]) -> String {
        var html = "<h2>Cost</h2>\n"
        let rows = zip(labels, summaries).map { label, s in [label] + Format.costCells(s.overall) }
        let costs = summaries.map { $0.overall.cost?.costUSD }
        if costs.contains(where: { $0 != nil }) {
            let values: [[SVGChart.Bar?]] = summaries.map { s in
                let c = s.overall.cost
                return [
                    c?.costUSD.map { SVGChart.Bar(value: $0) }, c?.costPerCoveredQuery.map { SVGChart.Bar(value: $0) },
                ]
            }
            let yMax = (values.flatMap { $0.compactMap { $0?.value } }.max() ?? 1) * 1.15
            html += SVGChart.bars(
                categories: ["total cost (USD)", "cost per covered query (USD)"],
                series: labels,
                values: values,
                yMax: yMax,
                format: Format.dollars
            )
        }
        return html
            + HTML.table(header: ["file"] + Format.costHeaders, rows: rows)
    }

    private static func paired(_ comparisons: [PairedComparison]) -> String {
        var html = "<h2>Paired comparison</h2>\n"
        for comparison in comparisons {
            let labels = Labels.short([comparison.a, comparison.b])
            html += "<h3>\(HTML.escape(labels[1])) vs. \(HTML.escape(labels[0]))</h3>\n"
            html += "<p class=\"answer\">\(HTML.escape(comparison.answer))</p>\n"
            let groups = comparison.splits + [comparison.overall]
            html += SVGChart.forest(
                labels: groups.flatMap { ["\($0.split) pass@1", "\($0.split) coverage"] },
                differences: groups.flatMap { g in
                    [g.passAt1, g.coverage].map { ($0.difference, $0.interval.lower, $0.interval.upper) }
                }
            )
            let rows = groups.map { g in
                [
                    g.split, Format.integer(g.queries), Format.percent(g.passAt1.a), Format.percent(g.passAt1.b),
                    Format.points(g.passAt1.difference),
                    "\(Format.points(g.passAt1.interval.lower)) to \(Format.points(g.passAt1.interval.upper))",
                    Format.pValue(g.firstCandidateTest.pValue), Format.percent(g.coverage.a),
                    Format.percent(g.coverage.b),
                    Format.points(g.coverage.difference), Format.pValue(g.coverageTest.pValue),
                ]
            }
            html += HTML.table(
                header: [
                    "split", "queries", "pass@1 A", "pass@1 B", "B − A", "95% CI", "McNemar", "coverage A",
                    "coverage B", "B − A", "McNemar",
                ],
                rows: rows
            )
        }
        return html
    }
}
