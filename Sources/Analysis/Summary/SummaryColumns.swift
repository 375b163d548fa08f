import Parquet

/// The columns ``ExperimentSummary`` needs, text columns as dictionary codes (no `String` per row).
///
/// Built from a ``ResultTable`` or straight from a result file's dictionary pages
/// (``ResultFile/summary(path:)``).
struct SummaryColumns: Sendable {
    var source: String
    var metadata: [String: String]
    /// `query_id` codes (null read as `""`); codes follow first appearance.
    var queryID: ParquetDictionaryColumn
    /// `split` codes (null read as `""`).
    var split: ParquetDictionaryColumn
    var candidateIndex: [Int]
    var isVerified: [Bool]
    var verdict: ParquetDictionaryColumn?
    var verificationMethod: ParquetDictionaryColumn?
    var refusalType: ParquetDictionaryColumn?
    var extractedAnswer: ParquetDictionaryColumn?
    var model: ParquetDictionaryColumn?
    var error: ParquetDictionaryColumn?
    var refusalIsRefusal: [Bool?]?
    /// `persona_score`, null (and NaN) as NaN: not scored.
    var personaScore: [Double]?
    /// `cost_usd`, null as 0.
    var costUSD: [Double]?
    /// `latency_ms`, null (and NaN) as NaN: not measured.
    var latencyMs: [Double]?
    /// Token counts, null as 0.
    var inputTokens: [Int64]?
    var outputTokens: [Int64]?
    var cacheReadTokens: [Int64]?
    var cacheWriteTokens: [Int64]?

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
        candidateIndex = table.candidateIndex
        isVerified = table.isVerified
        verdict = table.verdict.map { ParquetDictionaryColumn(coding: $0) }
        verificationMethod = table.verificationMethod.map { ParquetDictionaryColumn(coding: $0) }
        refusalType = table.refusalType.map { ParquetDictionaryColumn(coding: $0) }
        extractedAnswer = table.extractedAnswer.map { ParquetDictionaryColumn(coding: $0) }
        model = table.model.map { ParquetDictionaryColumn(coding: $0) }
        error = table.error.map { ParquetDictionaryColumn(coding: $0) }
        refusalIsRefusal = table.refusalIsRefusal
        personaScore = table.personaScore?.map { $0 ?? .nan }
        costUSD = table.costUSD?.map { $0 ?? 0 }
        latencyMs = table.latencyMs?.map { $0 ?? .nan }
        inputTokens = table.inputTokens?.map { $0 ?? 0 }
        outputTokens = table.outputTokens?.map { $0 ?? 0 }
        cacheReadTokens = table.cacheReadTokens?.map { $0 ?? 0 }
        cacheWriteTokens = table.cacheWriteTokens?.map { $0 ?? 0 }
    }
}
