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

    /// Majority votes per split (``QueryIndex/splitNames`` order): trials and correct votes, zero outside
    /// the math splits or without an `extracted_answer` column.
    ///
    /// Votes on answer codes: each distinct answer is trimmed once.
    func majorityVotes() -> (trials: [Int], correct: [Int]) {
        var trials = [Int](repeating: 0, count: splitCount)
        var correct = [Int](repeating: 0, count: splitCount)
        let math = index.splitNames.map(ExperimentSummary.isMathSplit)
        guard let answers = table.extractedAnswer, math.contains(true) else { return (trials, correct) }
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
        var ballot = MajorityVote.CodedBallotBox()
        // One query's math rows, in row order.
        func vote(_ query: Int32, _ rows: some Sequence<Int>) {
            let s = Int(index.querySplit[Int(query)])
            guard math[s] else { return }
            ballot.clear()
            for row in rows {
                let code = answers.codes[row]
                guard code >= 0 else { continue }
                ballot.add(
                    vote: voteOf[Int(code)],
                    candidateIndex: Int(table.candidateIndex[row]),
                    isVerified: table.isVerified[row]
                )
            }
            trials[s] += 1
            if ballot.winnerIsVerified { correct[s] += 1 }
        }
        if mathRowsAreGroupedByQuery(math) {
            // The usual layout (a query's candidates next to each other): vote run by run.
            var run: [Int] = []
            var current: Int32 = -1
            for row in 0..<table.rowCount where math[Int(index.rowSplit[row])] {
                let q = index.rowQuery[row]
                if q != current {
                    if current >= 0 { vote(current, run) }
                    run.removeAll(keepingCapacity: true)
                    current = q
                }
                run.append(row)
            }
            if current >= 0 { vote(current, run) }
            return (trials, correct)
        }
        // Otherwise group the math rows by query with a counting sort (no array per query).
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
        for q in 0..<index.queryCount where start[q] < start[q + 1] {
            vote(Int32(q), rows[Int(start[q])..<Int(start[q + 1])].lazy.map { Int($0) })
        }
        return (trials, correct)
    }

    /// Whether each query's rows in the `math` splits form one run (other rows may sit between them).
    private func mathRowsAreGroupedByQuery(_ math: [Bool]) -> Bool {
        var finished = [Bool](repeating: false, count: index.queryCount)
        var current: Int32 = -1
        for row in 0..<table.rowCount where math[Int(index.rowSplit[row])] {
            let q = index.rowQuery[row]
            guard q != current else { continue }
            if finished[Int(q)] { return false }
            if current >= 0 { finished[Int(current)] = true }
            current = q
        }
        return true
    }

    /// Verdicts, errors, refusals, persona scores, verification methods, tokens and cost per split, from the
    /// totals.
    func optionalColumns() -> [SplitAccumulator] {
        let totals = table.totals
        return index.splitOrder.map { code in
            var a = SplitAccumulator()
            if let verdicts = totals.verdicts { a.verdicts = verdicts[code] }
            if let methods = totals.methods {
                a.methods = methods[code]
                a.judge = a.methods.total { $0.contains("judge") }
            }
            if let errors = totals.errors { a.errors = errors[code] }
            if let rows = totals.refusalRows, let refusals = totals.refusals, let types = totals.refusalTypes {
                a.refusalRows = rows[code]
                a.refusals = refusals[code]
                a.refusalTypes = types[code]
            }
            if let sums = totals.personaSum, let counts = totals.personaCount,
                let verifiedSums = totals.personaVerifiedSum, let verifiedCounts = totals.personaVerifiedCount
            {
                a.personaSum = sums[code]
                a.personaCount = counts[code]
                a.personaVerifiedSum = verifiedSums[code]
                a.personaVerifiedCount = verifiedCounts[code]
            }
            if let sums = totals.inputTokens { a.inputTokens = sums[code] }
            if let sums = totals.outputTokens { a.outputTokens = sums[code] }
            if let sums = totals.cacheReadTokens { a.cacheReadTokens = sums[code] }
            if let sums = totals.cacheWriteTokens { a.cacheWriteTokens = sums[code] }
            if let sums = totals.cost { a.cost = sums[code] }
            return a
        }
    }

    /// p50/p95 latency of each split and overall; `nil` without the column.
    func latencies() -> LatencyFigures? {
        guard let latencies = table.totals.latencies else { return nil }
        let groups = index.splitOrder.map { $0 < latencies.count ? latencies[$0] : [] }
        let quantiles = Quantile.select(groups: groups, [0.5, 0.95])
        func summary(_ values: [Double], _ count: Int) -> LatencySummary? {
            values.count == 2 ? LatencySummary(measured: count, p50: values[0], p95: values[1]) : nil
        }
        return LatencyFigures(
            splits: zip(quantiles.groups, groups).map { summary($0, $1.count) },
            overall: summary(quantiles.all, groups.reduce(0) { $0 + $1.count })
        )
    }
}
