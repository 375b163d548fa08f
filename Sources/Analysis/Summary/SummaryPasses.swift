import Parquet

/// The independent passes of ``ExperimentSummary/init(columns:)`` over the coded columns, once the rows are
/// indexed by query and split.
///
/// Each pass fills its own fields of per-split ``SplitAccumulator``s (or latency figures), so the passes can
/// run one after another or concurrently (``ExperimentSummary/computing(columns:)``) with the same result.
struct SummaryPasses: Sendable {
    let table: SummaryColumns
    let index: QueryIndex

    var splitCount: Int { index.splitNames.count }

    /// Per-split figures of the query pass, and pass@k per split and overall.
    struct QueryFigures: Sendable {
        var accumulators: [SplitAccumulator]
        var passAtK: [[PassAtKPoint]]
        var overallPassAtK: [PassAtKPoint]
    }

    /// p50/p95 latencies per split and overall.
    struct LatencyFigures: Sendable {
        var splits: [LatencySummary?]
        var overall: LatencySummary?
    }

    /// Row and query counts, coverage, the first-verified histogram, majority votes and pass@k.
    func queries() -> QueryFigures {
        var accumulators = [SplitAccumulator](repeating: SplitAccumulator(), count: splitCount)
        var rows = [Int](repeating: 0, count: splitCount)
        var verified = [Int](repeating: 0, count: splitCount)
        var firstRows = [Int](repeating: 0, count: splitCount)
        var firstVerified = [Int](repeating: 0, count: splitCount)
        let rowSplit = index.rowSplit
        for row in 0..<table.rowCount {
            let s = Int(rowSplit[row])
            let accepted = table.isVerified[row]
            rows[s] += 1
            if accepted { verified[s] += 1 }
            if table.candidateIndex[row] == 0 {
                firstRows[s] += 1
                if accepted { firstVerified[s] += 1 }
            }
        }
        for s in 0..<splitCount {
            accumulators[s].rows = rows[s]
            accumulators[s].verified = verified[s]
            accumulators[s].firstRows = firstRows[s]
            accumulators[s].firstVerified = firstVerified[s]
        }
        for q in 0..<index.queryCount {
            let s = Int(index.querySplit[q])
            accumulators[s].queries += 1
            accumulators[s].maxCandidates = max(accumulators[s].maxCandidates, Int(index.candidates[q]))
            let first = Int(index.firstVerified[q])
            if first >= 0 {
                accumulators[s].covered += 1
                if accumulators[s].firstVerifiedIndex.count <= first {
                    accumulators[s].firstVerifiedIndex += [Int](
                        repeating: 0,
                        count: first + 1 - accumulators[s].firstVerifiedIndex.count
                    )
                }
                accumulators[s].firstVerifiedIndex[first] += 1
            }
        }
        if let answers = table.extractedAnswer {
            addMajorityVotes(answers: answers, to: &accumulators)
        }
        let pairs = CandidatePairs(index: index)
        let overallMax = accumulators.map(\.maxCandidates).max() ?? 0
        return QueryFigures(
            accumulators: accumulators,
            passAtK: (0..<splitCount).map { s in
                pairs.passAtK(split: s, maxCandidates: accumulators[s].maxCandidates)
            },
            overallPassAtK: pairs.passAtK(split: nil, maxCandidates: overallMax)
        )
    }

    /// Majority votes of the math splits' queries, on answer codes: each distinct answer is trimmed once.
    private func addMajorityVotes(answers: ParquetDictionaryColumn, to accumulators: inout [SplitAccumulator]) {
        let math = index.splitNames.map(ExperimentSummary.isMathSplit)
        guard math.contains(true) else { return }
        // Equal answers after trimming share one vote code; empty ones (and nulls) do not vote.
        var voteCodes: [String: Int32] = [:]
        let voteOf = answers.dictionary.map { raw -> Int32 in
            let answer = raw.trimmingWhitespace()
            guard !answer.isEmpty else { return -1 }
            if let known = voteCodes[answer] { return known }
            let code = Int32(voteCodes.count)
            voteCodes[answer] = code
            return code
        }
        // Group the math rows by query with a counting sort (no array per query), then vote query by query.
        var start = [Int32](repeating: 0, count: index.queryCount + 1)
        for row in 0..<table.rowCount where math[Int(index.rowSplit[row])] {
            start[Int(index.rowQuery[row]) + 1] += 1
        }
        for q in 0..<index.queryCount {
            start[q + 1] += start[q]
        }
        var fill = start
        var rows = [Int32](repeating: 0, count: Int(start[index.queryCount]))
        for row in 0..<table.rowCount where math[Int(index.rowSplit[row])] {
            let q = Int(index.rowQuery[row])
            rows[Int(fill[q])] = Int32(row)
            fill[q] += 1
        }
        var ballot = MajorityVote.CodedBallotBox()
        for q in 0..<index.queryCount {
            let s = Int(index.querySplit[q])
            guard math[s] else { continue }
            ballot.clear()
            for position in Int(start[q])..<Int(start[q + 1]) {
                let row = Int(rows[position])
                let code = answers.codes[row]
                guard code >= 0 else { continue }
                ballot.add(
                    vote: voteOf[Int(code)],
                    candidateIndex: table.candidateIndex[row],
                    isVerified: table.isVerified[row]
                )
            }
            accumulators[s].majorityTrials += 1
            if ballot.winnerIsVerified { accumulators[s].majorityCorrect += 1 }
        }
    }

    /// Verdicts, errors, refusals, persona scores, verification methods, tokens and cost per split.
    func optionalColumns() -> [SplitAccumulator] {
        var accumulators = [SplitAccumulator](repeating: SplitAccumulator(), count: splitCount)
        let rowSplit = index.rowSplit
        if let verdicts = table.verdict {
            let counters = verdicts.counters(groups: rowSplit, groupCount: splitCount, nullName: "null")
            for s in 0..<splitCount { accumulators[s].verdicts = counters[s] }
        }
        if let errors = table.error {
            var counts = [Int](repeating: 0, count: splitCount)
            for (row, error) in errors.codes.enumerated() where error >= 0 {
                counts[Int(rowSplit[row])] += 1
            }
            for s in 0..<splitCount { accumulators[s].errors = counts[s] }
        }
        if let refusals = table.refusalIsRefusal {
            addRefusals(refusals, to: &accumulators)
        }
        if let scores = table.personaScore {
            var sums = [Double](repeating: 0, count: splitCount)
            var counts = [Int](repeating: 0, count: splitCount)
            var verifiedSums = [Double](repeating: 0, count: splitCount)
            var verifiedCounts = [Int](repeating: 0, count: splitCount)
            for (row, score) in scores.enumerated() where !score.isNaN {
                let s = Int(rowSplit[row])
                sums[s] += score
                counts[s] += 1
                if table.isVerified[row] {
                    verifiedSums[s] += score
                    verifiedCounts[s] += 1
                }
            }
            for s in 0..<splitCount {
                accumulators[s].personaSum = sums[s]
                accumulators[s].personaCount = counts[s]
                accumulators[s].personaVerifiedSum = verifiedSums[s]
                accumulators[s].personaVerifiedCount = verifiedCounts[s]
            }
        }
        if let methods = table.verificationMethod {
            let counters = methods.counters(groups: rowSplit, groupCount: splitCount, nullName: "null")
            for s in 0..<splitCount {
                accumulators[s].methods = counters[s]
                accumulators[s].judge = accumulators[s].methods.total { $0.contains("judge") }
            }
        }
        func addTokens(_ column: [Int64]?, _ keyPath: WritableKeyPath<SplitAccumulator, Int64>) {
            guard let column else { return }
            var sums = [Int64](repeating: 0, count: splitCount)
            for (row, value) in column.enumerated() {
                sums[Int(rowSplit[row])] &+= value
            }
            for s in 0..<splitCount {
                accumulators[s][keyPath: keyPath] = sums[s]
            }
        }
        addTokens(table.inputTokens, \.inputTokens)
        addTokens(table.outputTokens, \.outputTokens)
        addTokens(table.cacheReadTokens, \.cacheReadTokens)
        addTokens(table.cacheWriteTokens, \.cacheWriteTokens)
        if let costs = table.costUSD {
            var sums = [Double](repeating: 0, count: splitCount)
            for (row, cost) in costs.enumerated() {
                sums[Int(rowSplit[row])] += cost
            }
            for s in 0..<splitCount { accumulators[s].cost = sums[s] }
        }
        return accumulators
    }

    private func addRefusals(_ refusals: [Bool?], to accumulators: inout [SplitAccumulator]) {
        let rowSplit = index.rowSplit
        let types = table.refusalType
        let typeCount = (types?.dictionary.count ?? 0) + 1
        var typeCounts = [Int](repeating: 0, count: splitCount * typeCount)
        var rows = [Int](repeating: 0, count: splitCount)
        var refused = [Int](repeating: 0, count: splitCount)
        for (row, refusal) in refusals.enumerated() {
            guard let refusal else { continue }
            let s = Int(rowSplit[row])
            rows[s] += 1
            if refusal {
                refused[s] += 1
                let code = types.map { Int($0.codes[row]) } ?? -1
                typeCounts[s * typeCount + (code < 0 ? typeCount - 1 : code)] += 1
            }
        }
        for s in 0..<splitCount {
            accumulators[s].refusalRows = rows[s]
            accumulators[s].refusals = refused[s]
            for code in 0..<typeCount where typeCounts[s * typeCount + code] > 0 {
                let name = code < typeCount - 1 ? types?.dictionary[code] ?? "unspecified" : "unspecified"
                accumulators[s].refusalTypes.add(name, count: typeCounts[s * typeCount + code])
            }
        }
    }

    /// p50/p95 latency of each split (NaN, not measured, left out); `nil` without the column.
    func splitLatencies() -> [LatencySummary?]? {
        guard let column = table.latencyMs else { return nil }
        var perSplit = [[Double]](repeating: [], count: splitCount)
        let rowSplit = index.rowSplit
        for (row, latency) in column.enumerated() where !latency.isNaN {
            perSplit[Int(rowSplit[row])].append(latency)
        }
        return perSplit.map { values in
            var values = values
            return LatencySummary(of: &values)
        }
    }

    /// p50/p95 latency over all rows; `nil` without the column or without a measured row.
    func overallLatency() -> LatencySummary? {
        guard let column = table.latencyMs else { return nil }
        var values = column.filter { !$0.isNaN }
        return LatencySummary(of: &values)
    }
}

extension LatencySummary {
    /// The median and 95th percentile of `values` (reordered), or `nil` when there are none.
    init?(of values: inout [Double]) {
        guard !values.isEmpty else { return nil }
        let quantiles = Quantile.select(&values, [0.5, 0.95])
        self.init(measured: values.count, p50: quantiles[0], p95: quantiles[1])
    }
}
