import Foundation

extension PairedComparison {
    /// Pairs `a` and `b` on their common `query_id`s and compares them.
    ///
    /// - Parameters:
    ///   - a: The baseline (for example the run without a persona).
    ///   - b: The run under test.
    ///   - resamples: Bootstrap resamples.
    ///   - seed: The bootstrap's seed; the same seed gives the same intervals.
    public init(
        a: ResultTable,
        b: ResultTable,
        resamples: Int = PairedBootstrap.defaultResamples,
        seed: UInt64 = PairedBootstrap.defaultSeed
    ) {
        let indexA = QueryIndex(a)
        let indexB = QueryIndex(b)
        var codesB: [String: Int] = [:]
        codesB.reserveCapacity(indexB.queryCount)
        for (code, id) in indexB.queryIDs.enumerated() {
            codesB[id] = code
        }
        var pairs: [[(Int, Int)]] = Array(repeating: [], count: indexA.splitNames.count)
        var paired = 0
        for (codeA, id) in indexA.queryIDs.enumerated() {
            guard let codeB = codesB[id] else { continue }
            pairs[Int(indexA.querySplit[codeA])].append((codeA, codeB))
            paired += 1
        }
        func compare(_ name: String, _ group: [(Int, Int)]) -> PairedSplit {
            Self.compare(name: name, pairs: group, a: indexA, b: indexB, resamples: resamples, seed: seed)
        }
        let splits = indexA.splitNames.indices.compactMap { s in
            pairs[s].isEmpty ? nil : compare(indexA.splitNames[s], pairs[s])
        }
        let overall = compare("overall", pairs.flatMap { $0 })
        self.init(
            a: a.source,
            b: b.source,
            pairedQueries: paired,
            onlyInA: indexA.queryCount - paired,
            onlyInB: indexB.queryCount - paired,
            splits: splits,
            overall: overall,
            answer: Self.answer(overall: overall, a: a.source, b: b.source)
        )
    }

    private static func compare(
        name: String,
        pairs: [(Int, Int)],
        a: QueryIndex,
        b: QueryIndex,
        resamples: Int,
        seed: UInt64
    ) -> PairedSplit {
        var passA: [Double] = []
        var passB: [Double] = []
        var firstA: [Bool] = []
        var firstB: [Bool] = []
        var coveredA: [Bool] = []
        var coveredB: [Bool] = []
        for (qa, qb) in pairs {
            passA.append(Double(a.verified[qa]) / Double(a.candidates[qa]))
            passB.append(Double(b.verified[qb]) / Double(b.candidates[qb]))
            firstA.append(a.earliestVerified[qa])
            firstB.append(b.earliestVerified[qb])
            coveredA.append(a.verified[qa] > 0)
            coveredB.append(b.verified[qb] > 0)
        }
        func difference(_ x: [Double], _ y: [Double]) -> PairedDifference {
            let meanA = x.isEmpty ? 0 : x.reduce(0, +) / Double(x.count)
            let meanB = y.isEmpty ? 0 : y.reduce(0, +) / Double(y.count)
            let deltas = zip(x, y).map { $1 - $0 }
            return PairedDifference(
                a: meanA,
                b: meanB,
                difference: meanB - meanA,
                interval: PairedBootstrap(differences: deltas, resamples: resamples, seed: seed)
            )
        }
        let asDouble: ([Bool]) -> [Double] = { $0.map { $0 ? 1 : 0 } }
        return PairedSplit(
            split: name,
            queries: pairs.count,
            passAt1: difference(passA, passB),
            coverage: difference(asDouble(coveredA), asDouble(coveredB)),
            firstCandidateTest: McNemarTest(a: firstA, b: firstB),
            coverageTest: McNemarTest(a: coveredA, b: coveredB)
        )
    }

    /// The one-line answer, from the overall pass@1 difference.
    static func answer(overall: PairedSplit, a: String, b: String) -> String {
        guard overall.queries > 0 else {
            return "No answer: \(a) and \(b) have no query_id in common."
        }
        let d = overall.passAt1
        let detail =
            "pass@1 \(Format.percent(d.b)) vs \(Format.percent(d.a)), "
            + "difference \(Format.points(d.difference)) (95% CI \(Format.points(d.interval.lower)) to "
            + "\(Format.points(d.interval.upper))), McNemar \(Format.pValue(overall.firstCandidateTest.pValue)), "
            + "\(overall.queries) paired queries"
        if d.interval.upper < 0 {
            return "Yes: \(b) is less accurate than \(a): \(detail)."
        }
        if d.interval.lower > 0 {
            return "No: \(b) is more accurate than \(a): \(detail)."
        }
        return "No detectable difference between \(b) and \(a): \(detail); the interval straddles zero."
    }
}
