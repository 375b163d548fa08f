/// Why a request to a language model could not be completed.
///
/// Messages name the provider, the model and the HTTP status, and say what to do; they never
/// contain an API key, a prompt or a payload.
public struct LLMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, for callers that branch on it.
    public enum Code: String, Sendable, Hashable {
        /// 401/403: the key is missing, wrong or lacks access.
        case authentication
        /// 400/404/422: the request or the model name is wrong; retrying cannot help.
        case invalidRequest
        /// 429 after every retry.
        case rateLimited
        /// 5xx/529 after every retry.
        case serverError
        /// Connection failed, reset or timed out after every retry.
        case transport
        /// No connection could be made after every retry: refused, or the host name is unknown.
        case unreachable
        /// The server answered something that is not the protocol.
        case malformedResponse
        /// No recorded answer (replay) or no client for the request.
        case unavailable
        /// The request was cancelled.
        case cancelled
    }

    /// The kind of failure.
    public var code: Code
    /// A sentence a user can act on.
    public var message: String
    /// The HTTP status, when there was one.
    public var status: Int?
    /// True when a later attempt may succeed (the run may retry the candidate later).
    public var isTransient: Bool {
        switch code {
        case .rateLimited, .serverError, .transport, .unreachable: true
        default: false
        }
    }

    /// Creates an error.
    public init(_ code: Code, _ message: String, status: Int? = nil) {
        self.code = code
        self.message = message
        self.status = status
    }

    public var description: String { message }
}
