import Parquet

extension ExperimentSummary {
    /// Computes every statistic of `bon inspect` over `table`.
    ///
    /// Sections whose columns the table lacks are `nil`, with a line in ``notes`` saying which column
    /// was missing.
    ///
    /// ```swift
    /// let table = try await ResultFile.read(path: "results/gsm8k.parquet")
    /// let summary = ExperimentSummary(table: table)
    /// print(TextReport.inspect(summary))
    /// ```
    public init(table: ResultTable) {
        self.init(columns: SummaryColumns(table))
    }

    /// Computes the summary over coded columns (from a table, or straight from a file).
    init(columns table: SummaryColumns) {
        let index = QueryIndex(
            split: table.split,
            queryID: table.queryID,
            candidateIndex: table.candidateIndex,
            isVerified: table.isVerified
        )
        let splitCount = index.splitNames.count
        var accumulators = [SplitAccumulator](repeating: SplitAccumulator(), count: splitCount)
        let rowSplit = index.rowSplit

        // Required columns.
        for row in 0..<table.rowCount {
            let s = Int(rowSplit[row])
            accumulators[s].rows += 1
            if table.isVerified[row] { accumulators[s].verified += 1 }
            if table.candidateIndex[row] == 0 {
                accumulators[s].firstRows += 1
                if table.isVerified[row] { accumulators[s].firstVerified += 1 }
            }
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

        var notes: [String] = []
        func missing(_ column: ResultColumn, _ what: String) {
            notes.append("\(what) left out: the file has no `\(column.rawValue)` column")
        }
        if let verdicts = table.verdict {
            let counters = verdicts.counters(groups: rowSplit, groupCount: splitCount, nullName: "null")
            for s in 0..<splitCount { accumulators[s].verdicts = counters[s] }
        } else {
            missing(.verdict, "verdict counts")
        }
        if let errors = table.error {
            for (row, error) in errors.codes.enumerated() where error >= 0 {
                accumulators[Int(rowSplit[row])].errors += 1
            }
        }
        if let refusals = table.refusalIsRefusal {
            let types = table.refusalType
            let typeCount = (types?.dictionary.count ?? 0) + 1
            var typeCounts = [Int](repeating: 0, count: splitCount * typeCount)
            for (row, refusal) in refusals.enumerated() {
                guard let refusal else { continue }
                let s = Int(rowSplit[row])
                accumulators[s].refusalRows += 1
                if refusal {
                    accumulators[s].refusals += 1
                    let code = types.map { Int($0.codes[row]) } ?? -1
                    typeCounts[s * typeCount + (code < 0 ? typeCount - 1 : code)] += 1
                }
            }
            for s in 0..<splitCount {
                for code in 0..<typeCount where typeCounts[s * typeCount + code] > 0 {
                    let name = code < typeCount - 1 ? types?.dictionary[code] ?? "unspecified" : "unspecified"
                    accumulators[s].refusalTypes.add(name, count: typeCounts[s * typeCount + code])
                }
            }
        } else {
            missing(.refusalIsRefusal, "refusal rates")
        }
        if let scores = table.personaScore {
            for (row, score) in scores.enumerated() where !score.isNaN {
                let s = Int(rowSplit[row])
                accumulators[s].personaSum += score
                accumulators[s].personaCount += 1
                if table.isVerified[row] {
                    accumulators[s].personaVerifiedSum += score
                    accumulators[s].personaVerifiedCount += 1
                }
            }
        } else {
            missing(.personaScore, "persona scores")
        }
        if let methods = table.verificationMethod {
            let counters = methods.counters(groups: rowSplit, groupCount: splitCount, nullName: "null")
            for s in 0..<splitCount {
                accumulators[s].methods = counters[s]
                accumulators[s].judge = accumulators[s].methods.total { $0.contains("judge") }
            }
        } else {
            missing(.verificationMethod, "verification methods")
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
            for (row, cost) in costs.enumerated() {
                accumulators[Int(rowSplit[row])].cost += cost
            }
        } else {
            missing(.costUSD, "cost")
        }
        if let latencies = table.latencyMs {
            for (row, latency) in latencies.enumerated() where !latency.isNaN {
                accumulators[Int(rowSplit[row])].latencies.append(latency)
            }
        } else {
            missing(.latencyMs, "latency")
        }
        let mathSplits = index.splitNames.map(Self.isMathSplit)
        if let answers = table.extractedAnswer {
            Self.addMajorityVotes(table: table, answers: answers, index: index, math: mathSplits, to: &accumulators)
        } else if mathSplits.contains(true) {
            missing(.extractedAnswer, "majority vote")
        }

        var overall = SplitAccumulator()
        for accumulator in accumulators {
            overall.merge(accumulator)
        }
        let hasCost = table.costUSD != nil
        let hasTokens =
            hasCost || table.inputTokens != nil || table.outputTokens != nil || table.cacheReadTokens != nil
            || table.cacheWriteTokens != nil
        func summary(_ name: String, _ accumulator: SplitAccumulator, splitCode: Int32?, majority: Bool) -> SplitSummary
        {
            Self.makeSplitSummary(
                name: name,
                accumulator: accumulator,
                passAtK: Self.passAtK(index: index, splitCode: splitCode, maxCandidates: accumulator.maxCandidates),
                table: table,
                majority: majority,
                hasTokens: hasTokens,
                hasCost: hasCost
            )
        }
        let splits = index.splitNames.indices.map { s in
            summary(index.splitNames[s], accumulators[s], splitCode: Int32(s), majority: mathSplits[s])
        }
        let overallMajority = splitCount > 0 && !mathSplits.contains(false)
        var models: [Count] = []
        if let column = table.model {
            var perCode = [Int](repeating: 0, count: column.dictionary.count)
            for code in column.codes where code >= 0 { perCode[Int(code)] += 1 }
            var counts: [String: Int] = [:]
            for (code, count) in perCode.enumerated() where count > 0 {
                counts[column.dictionary[code], default: 0] += count
            }
            models = counts.sortedCounts
        } else if let model = table.metadata["model"], !model.isEmpty {
            models = [Count(name: model, count: table.rowCount)]
        }
        let minCandidates = index.candidates.min().map(Int.init) ?? 0
        let maxCandidates = index.candidates.max().map(Int.init) ?? 0
        self.init(
            source: table.source,
            metadata: table.metadata,
            rows: table.rowCount,
            queries: index.queryCount,
            candidatesPerQuery: CandidateCount(
                min: minCandidates,
                max: maxCandidates,
                mean: index.queryCount == 0 ? 0 : Double(table.rowCount) / Double(index.queryCount)
            ),
            models: models,
            splits: splits,
            overall: summary("overall", overall, splitCode: nil, majority: overallMajority),
            notes: notes
        )
    }

    /// Whether majority voting applies to a split: its name mentions math.
    static func isMathSplit(_ name: String) -> Bool {
        name.lowercased().contains("math")
    }

    private static func addMajorityVotes(
        table: SummaryColumns,
        answers: ParquetDictionaryColumn,
        index: QueryIndex,
        math: [Bool],
        to accumulators: inout [SplitAccumulator]
    ) {
        // Group the math rows by query with a counting sort (no array per query), then vote query by query
        // in one reused ballot buffer.
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
        var ballots: [MajorityVote.Ballot] = []
        for q in 0..<index.queryCount {
            let s = Int(index.querySplit[q])
            guard math[s] else { continue }
            ballots.removeAll(keepingCapacity: true)
            for position in Int(start[q])..<Int(start[q + 1]) {
                let row = Int(rows[position])
                ballots.append(
                    MajorityVote.Ballot(
                        candidateIndex: table.candidateIndex[row],
                        answer: answers[row],
                        isVerified: table.isVerified[row]
                    )
                )
            }
            accumulators[s].majorityTrials += 1
            if MajorityVote.winner(of: ballots)?.isVerified == true {
                accumulators[s].majorityCorrect += 1
            }
        }
    }

    private static func passAtK(index: QueryIndex, splitCode: Int32?, maxCandidates: Int) -> [PassAtKPoint] {
        PassAtK.budgets(upTo: maxCandidates).map { k in
            // Count the queries per (n, c) first: the estimate then runs once per distinct pair, not per query.
            var pairs: [Int: Int] = [:]
            var previousKey = -1
            var run = 0
            for q in 0..<index.queryCount where splitCode == nil || index.querySplit[q] == splitCode {
                let n = Int(index.candidates[q])
                guard n >= k else { continue }
                let key = n << 32 | Int(index.verified[q])
                if key == previousKey {
                    run += 1
                    continue
                }
                if run > 0 { pairs[previousKey, default: 0] += run }
                previousKey = key
                run = 1
            }
            if run > 0 { pairs[previousKey, default: 0] += run }
            var sum = 0.0
            var queries = 0
            for (key, count) in pairs.sorted(by: { $0.key < $1.key }) {
                sum += Double(count) * PassAtK.estimate(n: key >> 32, c: key & 0xFFFF_FFFF, k: k)
                queries += count
            }
            return PassAtKPoint(k: k, value: queries == 0 ? 0 : sum / Double(queries), queries: queries)
        }
    }

    private static func makeSplitSummary(
        name: String,
        accumulator a: SplitAccumulator,
        passAtK: [PassAtKPoint],
        table: SummaryColumns,
        majority: Bool,
        hasTokens: Bool,
        hasCost: Bool
    ) -> SplitSummary {
        var latency: LatencySummary?
        if table.latencyMs != nil, !a.latencies.isEmpty {
            var values = a.latencies
            latency = LatencySummary(
                measured: values.count,
                p50: Quantile.select(&values, 0.5) ?? 0,
                p95: Quantile.select(&values, 0.95) ?? 0
            )
        }
        var persona: PersonaScoreSummary?
        if table.personaScore != nil, a.personaCount > 0 {
            let unverifiedCount = a.personaCount - a.personaVerifiedCount
            persona = PersonaScoreSummary(
                scored: a.personaCount,
                mean: a.personaSum / Double(a.personaCount),
                meanVerified: a.personaVerifiedCount == 0
                    ? nil : a.personaVerifiedSum / Double(a.personaVerifiedCount),
                meanUnverified: unverifiedCount == 0
                    ? nil : (a.personaSum - a.personaVerifiedSum) / Double(unverifiedCount)
            )
        }
        var cost: CostSummary?
        if hasTokens {
            cost = CostSummary(
                inputTokens: a.inputTokens,
                outputTokens: a.outputTokens,
                cacheReadTokens: a.cacheReadTokens,
                cacheWriteTokens: a.cacheWriteTokens,
                costUSD: hasCost ? a.cost : nil,
                costPerVerified: hasCost && a.verified > 0 ? a.cost / Double(a.verified) : nil,
                costPerCoveredQuery: hasCost && a.covered > 0 ? a.cost / Double(a.covered) : nil
            )
        }
        return SplitSummary(
            split: name,
            rows: a.rows,
            queries: a.queries,
            verified: Proportion(successes: a.verified, trials: a.rows),
            firstCandidate: Proportion(successes: a.firstVerified, trials: a.firstRows),
            anyCandidate: Proportion(successes: a.covered, trials: a.queries),
            passAtK: passAtK,
            majorityVote: majority && table.extractedAnswer != nil
                ? Proportion(successes: a.majorityCorrect, trials: a.majorityTrials) : nil,
            firstVerifiedIndex: a.firstVerifiedIndex,
            noVerifiedCandidate: a.queries - a.covered,
            verdicts: table.verdict == nil ? nil : a.verdicts.sortedCounts,
            errors: table.error == nil ? nil : a.errors,
            refusals: table.refusalIsRefusal == nil
                ? nil
                : RefusalSummary(
                    rate: Proportion(successes: a.refusals, trials: a.refusalRows),
                    byType: a.refusalTypes.sortedCounts
                ),
            personaScore: persona,
            methods: table.verificationMethod == nil ? nil : a.methods.sortedCounts,
            judgeConsulted: table.verificationMethod == nil ? nil : a.judge,
            cost: cost,
            latency: latency
        )
    }
}
