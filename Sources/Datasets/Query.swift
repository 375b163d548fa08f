/// One dataset row normalised for an experiment: what to ask, and what to check the answer against.
///
/// The dataset's own system prompt is dropped (the persona replaces it). ``id`` is stable: the row's
/// uuid when it has one, else a hash of the prompt, so two runs of the same config pair up by id.
public struct Query: Sendable, Hashable, Codable {
    /// One turn of the prompt conversation.
    public struct Message: Sendable, Hashable, Codable {
        /// `user` or `assistant` (earlier turns of a multi-turn prompt).
        public var role: String
        /// The text of the turn.
        public var content: String

        /// Creates a turn.
        public init(role: String, content: String) {
            self.role = role
            self.content = content
        }
    }

    /// Where a query came from, for display and for the result metadata.
    public struct Source: Sendable, Hashable, Codable {
        /// The dataset: a Hub repo id (`nvidia/Nemotron-Post-Training-Dataset-v1`) or a local path.
        public var dataset: String
        /// The file inside the dataset.
        public var file: String
        /// The row's index inside that file.
        public var row: Int

        /// Creates a source.
        public init(dataset: String, file: String, row: Int) {
            self.dataset = dataset
            self.file = file
            self.row = row
        }
    }

    /// Stable id: the row's uuid, else a hash of the prompt.
    public var id: String
    /// The split the query belongs to (`math`, `code`, `tool_calling`).
    public var split: String
    /// The conversation to send, without the dataset's system prompt; ends with a user turn.
    public var messages: [Message]
    /// The reference answer, when the split has one.
    ///
    /// Math: the last `\boxed{}` of the dataset's answer. Tool calling: the dataset's answer, for
    /// display only. Code: `nil`.
    public var groundTruth: String?
    /// Code: the dataset's reference solution program, when it has one.
    public var referenceSolution: String?
    /// The dataset's whole assistant answer, for display and for the judge.
    public var referenceResponse: String?
    /// Tool calling: the row's tools as a JSON array of `{name, description, parameters}` objects.
    public var toolsJSON: String?
    /// Where the row came from.
    public var source: Source

    /// Creates a query.
    public init(
        id: String,
        split: String,
        messages: [Message],
        groundTruth: String? = nil,
        referenceSolution: String? = nil,
        referenceResponse: String? = nil,
        toolsJSON: String? = nil,
        source: Source
    ) {
        self.id = id
        self.split = split
        self.messages = messages
        self.groundTruth = groundTruth
        self.referenceSolution = referenceSolution
        self.referenceResponse = referenceResponse
        self.toolsJSON = toolsJSON
        self.source = source
    }

    /// The text of the last user turn: the query as a person would read it.
    public var prompt: String {
        messages.last(where: { $0.role == "user" })?.content ?? ""
    }
}
