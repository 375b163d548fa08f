extension ResultTable {
    /// Appends the columns `other` has (a lane's share of one row group) to this table's.
    mutating func absorb(_ other: ResultTable) {
        queryID += other.queryID
        split += other.split
        candidateIndex += other.candidateIndex
        isVerified += other.isVerified
        func merge<T>(_ keyPath: WritableKeyPath<ResultTable, [T]?>) {
            guard let values = other[keyPath: keyPath] else { return }
            if self[keyPath: keyPath] == nil {
                self[keyPath: keyPath] = values
            } else {
                self[keyPath: keyPath]?.append(contentsOf: values)
            }
        }
        merge(\.prompt)
        merge(\.messages)
        merge(\.response)
        merge(\.groundTruth)
        merge(\.extractedAnswer)
        merge(\.verdict)
        merge(\.verificationMethod)
        merge(\.verificationConfidence)
        merge(\.verificationExplanation)
        merge(\.refusalIsRefusal)
        merge(\.refusalType)
        merge(\.personaScore)
        merge(\.model)
        merge(\.finishReason)
        merge(\.inputTokens)
        merge(\.outputTokens)
        merge(\.cacheReadTokens)
        merge(\.cacheWriteTokens)
        merge(\.costUSD)
        merge(\.latencyMs)
        merge(\.error)
    }
}
