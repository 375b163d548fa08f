import Parquet

/// The columns ``ExperimentSummary`` needs, text columns as dictionary codes (no `String` per row).
///
/// Built from a ``ResultTable`` or straight from a result file's dictionary pages
/// (``ResultFile/summary(path:)``).
struct SummaryColumns {
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
    var personaScore: [Double?]?
    var costUSD: [Double?]?
    var latencyMs: [Double?]?
    var inputTokens: [Int64?]?
    var outputTokens: [Int64?]?
    var cacheReadTokens: [Int64?]?
    var cacheWriteTokens: [Int64?]?

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
        personaScore = table.personaScore
        costUSD = table.costUSD
        latencyMs = table.latencyMs
        inputTokens = table.inputTokens
        outputTokens = table.outputTokens
        cacheReadTokens = table.cacheReadTokens
        cacheWriteTokens = table.cacheWriteTokens
    }
}
