import Analysis
import Testing

@Suite struct ExperimentSummaryTests {
    let summary = ExperimentSummary(table: SampleResults.table())

    private func split(_ name: String) throws -> SplitSummary {
        try #require(summary.splits.first { $0.split == name })
    }

    private func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

    @Test func shape() {
        #expect(summary.rows == 22)
        #expect(summary.queries == 6)
        #expect(summary.candidatesPerQuery == CandidateCount(min: 2, max: 4, mean: 22.0 / 6.0))
        #expect(summary.splits.map(\.split) == ["code", "math"])
        #expect(summary.models == [Count(name: "claude-test", count: 22)])
        #expect(summary.notes.isEmpty)
    }

    @Test func mathRates() throws {
        let math = try split("math")
        #expect(math.rows == 12)
        #expect(math.queries == 3)
        #expect(math.verified.successes == 6 && math.verified.trials == 12)
        #expect(math.firstCandidate.successes == 1 && math.firstCandidate.trials == 3)
        #expect(math.anyCandidate.successes == 2 && math.anyCandidate.trials == 3)
        #expect(math.passAtK.map(\.k) == [1, 2, 4])
        #expect(near(math.passAtK[0].value, 0.5))
        #expect(near(math.passAtK[1].value, 11.0 / 18.0))
        #expect(near(math.passAtK[2].value, 2.0 / 3.0))
        // q1 ties 2–2 and the earliest answer ("3", wrong) wins; q2 right; q3 wrong.
        #expect(math.majorityVote == Proportion(successes: 1, trials: 3))
        #expect(math.firstVerifiedIndex == [1, 1])
        #expect(math.noVerifiedCandidate == 1)
    }

    @Test func codeRates() throws {
        let code = try split("code")
        #expect(code.verified.successes == 3 && code.verified.trials == 10)
        #expect(code.firstCandidate.successes == 1 && code.firstCandidate.trials == 3)
        #expect(code.anyCandidate.successes == 3)
        #expect(code.passAtK.map(\.k) == [1, 2, 4])
        #expect(near(code.passAtK[0].value, 1.0 / 3.0))
        #expect(near(code.passAtK[1].value, 2.0 / 3.0))
        // q6 has only 2 candidates, so pass@4 averages q4 and q5.
        #expect(code.passAtK[2].queries == 2)
        #expect(near(code.passAtK[2].value, 1))
        #expect(code.majorityVote == nil)
        #expect(code.firstVerifiedIndex == [1, 1, 0, 1])
        #expect(code.errors == 1)
    }

    @Test func overall() {
        let all = summary.overall
        #expect(all.verified.successes == 9 && all.verified.trials == 22)
        #expect(all.firstCandidate.successes == 2 && all.firstCandidate.trials == 6)
        #expect(all.anyCandidate.successes == 5 && all.anyCandidate.trials == 6)
        #expect(all.firstVerifiedIndex == [2, 2, 0, 1])
        #expect(all.verdicts?.first == Count(name: "incorrect", count: 11))
        #expect(all.verdicts?.contains(Count(name: "refused", count: 1)) == true)
        #expect(all.verdicts?.contains(Count(name: "generation_error", count: 1)) == true)
        #expect(all.refusals?.rate == Proportion(successes: 1, trials: 22))
        #expect(all.refusals?.byType == [Count(name: "epistemic", count: 1)])
        #expect(all.judgeConsulted == 1)
        #expect(all.methods?.first == Count(name: "math_symbolic", count: 11))
    }

    @Test func personaCostAndLatency() throws {
        let persona = try #require(summary.overall.personaScore)
        #expect(persona.scored == 21)
        #expect(near(try #require(persona.meanVerified), 0.8))
        #expect(near(try #require(persona.meanUnverified), 0.4))
        let cost = try #require(summary.overall.cost)
        #expect(cost.inputTokens == 2200 && cost.outputTokens == 1100 && cost.cacheReadTokens == 220)
        #expect(near(try #require(cost.costUSD), 0.22))
        #expect(near(try #require(cost.costPerVerified), 0.22 / 9))
        #expect(near(try #require(cost.costPerCoveredQuery), 0.22 / 5))
        let latency = try #require(summary.overall.latency)
        // Latencies 0, 10, …, 210 ms.
        #expect(near(latency.p50, 105))
        #expect(near(latency.p95, 199.5))
    }

    @Test func requiredColumnsOnly() throws {
        let table = SampleResults.table(columns: Set(ResultColumn.required))
        let bare = ExperimentSummary(table: table)
        #expect(bare.overall.verified == summary.overall.verified)
        #expect(bare.overall.passAtK == summary.overall.passAtK)
        #expect(bare.overall.verdicts == nil)
        #expect(bare.overall.refusals == nil)
        #expect(bare.overall.personaScore == nil)
        #expect(bare.overall.cost == nil)
        #expect(bare.overall.latency == nil)
        #expect(try #require(bare.splits.first { $0.split == "math" }).majorityVote == nil)
        for column in ["verdict", "refusal_is_refusal", "persona_score", "cost_usd", "latency_ms", "extracted_answer"] {
            #expect(bare.notes.contains { $0.contains("`\(column)`") }, "no note for \(column)")
        }
        let text = TextReport.inspect(bare)
        #expect(text.contains("Verification rates"))
        #expect(!text.contains("Verdicts"))
        #expect(text.contains("Notes"))
    }

    @Test func emptyTable() {
        let empty = ExperimentSummary(table: ResultTable(source: "empty.parquet"))
        #expect(empty.rows == 0)
        #expect(empty.overall.verified.isEmpty)
        #expect(empty.overall.passAtK.isEmpty)
        #expect(TextReport.inspect(empty).contains("rows 0"))
    }

    @Test func rowOrderDoesNotMatter() {
        let shuffled = ResultTable(
            rows: SampleResults.rows().shuffled(),
            metadata: [:],
            source: "sample.parquet"
        )
        let other = ExperimentSummary(table: shuffled)
        #expect(other.splits.map(\.verified) == summary.splits.map(\.verified))
        #expect(other.splits.map(\.majorityVote) == summary.splits.map(\.majorityVote))
        #expect(other.splits.map(\.firstVerifiedIndex) == summary.splits.map(\.firstVerifiedIndex))
        #expect(
            other.overall.passAtK.map(\.value).map { ($0 * 1e9).rounded() }
                == summary.overall.passAtK.map(\.value).map { ($0 * 1e9).rounded() }
        )
    }

    /// Random rows with many ties, padded answers, nulls and one query with more than 32 distinct answers:
    /// the summary's coded majority vote, pass@k and latency quantiles agree with the building blocks
    /// applied row by row.
    @Test(arguments: [(1, 3), (2, 3), (3, 40)])
    func codedPassesAgreeWithBuildingBlocks(seed: Int, splitCount: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed))
        let splitNames = ["math", "math_hard", "code"] + (3..<max(splitCount, 3)).map { "split\($0)" }
        var rows: [ResultRow] = []
        for query in 0..<300 {
            let split = splitNames[generator.index(below: splitNames.count)]
            let candidates = query == 7 ? 40 : 1 + generator.index(below: 6)
            for candidate in (0..<candidates).shuffled(using: &generator) {
                var row = ResultRow(
                    queryID: "q\(query)",
                    split: split,
                    candidateIndex: candidate,
                    isVerified: generator.index(below: 3) == 0
                )
                let answer = query == 7 ? candidate : generator.index(below: 3)
                row.extractedAnswer = [nil, "\(answer)", " \(answer)\n", ""][generator.index(below: 4)]
                row.latencyMs =
                    generator.index(below: 5) == 0 ? nil : (Double(generator.index(below: 400)) - 60) / 8
                rows.append(row)
            }
        }
        let summary = ExperimentSummary(table: ResultTable(rows: rows, metadata: [:], source: "random.parquet"))
        for split in summary.splits {
            let splitRows = rows.filter { $0.split == split.split }
            let byQuery = Dictionary(grouping: splitRows, by: \.queryID)
            if split.split.contains("math") {
                let correct = byQuery.values.filter { group in
                    let ballots = group.map {
                        MajorityVote.Ballot(
                            candidateIndex: $0.candidateIndex,
                            answer: $0.extractedAnswer,
                            isVerified: $0.isVerified
                        )
                    }
                    return MajorityVote.winner(of: ballots)?.isVerified == true
                }
                #expect(split.majorityVote == Proportion(successes: correct.count, trials: byQuery.count))
            }
            for point in split.passAtK {
                let eligible = byQuery.values.filter { $0.count >= point.k }
                let estimates = eligible.map { group in
                    PassAtK.estimate(n: group.count, c: group.filter(\.isVerified).count, k: point.k)
                }
                #expect(point.queries == eligible.count)
                #expect(abs(point.value - estimates.reduce(0, +) / Double(max(eligible.count, 1))) < 1e-12)
            }
            let latencies = splitRows.compactMap(\.latencyMs).sorted()
            #expect(split.latency?.p50 == Quantile.of(sorted: latencies, 0.5))
            #expect(split.latency?.p95 == Quantile.of(sorted: latencies, 0.95))
        }
        let latencies = rows.compactMap(\.latencyMs).sorted()
        #expect(summary.overall.latency?.p50 == Quantile.of(sorted: latencies, 0.5))
        #expect(summary.overall.latency?.p95 == Quantile.of(sorted: latencies, 0.95))
    }
}
