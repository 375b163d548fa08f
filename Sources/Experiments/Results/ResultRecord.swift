/// One row of the result file: one candidate of one query, with its verdicts and what it cost.
///
/// Row identity is `(queryID, candidateIndex)`. Field order and names follow DESIGN.md's result table.
public struct ResultRecord: Sendable, Hashable, Codable {
    /// One turn of the conversation, as stored in the `messages` column.
    public struct Message: Sendable, Hashable, Codable {
        /// `system`, `user`, `assistant` or `tool`.
        public var role: String
        /// The text of the turn.
        public var content: String
        /// An assistant turn's tool calls as a JSON array of `{id, name, arguments}`, else `nil`.
        public var toolCalls: String?
        /// A tool turn's call id.
        public var toolCallID: String?
        /// A tool turn's tool name.
        public var name: String?

        /// Creates a turn.
        public init(
            role: String,
            content: String,
            toolCalls: String? = nil,
            toolCallID: String? = nil,
            name: String? = nil
        ) {
            self.role = role
            self.content = content
            self.toolCalls = toolCalls
            self.toolCallID = toolCallID
            self.name = name
        }
    }

    public var queryID: String
    public var split: String
    public var candidateIndex: Int
    public var prompt: String
    public var messages: [Message]
    public var response: String
    public var groundTruth: String?
    public var extractedAnswer: String?
    public var isVerified: Bool
    public var verdict: String
    public var verificationMethod: String
    public var verificationConfidence: Double
    public var verificationExplanation: String
    public var refusalIsRefusal: Bool
    public var refusalType: String?
    public var personaScore: Double?
    public var model: String
    public var finishReason: String
    public var inputTokens: Int
    public var outputTokens: Int
    public var cacheReadTokens: Int
    public var cacheWriteTokens: Int
    public var costUSD: Double?
    public var latencyMs: Double
    public var error: String?

    /// Creates a record with every column.
    public init(
        queryID: String,
        split: String,
        candidateIndex: Int,
        prompt: String,
        messages: [Message],
        response: String,
        groundTruth: String?,
        extractedAnswer: String?,
        isVerified: Bool,
        verdict: String,
        verificationMethod: String,
        verificationConfidence: Double,
        verificationExplanation: String,
        refusalIsRefusal: Bool,
        refusalType: String?,
        personaScore: Double?,
        model: String,
        finishReason: String,
        inputTokens: Int,
        outputTokens: Int,
        cacheReadTokens: Int,
        cacheWriteTokens: Int,
        costUSD: Double?,
        latencyMs: Double,
        error: String?
    ) {
        self.queryID = queryID
        self.split = split
        self.candidateIndex = candidateIndex
        self.prompt = prompt
        self.messages = messages
        self.response = response
        self.groundTruth = groundTruth
        self.extractedAnswer = extractedAnswer
        self.isVerified = isVerified
        self.verdict = verdict
        self.verificationMethod = verificationMethod
        self.verificationConfidence = verificationConfidence
        self.verificationExplanation = verificationExplanation
        self.refusalIsRefusal = refusalIsRefusal
        self.refusalType = refusalType
        self.personaScore = personaScore
        self.model = model
        self.finishReason = finishReason
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheReadTokens = cacheReadTokens
        self.cacheWriteTokens = cacheWriteTokens
        self.costUSD = costUSD
        self.latencyMs = latencyMs
        self.error = error
    }
}
