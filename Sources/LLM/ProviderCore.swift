import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import Synchronization

/// What both provider clients share: configuration, transport, counters, pricing.
struct ProviderCore: Sendable {
    let provider: LLMProvider
    let configuration: LLMClientConfiguration
    let transport: HTTPTransport
    let baseURL: String
    let logger: Logger
    private let warnedModels: WarnedModels

    init(provider: LLMProvider, configuration: LLMClientConfiguration) throws(LLMError) {
        self.provider = provider
        self.configuration = configuration
        var base = configuration.baseURL ?? provider.defaultBaseURL
        while base.hasSuffix("/") { base.removeLast() }
        guard let url = URL(string: base), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil
        else {
            throw LLMError(
                .invalidRequest,
                "\(provider.displayName) base URL '\(base)' is not an http(s) URL; set \(provider.baseURLVariable) "
                    + "or the config's base_url to e.g. \(provider.defaultBaseURL)"
            )
        }
        self.baseURL = base
        var logger = Logger(label: "bon.llm.\(provider.rawValue)")
        logger.logLevel = .warning
        self.logger = logger
        self.warnedModels = WarnedModels()
        transport = HTTPTransport(
            provider: provider,
            client: HTTPClientPool.client(
                connectTimeout: configuration.connectTimeout,
                readTimeout: configuration.readTimeout
            ),
            retry: configuration.retry,
            limiter: AdaptiveConcurrencyLimiter(
                ceiling: configuration.maxConcurrency,
                adaptive: configuration.adaptiveRateLimiting
            ),
            counter: StatisticsCounter(),
            apiKey: configuration.apiKey,
            requestTimeout: configuration.requestTimeout,
            stopRetrying: configuration.stopRetrying,
            logger: logger
        )
    }

    /// The first characters of a body that is not what was expected, on one line, for an error message.
    static func opening(of bytes: [UInt8]) -> String {
        guard !bytes.isEmpty else { return "empty" }
        let text = String(decoding: bytes.prefix(120), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        return "it begins: \(text.prefix(80))" + (bytes.count > 80 ? "…" : "")
    }

    func capabilities(for model: String) -> ModelCapabilities {
        configuration.catalog.capabilities(for: model, provider: provider)
    }

    /// The cost of `usage`, or `nil` (with a warning, once per model) when the price is unknown.
    func cost(of usage: Usage, requestModel: String, responseModel: String) -> Double? {
        let catalog = configuration.catalog
        if let price = catalog.price(for: requestModel) ?? catalog.price(for: responseModel) {
            return price.cost(of: usage)
        }
        if warnedModels.firstTime(requestModel) {
            logger.warning(
                "no price known for this model; its cost is recorded as unknown (add it under `prices:`)",
                metadata: ["model": "\(requestModel)"]
            )
        }
        return nil
    }

    func headers(extra: [(String, String)]) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: "application/json")
        headers.add(name: "accept", value: configuration.streaming ? "text/event-stream" : "application/json")
        for (name, value) in extra { headers.add(name: name, value: value) }
        for (name, value) in configuration.extraHeaders.sorted(by: { $0.key < $1.key }) {
            headers.replaceOrAdd(name: name, value: value)
        }
        return headers
    }

    /// The largest answer a chat request may have (a whole body or a stream's events, read as they arrive).
    static let answerBodyLimit = 64 << 20
    /// The largest body a batch call may have: a results file holds every answer of a batch.
    static let batchBodyLimit = 1 << 30

    /// Wraps an error met while reading a 2xx body: transient ones (``LLMError/isTransient``) and malformed ones
    /// are retryable.
    static func failure(_ error: LLMError) -> HTTPTransport.Failure {
        HTTPTransport.Failure(error: error, retryable: error.isTransient || error.code == .malformedResponse)
    }

    static func elapsedMs(since start: ContinuousClock.Instant) -> Double {
        RetryPolicy.seconds(ContinuousClock.now - start) * 1000
    }
}

/// Models already warned about (an unknown price is reported once).
final class WarnedModels: Sendable {
    private let models = Mutex<Set<String>>([])

    func firstTime(_ model: String) -> Bool {
        models.withLock { $0.insert(model).inserted }
    }
}
