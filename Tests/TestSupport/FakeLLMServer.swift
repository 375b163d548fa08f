import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A fake Anthropic + OpenAI server on 127.0.0.1 (port 0) that speaks both wire protocols exactly.
///
/// `POST /v1/messages` answers as Anthropic Messages, `POST /v1/chat/completions` as OpenAI Chat
/// Completions (JSON or SSE, tool calls, `n`, usage with cache tokens, the providers' error bodies and
/// rate-limit headers). Replies come from a queue of scripted ``FakeReply`` values, then from the
/// responder (default: an echo of the last user turn). Faults are injected from a queue or at random
/// with a seeded generator; rate limits answer 429 with `retry-after`.
///
/// ```swift
/// let server = try await FakeLLMServer.start()
/// defer { Task { await server.shutdown() } }
/// server.enqueue(.toolCall("get_weather", arguments: #"{"city":"Paris"}"#), .text("Sunny."))
/// // point a client at server.anthropicBaseURL or server.openAIBaseURL
/// ```
package final class FakeLLMServer: Sendable {
    /// Chooses the reply to a request for choice `index` (0 … n−1) when no scripted reply is queued.
    package typealias Responder = @Sendable (FakeLLMRequest, Int) -> FakeReply

    /// What happened so far.
    package struct Statistics: Sendable, Hashable {
        /// Requests received (including those answered with a fault or a 429).
        package var received = 0
        /// Requests answered normally.
        package var succeeded = 0
        /// Requests answered with an injected fault.
        package var faultsInjected = 0
        /// Requests refused by the rate limit.
        package var rateLimited = 0
        /// Requests refused for a wrong or missing key.
        package var unauthorized = 0
        /// Batches created (Anthropic Message Batches and OpenAI batches).
        package var batchesCreated = 0
        /// Batch status polls answered.
        package var batchPolls = 0
        /// Most chat requests being handled at once (from receipt to the answer's hand-off).
        package var peakInFlight = 0
    }

    struct State {
        var inFlight = 0
        var latency: Duration = .zero
        var scripted: [FakeReply] = []
        var faults: [FakeFault] = []
        var failureRate = 0.0
        var failureKinds: [FakeFault] = []
        var random = SplitMix64(seed: 1)
        var rateLimit: FakeRateLimit?
        var requestBucket: FakeTokenBucket?
        var tokenBucket: FakeTokenBucket?
        var requests: [FakeLLMRequest] = []
        var statistics = Statistics()
        var cachedPrefixes: Set<String> = []
        var minimumCacheableTokens = 1024
        var requiredAPIKey: String?
        var nextID = 0
        var recordRequests = true
        var batches: [String: FakeBatch] = [:]
        var files: [String: String] = [:]
        var batchPollsUntilDone = 2
        var batchItemFailures = 0
        var successTimes: [ContinuousClock.Instant] = []
        var nSupport = NSupport.supported
        var quirks: Quirks = []
    }

    /// Ways OpenAI-compatible servers part from the official APIs while still answering.
    package struct Quirks: OptionSet, Sendable {
        package let rawValue: Int
        package init(rawValue: Int) { self.rawValue = rawValue }
        /// Answers `stream: true` with a whole JSON body.
        package static let ignoresStreaming = Quirks(rawValue: 1)
        /// Ends a stream after its finish reason without the final event (`[DONE]`, `message_stop`).
        package static let omitsFinalEvent = Quirks(rawValue: 2)
        /// Ignores `stream_options.include_usage`: a stream without usage.
        package static let omitsStreamUsage = Quirks(rawValue: 4)
    }

    /// How the server treats OpenAI's `n > 1`, as the compatible servers differ.
    package enum NSupport: Sendable {
        /// Returns `n` choices (OpenAI, vLLM).
        case supported
        /// Answers 400 "Only one completion choice is allowed" (llama.cpp).
        case rejected
        /// Reads no `n` and returns one choice (Ollama).
        case ignored
    }

    let state = Mutex(State())
    let responder: Responder
    /// The bound port.
    package let port: Int
    private let task: Task<Void, any Error>

    /// The Anthropic base URL (the host alone, as `ANTHROPIC_BASE_URL`).
    package var anthropicBaseURL: String { "http://127.0.0.1:\(port)" }
    /// The OpenAI base URL (with `/v1`, as `OPENAI_BASE_URL`).
    package var openAIBaseURL: String { "http://127.0.0.1:\(port)/v1" }

    /// The default responder: `Echo <choice>: <last user text>`.
    package static let echo: Responder = { request, choice in
        FakeReply(text: "Echo \(choice): \(request.lastUserText)")
    }

    private init(responder: @escaping Responder, port: Int, task: Task<Void, any Error>) {
        self.responder = responder
        self.port = port
        self.task = task
    }

    /// Starts a server on a free loopback port.
    package static func start(responder: @escaping Responder = FakeLLMServer.echo) async throws -> FakeLLMServer {
        let holder = ServerHolder()
        let router = Router()
        router.post("/v1/messages") { request, _ in
            try await holder.server().handle(request, api: .anthropic)
        }
        router.post("/v1/chat/completions") { request, _ in
            try await holder.server().handle(request, api: .openAI)
        }
        holder.registerBatchRoutes(router)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "fake-llm-server")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "fake-llm"),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger
        )
        let task = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            task.cancel()
            throw FakeServerError(message: "the fake LLM server did not start")
        }
        let server = FakeLLMServer(responder: responder, port: port, task: task)
        holder.set(server)
        return server
    }

    /// Stops the server.
    package func shutdown() async {
        task.cancel()
        _ = try? await task.value
    }

    /// Queues replies used, in order, before the responder.
    package func enqueue(_ replies: FakeReply...) {
        state.withLock { $0.scripted += replies }
    }

    /// Queues faults applied, in order, to the next requests.
    package func enqueueFaults(_ faults: FakeFault...) {
        state.withLock { $0.faults += faults }
    }

    /// Fails a fraction `rate` of requests with a kind drawn from `kinds`, deterministically from `seed`.
    package func setFailureRate(_ rate: Double, kinds: [FakeFault] = FakeFault.transientMix, seed: UInt64 = 42) {
        state.withLock {
            $0.failureRate = rate
            $0.failureKinds = kinds
            $0.random = SplitMix64(seed: seed)
        }
    }

    /// Enforces `limit` from now on (`nil` removes it).
    package func setRateLimit(_ limit: FakeRateLimit?) {
        state.withLock { state in
            state.rateLimit = limit
            state.requestBucket = limit?.requestsPerMinute.map {
                FakeTokenBucket(perMinute: $0, capacity: limit?.requestBurst ?? max(1, $0 / 60))
            }
            state.tokenBucket = limit?.tokensPerMinute.map { FakeTokenBucket(perMinute: $0, capacity: max(1, $0 / 60)) }
        }
    }

    /// Requires this key (`x-api-key` or `Authorization: Bearer`); a wrong one gets 401 quoting it back.
    package func requireAPIKey(_ key: String?) {
        state.withLock { $0.requiredAPIKey = key }
    }

    /// The smallest prefix (in fake tokens) that is cached; 1,024 by default as for most models.
    package func setMinimumCacheableTokens(_ tokens: Int) {
        state.withLock { $0.minimumCacheableTokens = tokens }
    }

    /// Keep (default) or stop keeping every request for ``requests`` (long benchmarks turn it off).
    package func setRecordsRequests(_ record: Bool) {
        state.withLock { $0.recordRequests = record }
    }

    /// Answers every chat request after `latency`, as a model takes its time (zero by default).
    package func setLatency(_ latency: Duration) {
        state.withLock { $0.latency = latency }
    }

    /// Behave like a server that supports, rejects or ignores `n`.
    package func setNSupport(_ support: NSupport) {
        state.withLock { $0.nSupport = support }
    }

    /// Behave like an OpenAI-compatible server with these quirks (none by default).
    package func setQuirks(_ quirks: Quirks) {
        state.withLock { $0.quirks = quirks }
    }

    /// How many status polls a batch answers "in progress" before it ends (default 2).
    package func setBatchPollsUntilDone(_ polls: Int) {
        state.withLock { $0.batchPollsUntilDone = polls }
    }

    /// Answers the next `count` batch items (across batches) with a server error instead of a completion
    /// (Anthropic `errored` with `api_error`, OpenAI a 500 line), as a provider does for a transient failure.
    package func failNextBatchItems(_ count: Int) {
        state.withLock { $0.batchItemFailures = count }
    }

    /// The requests received so far, in arrival order.
    package var requests: [FakeLLMRequest] { state.withLock { $0.requests } }

    /// What happened so far.
    package var statistics: Statistics { state.withLock { $0.statistics } }

    /// When each request answered normally was accepted, in order (for throughput measurements).
    package var successTimes: [ContinuousClock.Instant] { state.withLock { $0.successTimes } }
}

/// A failure to start the fake server.
package struct FakeServerError: Error, CustomStringConvertible {
    /// What went wrong.
    package var message: String
    package var description: String { message }
}

/// Lets the routes reach the server object created after the router.
final class ServerHolder: Sendable {
    private let stored = Mutex<FakeLLMServer?>(nil)

    func set(_ server: FakeLLMServer) { stored.withLock { $0 = server } }

    func server() throws -> FakeLLMServer {
        guard let server = stored.withLock({ $0 }) else { throw FakeServerError(message: "server not ready") }
        return server
    }
}

/// A small deterministic random generator (SplitMix64).
package struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
