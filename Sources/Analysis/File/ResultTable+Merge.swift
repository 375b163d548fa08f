extension ResultTable {
    /// Appends the columns `other` has (a lane's share of one row group) to this table's.
    mutating func absorb(_ other: ResultTable) {
        Self.extend(&queryID, with: other.queryID)
        Self.extend(&split, with: other.split)
        Self.extend(&candidateIndex, with: other.candidateIndex)
        Self.extend(&isVerified, with: other.isVerified)
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

    /// Appends `values` to `column`, taking the array itself when the column is still empty (no copy).
    static func extend<T>(_ column: inout [T], with values: [T]) {
        if column.isEmpty { column = values } else { column.append(contentsOf: values) }
    }
}
