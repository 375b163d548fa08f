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

    /// Computes the summary over coded columns (from a table, or straight from a file), one pass after
    /// another.
    init(columns table: SummaryColumns) {
        let passes = SummaryPasses(table: table, index: Self.index(table))
        self.init(
            passes: passes,
            queries: passes.queries(),
            majority: passes.majorityVotes(),
            optional: passes.optionalColumns(),
            latencies: passes.latencies()
        )
    }

    /// Computes the summary over coded columns with the independent passes running concurrently: the same
    /// result as ``init(columns:)``, sooner on several cores.
    static func computing(columns table: SummaryColumns) async -> ExperimentSummary {
        let passes = SummaryPasses(table: table, index: index(table))
        async let queries = passes.queries()
        async let majority = passes.majorityVotes()
        async let optional = passes.optionalColumns()
        async let latencies = passes.latencies()
        return await ExperimentSummary(
            passes: passes,
            queries: queries,
            majority: majority,
            optional: optional,
            latencies: latencies
        )
    }

    private static func index(_ table: SummaryColumns) -> QueryIndex {
        QueryIndex(
            split: table.split,
            queryID: table.queryID,
            candidateIndex: table.candidateIndex,
            isVerified: table.isVerified
        )
    }

    /// Puts the passes' figures together.
    private init(
        passes: SummaryPasses,
        queries: SummaryPasses.QueryFigures,
        majority: (trials: [Int], correct: [Int]),
        optional: [SplitAccumulator],
        latencies: SummaryPasses.LatencyFigures?
    ) {
        let table = passes.table
        let index = passes.index
        let splitCount = passes.splitCount
        var accumulators = queries.accumulators
        for s in 0..<splitCount {
            accumulators[s].merge(optional[s])
            accumulators[s].majorityTrials = majority.trials[s]
            accumulators[s].majorityCorrect = majority.correct[s]
        }
        var notes: [String] = []
        func missing(_ column: ResultColumn, _ what: String) {
            notes.append("\(what) left out: the file has no `\(column.rawValue)` column")
        }
        let totals = table.totals
        if totals.verdicts == nil { missing(.verdict, "verdict counts") }
        if totals.refusals == nil { missing(.refusalIsRefusal, "refusal rates") }
        if totals.personaSum == nil { missing(.personaScore, "persona scores") }
        if totals.methods == nil { missing(.verificationMethod, "verification methods") }
        if totals.cost == nil { missing(.costUSD, "cost") }
        if totals.latencies == nil { missing(.latencyMs, "latency") }
        let mathSplits = index.splitNames.map(Self.isMathSplit)
        if table.extractedAnswer == nil && mathSplits.contains(true) {
            missing(.extractedAnswer, "majority vote")
        }

        var overall = SplitAccumulator()
        for accumulator in accumulators {
            overall.merge(accumulator)
        }
        let hasCost = totals.cost != nil
        let hasTokens =
            hasCost || totals.inputTokens != nil || totals.outputTokens != nil || totals.cacheReadTokens != nil
            || totals.cacheWriteTokens != nil
        func summary(
            _ name: String,
            _ accumulator: SplitAccumulator,
            passAtK: [PassAtKPoint],
            latency: LatencySummary?,
            majority: Bool
        ) -> SplitSummary {
            Self.makeSplitSummary(
                name: name,
                accumulator: accumulator,
                passAtK: passAtK,
                latency: latency,
                table: table,
                majority: majority,
                hasTokens: hasTokens,
                hasCost: hasCost
            )
        }
        let splits = index.splitNames.indices.map { s in
            summary(
                index.splitNames[s],
                accumulators[s],
                passAtK: queries.passAtK[s],
                latency: latencies?.splits[s],
                majority: mathSplits[s]
            )
        }
        let overallMajority = splitCount > 0 && !mathSplits.contains(false)
        var models: [Count] = []
        if let counts = totals.models {
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
            overall: summary(
                "overall",
                overall,
                passAtK: queries.overallPassAtK,
                latency: latencies?.overall,
                majority: overallMajority
            ),
            notes: notes
        )
    }

    /// Whether majority voting applies to a split: its name mentions math.
    static func isMathSplit(_ name: String) -> Bool {
        name.lowercased().contains("math")
    }

    private static func makeSplitSummary(
        name: String,
        accumulator a: SplitAccumulator,
        passAtK: [PassAtKPoint],
        latency: LatencySummary?,
        table: SummaryColumns,
        majority: Bool,
        hasTokens: Bool,
        hasCost: Bool
    ) -> SplitSummary {
        var persona: PersonaScoreSummary?
        if table.totals.personaSum != nil, a.personaCount > 0 {
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
            verdicts: table.totals.verdicts == nil ? nil : a.verdicts.sortedCounts,
            errors: table.totals.errors == nil ? nil : a.errors,
            refusals: table.totals.refusals == nil
                ? nil
                : RefusalSummary(
                    rate: Proportion(successes: a.refusals, trials: a.refusalRows),
                    byType: a.refusalTypes.sortedCounts
                ),
            personaScore: persona,
            methods: table.totals.methods == nil ? nil : a.methods.sortedCounts,
            judgeConsulted: table.totals.methods == nil ? nil : a.judge,
            cost: cost,
            latency: latency
        )
    }
}
