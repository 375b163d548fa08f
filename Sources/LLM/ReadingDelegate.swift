import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Synchronization

/// What one attempt received: the response head, and the reader's value or failure for a 2xx status, the body
/// (up to 1 MiB) for another status.
struct Delivery<Value: Sendable>: Sendable {
    var head: HTTPResponseHead
    var outcome: Outcome

    enum Outcome: Sendable {
        case value(Value)
        case failed(LLMError)
        case status(body: [UInt8])
    }
}

/// Feeds a response's body to a ``ResponseReader`` on the event loop that reads the connection, as each part
/// arrives, so that the value is complete before the task that asked for it runs again.
final class ReadingDelegate<Reader: ResponseReader>: HTTPClientResponseDelegate {
    typealias Response = Delivery<Reader.Value>

    private struct State {
        var reader: Reader
        var head: HTTPResponseHead?
        var outcome: Delivery<Reader.Value>.Outcome?
        var errorBody = BodyCollector(limit: 1 << 20, what: "an error body")
    }

    private let state: Mutex<State>
    /// Called once a 2xx body has arrived whole (a stream's final event, or the end of the body), before it
    /// becomes a value.
    private let bodyComplete: @Sendable (HTTPResponseHead) -> Void

    init(_ reader: Reader, bodyComplete: @escaping @Sendable (HTTPResponseHead) -> Void) {
        state = Mutex(State(reader: reader))
        self.bodyComplete = bodyComplete
    }

    /// The delivery made so far: a stream whose final event arrived counts even when the connection breaks after.
    var delivered: Response? {
        state.withLock { state in
            guard let head = state.head, let outcome = state.outcome, case .value = outcome else { return nil }
            return Delivery(head: head, outcome: outcome)
        }
    }

    func didReceiveHead(task: HTTPClient.Task<Response>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        state.withLock { state in
            state.head = head
            if (200..<300).contains(head.status.code) {
                state.reader.begin(contentType: head.headers.first(name: "content-type"))
            }
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Response>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        state.withLock { state in
            guard state.outcome == nil, let head = state.head else { return }
            buffer.withUnsafeReadableBytes { raw in
                let bytes = raw.assumingMemoryBound(to: UInt8.self)
                guard (200..<300).contains(head.status.code) else {
                    // An error body is only quoted: what passes the limit is dropped.
                    _ = try? state.errorBody.read(bytes)
                    return
                }
                do throws(LLMError) {
                    if try state.reader.read(bytes) { _ = complete(&state, head: head) }
                } catch {
                    state.outcome = .failed(error)
                }
            }
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveError(task: HTTPClient.Task<Response>, _ error: any Error) {}

    func didFinishRequest(task: HTTPClient.Task<Response>) throws -> Response {
        try state.withLock { state throws in
            guard let head = state.head else { throw HTTPClientError.remoteConnectionClosed }
            if let outcome = state.outcome { return Delivery(head: head, outcome: outcome) }
            guard (200..<300).contains(head.status.code) else {
                return Delivery(head: head, outcome: .status(body: state.errorBody.bytes))
            }
            return Delivery(head: head, outcome: complete(&state, head: head))
        }
    }

    /// Ends a 2xx body that has arrived whole (its final event, or its end): reports it, then turns it into the
    /// value, or the failure of a body that is not one.
    private func complete(_ state: inout State, head: HTTPResponseHead) -> Delivery<Reader.Value>.Outcome {
        bodyComplete(head)
        let outcome: Delivery<Reader.Value>.Outcome
        do throws(LLMError) {
            outcome = .value(try state.reader.value())
        } catch {
            outcome = .failed(error)
        }
        state.outcome = outcome
        return outcome
    }
}
