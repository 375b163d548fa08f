import Parquet

/// Result records gathered column by column, so a batch goes to ``ParquetWriter/append(columns:)`` (the
/// writer's fast path) in ``ResultFile/schema`` order.
struct ResultBatch {
    private var queryIDs: [String] = []
    private var splits: [String] = []
    private var candidateIndices: [Int32] = []
    private var prompts: [String] = []
    private var messageOffsets: [Int] = [0]
    private var roles: [String] = []
    private var contents: [String] = []
    private var toolCalls: [String?] = []
    private var toolCallIDs: [String?] = []
    private var names: [String?] = []
    private var responses: [String] = []
    private var groundTruths: [String?] = []
    private var extractedAnswers: [String?] = []
    private var isVerified: [Bool] = []
    private var verdicts: [String] = []
    private var verificationMethods: [String] = []
    private var verificationConfidences: [Double] = []
    private var verificationExplanations: [String] = []
    private var refusalIsRefusal: [Bool] = []
    private var refusalTypes: [String?] = []
    private var personaScores: [Double?] = []
    private var models: [String] = []
    private var finishReasons: [String] = []
    private var inputTokens: [Int64] = []
    private var outputTokens: [Int64] = []
    private var cacheReadTokens: [Int64] = []
    private var cacheWriteTokens: [Int64] = []
    private var costs: [Double?] = []
    private var latencies: [Double] = []
    private var errors: [String?] = []

    /// Records gathered so far.
    var count: Int { queryIDs.count }

    /// Adds one record as a row.
    mutating func append(_ record: ResultRecord) {
        queryIDs.append(record.queryID)
        splits.append(record.split)
        candidateIndices.append(Int32(clamping: record.candidateIndex))
        prompts.append(record.prompt)
        for message in record.messages {
            roles.append(message.role)
            contents.append(message.content)
            toolCalls.append(message.toolCalls)
            toolCallIDs.append(message.toolCallID)
            names.append(message.name)
        }
        messageOffsets.append(roles.count)
        responses.append(record.response)
        groundTruths.append(record.groundTruth)
        extractedAnswers.append(record.extractedAnswer)
        isVerified.append(record.isVerified)
        verdicts.append(record.verdict)
        verificationMethods.append(record.verificationMethod)
        verificationConfidences.append(record.verificationConfidence)
        verificationExplanations.append(record.verificationExplanation)
        refusalIsRefusal.append(record.refusalIsRefusal)
        refusalTypes.append(record.refusalType)
        personaScores.append(record.personaScore)
        models.append(record.model)
        finishReasons.append(record.finishReason)
        inputTokens.append(Int64(record.inputTokens))
        outputTokens.append(Int64(record.outputTokens))
        cacheReadTokens.append(Int64(record.cacheReadTokens))
        cacheWriteTokens.append(Int64(record.cacheWriteTokens))
        costs.append(record.costUSD)
        latencies.append(record.latencyMs)
        errors.append(record.error)
    }

    /// The gathered rows, one entry per column of ``ResultFile/schema``.
    var columns: [ParquetColumnValues] {
        [
            .strings(queryIDs),
            .strings(splits),
            .int32s(candidateIndices),
            .strings(prompts),
            .lists(
                offsets: messageOffsets,
                element: .structs([
                    .strings(roles), .strings(contents), .optionalStrings(toolCalls),
                    .optionalStrings(toolCallIDs), .optionalStrings(names),
                ])
            ),
            .strings(responses),
            .optionalStrings(groundTruths),
            .optionalStrings(extractedAnswers),
            .bools(isVerified),
            .strings(verdicts),
            .strings(verificationMethods),
            .doubles(verificationConfidences),
            .strings(verificationExplanations),
            .bools(refusalIsRefusal),
            .optionalStrings(refusalTypes),
            .optionalDoubles(personaScores),
            .strings(models),
            .strings(finishReasons),
            .int64s(inputTokens),
            .int64s(outputTokens),
            .int64s(cacheReadTokens),
            .int64s(cacheWriteTokens),
            .optionalDoubles(costs),
            .doubles(latencies),
            .optionalStrings(errors),
        ]
    }

    /// Forgets the gathered rows.
    mutating func removeAll() {
        self = ResultBatch()
    }
}
