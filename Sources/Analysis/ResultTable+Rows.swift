extension ResultTable {
    /// Builds a table from in-memory rows.
    ///
    /// - Parameters:
    ///   - rows: The rows.
    ///   - columns: Which columns the table has; an optional column left out here is absent (`nil`),
    ///     as in a file that lacks it. All columns by default.
    ///   - metadata: The footer metadata.
    ///   - source: The table's label.
    public init(
        rows: [ResultRow],
        columns: Set<ResultColumn> = Set(ResultColumn.allCases),
        metadata: [String: String] = [:],
        source: String = "memory"
    ) {
        self.init(source: source, metadata: metadata)
        queryID = rows.map(\.queryID)
        split = rows.map(\.split)
        candidateIndex = rows.map(\.candidateIndex)
        isVerified = rows.map(\.isVerified)
        func column<T>(_ name: ResultColumn, _ path: KeyPath<ResultRow, T?>) -> [T?]? {
            columns.contains(name) ? rows.map { $0[keyPath: path] } : nil
        }
        prompt = column(.prompt, \.prompt)
        messages = column(.messages, \.messages)
        response = column(.response, \.response)
        groundTruth = column(.groundTruth, \.groundTruth)
        extractedAnswer = column(.extractedAnswer, \.extractedAnswer)
        verdict = column(.verdict, \.verdict)
        verificationMethod = column(.verificationMethod, \.verificationMethod)
        verificationConfidence = column(.verificationConfidence, \.verificationConfidence)
        verificationExplanation = column(.verificationExplanation, \.verificationExplanation)
        refusalIsRefusal = column(.refusalIsRefusal, \.refusalIsRefusal)
        refusalType = column(.refusalType, \.refusalType)
        personaScore = column(.personaScore, \.personaScore)
        model = column(.model, \.model)
        finishReason = column(.finishReason, \.finishReason)
        inputTokens = column(.inputTokens, \.inputTokens)
        outputTokens = column(.outputTokens, \.outputTokens)
        cacheReadTokens = column(.cacheReadTokens, \.cacheReadTokens)
        cacheWriteTokens = column(.cacheWriteTokens, \.cacheWriteTokens)
        costUSD = column(.costUSD, \.costUSD)
        latencyMs = column(.latencyMs, \.latencyMs)
        error = column(.error, \.error)
    }

    /// The row at `index` (absent columns read as `nil`).
    public func row(at index: Int) -> ResultRow {
        var record = ResultRow(
            queryID: queryID[index],
            split: split[index],
            candidateIndex: candidateIndex[index],
            isVerified: isVerified[index]
        )
        record.prompt = prompt?[index]
        record.messages = messages?[index]
        record.response = response?[index]
        record.groundTruth = groundTruth?[index]
        record.extractedAnswer = extractedAnswer?[index]
        record.verdict = verdict?[index]
        record.verificationMethod = verificationMethod?[index]
        record.verificationConfidence = verificationConfidence?[index]
        record.verificationExplanation = verificationExplanation?[index]
        record.refusalIsRefusal = refusalIsRefusal?[index]
        record.refusalType = refusalType?[index]
        record.personaScore = personaScore?[index]
        record.model = model?[index]
        record.finishReason = finishReason?[index]
        record.inputTokens = inputTokens?[index]
        record.outputTokens = outputTokens?[index]
        record.cacheReadTokens = cacheReadTokens?[index]
        record.cacheWriteTokens = cacheWriteTokens?[index]
        record.costUSD = costUSD?[index]
        record.latencyMs = latencyMs?[index]
        record.error = error?[index]
        return record
    }
}
