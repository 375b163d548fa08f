/// Renders summaries and comparisons as plain text for the terminal.
public enum TextReport {
    /// The report of one file (`bon inspect FILE`).
    public static func inspect(_ summary: ExperimentSummary) -> String {
        var out: [String] = []
        out.append(summary.source)
        out.append(metadataBlock(summary))
        out.append(
            "rows \(Format.integer(summary.rows)) · queries \(Format.integer(summary.queries)) · "
                + "candidates per query \(candidateText(summary.candidatesPerQuery))"
        )
        let groups = summary.splits + [summary.overall]

        var rates = TextTable(["split", "rows", "queries", "verified", "first (idx 0)", "any (coverage)", "majority"])
        for g in groups {
            rates.add([
                g.split, Format.integer(g.rows), Format.integer(g.queries), Format.proportion(g.verified),
                Format.proportion(g.firstCandidate), Format.proportion(g.anyCandidate),
                g.majorityVote.map(Format.proportion) ?? "–",
            ])
        }
        out.append("Verification rates (95% Wilson intervals)\n" + rates.render())

        let budgets = summary.overall.passAtK.map(\.k)
        if !budgets.isEmpty {
            var table = TextTable(["split"] + budgets.map { "k=\($0)" })
            for g in groups {
                let byK = Dictionary(uniqueKeysWithValues: g.passAtK.map { ($0.k, $0) })
                table.add([g.split] + budgets.map { k in byK[k].map { Format.percent($0.value) } ?? "–" })
            }
            out.append("pass@k (unbiased estimator)\n" + table.render())
        }

        out.append(
            "First verified candidate per query (overall)\n" + histogram(summary.overall)
        )

        if let verdicts = summary.overall.verdicts {
            // The result file's verdicts in their documented order, then any others by frequency.
            let documented = [
                "correct", "incorrect", "no_answer", "refused", "timeout", "generation_error", "verifier_error",
            ]
            let present = Set(verdicts.map(\.name))
            let names = documented.filter(present.contains) + verdicts.map(\.name).filter { !documented.contains($0) }
            var table = TextTable(["split"] + names + (summary.overall.errors == nil ? [] : ["errors"]))
            for g in groups {
                let counts = Dictionary(uniqueKeysWithValues: (g.verdicts ?? []).map { ($0.name, $0.count) })
                table.add(
                    [g.split] + names.map { Format.integer(counts[$0] ?? 0) }
                        + (g.errors.map { [Format.integer($0)] } ?? [])
                )
            }
            out.append("Verdicts\n" + table.render())
        }

        if let refusals = summary.overall.refusals {
            let types = refusals.byType.map(\.name)
            var table = TextTable(["split", "refusal rate"] + types)
            for g in groups {
                guard let r = g.refusals else { continue }
                let counts = Dictionary(uniqueKeysWithValues: r.byType.map { ($0.name, $0.count) })
                table.add([g.split, Format.proportion(r.rate)] + types.map { Format.integer(counts[$0] ?? 0) })
            }
            out.append("Refusals\n" + table.render())
        }

        if summary.overall.personaScore != nil {
            var table = TextTable(["split", "scored", "mean", "verified", "unverified"])
            for g in groups {
                guard let p = g.personaScore else { continue }
                table.add([
                    g.split, Format.integer(p.scored), Format.number(p.mean, digits: 3),
                    p.meanVerified.map { Format.number($0, digits: 3) } ?? "–",
                    p.meanUnverified.map { Format.number($0, digits: 3) } ?? "–",
                ])
            }
            out.append("Persona score\n" + table.render())
        }

        if let methods = summary.overall.methods {
            var table = TextTable(["method", "rows"])
            for m in methods {
                table.add([m.name, Format.integer(m.count)])
            }
            out.append(
                "Verification methods (LLM judge consulted on \(Format.integer(summary.overall.judgeConsulted ?? 0)) rows)\n"
                    + table.render()
            )
        }

        if summary.overall.cost != nil || summary.overall.latency != nil {
            var table = TextTable(["split"] + Format.costHeaders)
            for g in groups {
                table.add([g.split] + Format.costCells(g))
            }
            out.append("Tokens, cost and latency\n" + table.render())
        }

        if !summary.notes.isEmpty {
            out.append("Notes\n" + summary.notes.map { "  - \($0)" }.joined(separator: "\n"))
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// Several files side by side, one column per file (`bon inspect A B …`).
    public static func sideBySide(_ summaries: [ExperimentSummary]) -> String {
        let labels = Labels.short(summaries.map(\.source))
        var table = TextTable([""] + labels)
        func row(_ name: String, _ value: (ExperimentSummary) -> String) {
            table.add([name] + summaries.map(value))
        }
        row("model") { s in s.metadata["model"] ?? s.models.first?.name ?? "–" }
        row("candidates (N)") { s in s.metadata["num_candidates"] ?? String(s.candidatesPerQuery.max) }
        row("temperature") { s in s.metadata["temperature"] ?? "–" }
        row("persona") { s in s.metadata["persona"] ?? s.metadata["persona_path"] ?? "–" }
        row("rows") { s in Format.integer(s.rows) }
        row("queries") { s in Format.integer(s.queries) }
        row("verified") { s in Format.proportion(s.overall.verified) }
        row("first candidate") { s in Format.proportion(s.overall.firstCandidate) }
        row("any candidate") { s in Format.proportion(s.overall.anyCandidate) }
        let budgets = Array(Set(summaries.flatMap { $0.overall.passAtK.map(\.k) })).sorted()
        for k in budgets {
            row("pass@\(k)") { s in
                s.overall.passAtK.first { $0.k == k }.map { Format.percent($0.value) } ?? "–"
            }
        }
        row("majority vote") { s in s.overall.majorityVote.map(Format.proportion) ?? "–" }
        let splits = Array(Set(summaries.flatMap { $0.splits.map(\.split) })).sorted()
        for split in splits {
            func of(_ s: ExperimentSummary) -> SplitSummary? { s.splits.first { $0.split == split } }
            row("[\(split)] verified") { s in of(s).map { Format.proportion($0.verified) } ?? "–" }
            row("[\(split)] first candidate") { s in of(s).map { Format.proportion($0.firstCandidate) } ?? "–" }
            row("[\(split)] any candidate") { s in of(s).map { Format.proportion($0.anyCandidate) } ?? "–" }
        }
        row("refusal rate") { s in s.overall.refusals.map { Format.proportion($0.rate) } ?? "–" }
        row("persona score") { s in s.overall.personaScore.map { Format.number($0.mean, digits: 3) } ?? "–" }
        row("cost") { s in s.overall.cost?.costUSD.map(Format.dollars) ?? "–" }
        row("cost per covered query") { s in s.overall.cost?.costPerCoveredQuery.map(Format.dollars) ?? "–" }
        row("latency p50") { s in s.overall.latency.map { Format.number($0.p50, digits: 0) + " ms" } ?? "–" }
        var out = table.render(indent: 0)
        let legend = zip(labels, summaries).filter { $0.0 != $0.1.source }
        if !legend.isEmpty {
            out += "\n\n" + legend.map { "\($0.0): \($0.1.source)" }.joined(separator: "\n")
        }
        return out + "\n"
    }

    /// A paired comparison (`bon compare A B`).
    public static func compare(_ comparison: PairedComparison) -> String {
        var out: [String] = []
        out.append("A: \(comparison.a)\nB: \(comparison.b)")
        out.append(
            "paired queries \(Format.integer(comparison.pairedQueries)) · only in A \(Format.integer(comparison.onlyInA))"
                + " · only in B \(Format.integer(comparison.onlyInB))"
        )
        var table = TextTable([
            "split", "queries", "pass@1 A", "pass@1 B", "B − A [95% CI]", "McNemar", "coverage A", "coverage B",
            "B − A [95% CI]", "McNemar",
        ])
        for s in comparison.splits + [comparison.overall] {
            table.add([
                s.split, Format.integer(s.queries), Format.percent(s.passAt1.a), Format.percent(s.passAt1.b),
                interval(s.passAt1), Format.pValue(s.firstCandidateTest.pValue), Format.percent(s.coverage.a),
                Format.percent(s.coverage.b), interval(s.coverage), Format.pValue(s.coverageTest.pValue),
            ])
        }
        out.append(table.render())
        out.append(
            "Bootstrap: \(comparison.overall.passAt1.interval.resamples) resamples of queries, seed "
                + "\(comparison.overall.passAt1.interval.seed). McNemar (exact): pass@1 on each query's earliest "
                + "candidate, coverage on any candidate."
        )
        out.append(comparison.answer)
        return out.joined(separator: "\n\n") + "\n"
    }

    private static func interval(_ d: PairedDifference) -> String {
        "\(Format.points(d.difference)) [\(Format.number(d.interval.lower * 100, digits: 1)), "
            + "\(Format.number(d.interval.upper * 100, digits: 1))]"
    }

    private static func candidateText(_ c: CandidateCount) -> String {
        c.min == c.max ? "\(c.max)" : "\(Format.number(c.mean)) (min \(c.min), max \(c.max))"
    }

    private static func metadataBlock(_ summary: ExperimentSummary) -> String {
        let preferred = ["model", "num_candidates", "temperature", "splits", "generated_at", "notes"]
        var lines: [String] = []
        for key in preferred {
            if let value = summary.metadata[key], !value.isEmpty {
                lines.append("  \(key): \(value)")
            }
        }
        let skipped: Set<String> = ["ARROW:schema", "config_yaml", "resolved_config", "pandas", "huggingface"]
        for key in summary.metadata.keys.sorted() where !preferred.contains(key) && !skipped.contains(key) {
            let value = summary.metadata[key] ?? ""
            guard !value.isEmpty, !value.contains("\n"), value.count <= 200 else { continue }
            lines.append("  \(key): \(value)")
        }
        if lines.isEmpty {
            return "  (no metadata in the file's footer)"
        }
        return lines.joined(separator: "\n")
    }

    private static func histogram(_ g: SplitSummary) -> String {
        var bars: [(String, Int)] = g.firstVerifiedIndex.enumerated().map { (String($0.offset), $0.element) }
        bars.append(("none", g.noVerifiedCandidate))
        let largest = max(bars.map(\.1).max() ?? 0, 1)
        let labelWidth = bars.map(\.0.count).max() ?? 0
        let total = max(g.queries, 1)
        return bars.map { label, count in
            let width = Int((Double(count) / Double(largest) * 40).rounded())
            let bar = String(repeating: "█", count: width)
            let share = Format.percent(Double(count) / Double(total))
            let padded = String(repeating: " ", count: labelWidth - label.count) + label
            return "  \(padded) │\(bar) \(Format.integer(count)) (\(share))"
        }
        .joined(separator: "\n")
    }
}
