import Analysis
import Testing

@Suite struct PairedComparisonTests {
    /// `queries` queries of `candidates` candidates; query i is verified on candidates below `verified(i)`.
    private func table(
        _ source: String,
        queries: Int,
        candidates: Int = 4,
        prefix: String = "q",
        verified: (Int) -> Int
    ) -> ResultTable {
        var records: [ResultRow] = []
        for q in 0..<queries {
            for c in 0..<candidates {
                records.append(
                    ResultRow(
                        queryID: "\(prefix)\(q)",
                        split: q % 2 == 0 ? "math" : "code",
                        candidateIndex: c,
                        isVerified: c < verified(q)
                    )
                )
            }
        }
        return ResultTable(rows: records, columns: Set(ResultColumn.required), source: source)
    }

    @Test func identicalFilesShowNoDifference() {
        let a = table("base.parquet", queries: 200) { $0 % 5 }
        let comparison = PairedComparison(a: a, b: a)
        #expect(comparison.pairedQueries == 200)
        #expect(comparison.overall.passAt1.difference == 0)
        #expect(comparison.overall.passAt1.interval.lower == 0 && comparison.overall.passAt1.interval.upper == 0)
        #expect(comparison.overall.firstCandidateTest.pValue == 1)
        #expect(comparison.answer.hasPrefix("No detectable difference"))
        #expect(comparison.splits.map(\.split) == ["code", "math"])
    }

    @Test func aClearDropIsDetected() throws {
        let a = table("base.parquet", queries: 300) { _ in 3 }
        let b = table("marvin.parquet", queries: 300) { $0 % 3 == 0 ? 3 : 0 }
        let comparison = PairedComparison(a: a, b: b)
        let overall = comparison.overall
        #expect(abs(overall.passAt1.a - 0.75) < 1e-12)
        #expect(abs(overall.passAt1.b - 0.25) < 1e-12)
        #expect(overall.passAt1.interval.upper < 0)
        #expect(overall.passAt1.isDetectable)
        // 200 queries lost their first candidate, none gained one.
        #expect(overall.firstCandidateTest.onlyA == 200 && overall.firstCandidateTest.onlyB == 0)
        #expect(overall.firstCandidateTest.pValue < 1e-10)
        #expect(comparison.answer.hasPrefix("Yes: marvin.parquet is less accurate than base.parquet"))
        let text = TextReport.compare(comparison)
        #expect(text.contains(comparison.answer))
        #expect(text.contains("p < 0.001"))
    }

    @Test func aGainIsReportedAsNo() {
        let a = table("base.parquet", queries: 300) { $0 % 3 == 0 ? 3 : 0 }
        let b = table("marvin.parquet", queries: 300) { _ in 3 }
        #expect(PairedComparison(a: a, b: b).answer.hasPrefix("No: marvin.parquet is more accurate"))
    }

    @Test func onlyCommonQueriesArePaired() {
        let a = table("a.parquet", queries: 10) { _ in 1 }
        let b = table("b.parquet", queries: 14) { _ in 1 }
        let comparison = PairedComparison(a: a, b: b)
        #expect(comparison.pairedQueries == 10)
        #expect(comparison.onlyInA == 0)
        #expect(comparison.onlyInB == 4)
        let disjoint = PairedComparison(a: a, b: table("c.parquet", queries: 3, prefix: "x") { _ in 1 })
        #expect(disjoint.pairedQueries == 0)
        #expect(disjoint.answer.hasPrefix("No answer"))
    }

    @Test func sameSeedSameInterval() {
        let a = table("a.parquet", queries: 120) { $0 % 4 }
        let b = table("b.parquet", queries: 120) { ($0 * 7) % 5 }
        #expect(PairedComparison(a: a, b: b) == PairedComparison(a: a, b: b))
        #expect(
            PairedComparison(a: a, b: b, seed: 1).overall.passAt1.interval
                != PairedComparison(a: a, b: b, seed: 2).overall.passAt1.interval
        )
    }
}
