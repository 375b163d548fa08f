public import LLM

/// Somewhere answers already paid for are kept, so that asking again costs nothing.
///
/// Two stores exist: the ``ResponseCache`` shared across runs, and the ``RunJournal`` of one run, which
/// keeps every answer the moment it arrives so that a killed run never pays for it twice.
public protocol ResponseStore: Sendable {
    /// The stored answer for `key`, if any.
    func lookup(_ key: String) -> ChatResponse?
    /// Stores an answer; failures are ignored, since a miss later only costs money, never correctness.
    func store(_ response: ChatResponse, for key: String)
}
