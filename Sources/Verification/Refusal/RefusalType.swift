/// Why a response declines to answer, as stored in the result file's `refusal_type` column.
public enum RefusalType: String, Sendable, Hashable, Codable, CaseIterable {
    /// The model says it cannot do the task: no internet, no tools, no real-time data.
    case capability
    /// The model will not do the task on principle: safety, guidelines, "I can't help with that".
    case policy
    /// The model declines under uncertainty: "I don't know", not enough information to say.
    case epistemic
    /// In-character unwillingness that gives no answer ("Why should I bother?").
    case persona
}
