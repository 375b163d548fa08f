/// Where the provider clients hand over their answers the moment the last byte is read, before the task that
/// asked runs again.
///
/// The run engine sets a handler around each request to keep every answer it has read: waiting for the task to
/// resume would leave a thread wake-up (milliseconds on a busy machine) in which a killed run loses an answer it
/// already paid for.
public enum AnswerArrival {
    /// Receives the answers of one request: the first is candidate `firstCandidateIndex`'s, the rest follow it.
    ///
    /// Called on the connection's event loop: it should be short and must not wait on tasks.
    public typealias Handler = @Sendable (_ firstCandidateIndex: Int, _ responses: [ChatResponse]) -> Void

    /// The handler in a nominal type: the task-local's value type needs metadata of its own (an optional
    /// function type specialised in another module was seen with none, crashing the release build).
    struct Receiver: Sendable {
        let handle: Handler
    }

    @TaskLocal static var receiver: Receiver?

    /// The handler for requests made in the current task and its children, if any.
    static var handler: Handler? { receiver?.handle }

    /// Runs `operation` with `handler` receiving the answers of the requests it makes (in its task and children).
    @inline(never)
    public static func receiving<Value: Sendable>(
        with handler: @escaping Handler,
        _ operation: () async throws(LLMError) -> Value
    ) async throws(LLMError) -> Value {
        let outcome = await $receiver.withValue(Receiver(handle: handler)) { () async -> Result<Value, LLMError> in
            do throws(LLMError) {
                return .success(try await operation())
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}
