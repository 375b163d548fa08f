import Parquet

/// What ``ExperimentSummary`` needs of a result file: the columns it reads row by row, text as dictionary
/// codes (no `String` per row), and per-split ``SplitTotals`` of the columns it only counts or sums.
///
/// Built from a ``ResultTable`` or straight from a result file, row group by row group
/// (``ResultFile/summary(path:wholeRowGroupRows:)``).
struct SummaryColumns: Sendable {
    var source: String
    var metadata: [String: String]
    /// `query_id` codes (null read as `""`); codes follow first appearance.
    var queryID: ParquetDictionaryColumn
    /// `split` codes (null read as `""`); the split numbers of ``totals``.
    var split: ParquetDictionaryColumn
    /// `candidate_idx` (null read as 0).
    var candidateIndex: [Int64]
    var isVerified: [Bool]
    var extractedAnswer: ParquetDictionaryColumn?
    var totals = SplitTotals()
    /// The value → code maps of the coded columns appended row group by row group.
    var knownCodes: [ResultColumn: [String: Int32]] = [:]

    var rowCount: Int { candidateIndex.count }

    init(source: String, metadata: [String: String]) {
        self.source = source
        self.metadata = metadata
        queryID = ParquetDictionaryColumn(dictionary: [], codes: [])
        split = ParquetDictionaryColumn(dictionary: [], codes: [])
        candidateIndex = []
        isVerified = []
    }

    init(_ table: ResultTable) {
        self.init(source: table.source, metadata: table.metadata)
        queryID = ParquetDictionaryColumn(coding: table.queryID.lazy.map(Optional.some))
        split = ParquetDictionaryColumn(coding: table.split.lazy.map(Optional.some))
        candidateIndex = table.candidateIndex.map(Int64.init)
        isVerified = table.isVerified
        extractedAnswer = table.extractedAnswer.map { ParquetDictionaryColumn(coding: $0) }
        let splits = split.codes[...]
        let count = split.dictionary.count
        if let column = table.verdict {
            totals.addVerdicts(ParquetDictionaryColumn(coding: column), splits: splits, splitCount: count)
        }
        if let column = table.verificationMethod {
            totals.addMethods(ParquetDictionaryColumn(coding: column), splits: splits, splitCount: count)
        }
        if let column = table.model { totals.addModels(ParquetDictionaryColumn(coding: column)) }
        if let column = table.error {
            totals.addErrors(ParquetDictionaryColumn(coding: column), splits: splits, splitCount: count)
        }
        if let flags = table.refusalIsRefusal {
            totals.addRefusals(
                flags,
                types: table.refusalType.map { ParquetDictionaryColumn(coding: $0) },
                splits: splits,
                splitCount: count
            )
        }
        if let scores = table.personaScore {
            totals.addPersonaScores(
                scores.map { $0 ?? .nan },
                verified: isVerified[...],
                splits: splits,
                splitCount: count
            )
        }
        let tokens: [(KeyPath<ResultTable, [Int64?]?>, WritableKeyPath<SplitTotals, [Int64]?>)] = [
            (\.inputTokens, \.inputTokens), (\.outputTokens, \.outputTokens),
            (\.cacheReadTokens, \.cacheReadTokens), (\.cacheWriteTokens, \.cacheWriteTokens),
        ]
        for (column, total) in tokens {
            guard let values = table[keyPath: column] else { continue }
            totals.addTokens(values.map { $0 ?? 0 }, to: total, splits: splits, splitCount: count)
        }
        if let costs = table.costUSD {
            totals.addCosts(costs.map { $0 ?? 0 }, splits: splits, splitCount: count)
        }
        if let latencies = table.latencyMs {
            totals.addLatencies(latencies.map { $0 ?? .nan }, splits: splits, splitCount: count)
        }
    }
}
