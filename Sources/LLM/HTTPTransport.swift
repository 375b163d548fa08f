import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

/// Sends one logical request with retries, backoff and the adaptive limiter; shared by both clients.
struct HTTPTransport: Sendable {
    let provider: LLMProvider
    let client: HTTPClient
    let retry: RetryPolicy
    let limiter: AdaptiveConcurrencyLimiter
    let counter: StatisticsCounter
    let apiKey: APIKey?
    let requestTimeout: Duration
    /// True once no further attempt may be sent (see ``LLMClientConfiguration/stopRetrying``).
    let stopRetrying: @Sendable () -> Bool
    let logger: Logger
    let templates = RequestTemplates()

    /// Why an attempt failed and whether another may succeed.
    struct Failure: Error {
        var error: LLMError
        var retryable: Bool
        var serverDelay: Duration?
    }

    /// Sends `body` to `url` until a reader made by `makeReader` returns a value or the failure is final.
    ///
    /// The reader sees only 2xx bodies, on the event loop, as they arrive (see ``ResponseReader``); a fresh one
    /// reads each attempt. A reader's error is retryable when it is server-side, transport or malformed.
    func send<Reader: ResponseReader>(
        method: HTTPMethod = .POST,
        url: String,
        headers: HTTPHeaders,
        body: [UInt8]?,
        model: String,
        reader makeReader: () -> Reader
    ) async throws(LLMError) -> Reader.Value {
        counter.update { $0.requests += 1 }
        var retries = 0
        var rateLimitRetries = 0
        let buffer = body.map { ByteBuffer(bytes: $0) }
        while true {
            if Task.isCancelled {
                throw LLMError(.cancelled, "\(provider.displayName) request for model \(model) was cancelled")
            }
            await limiter.acquire()
            let slot = SlotRelease(limiter: limiter, started: ContinuousClock.now)
            if stopRetrying() {
                slot.release(.failure, headers: nil)
                throw stopped(model: model, attempts: retries + rateLimitRetries)
            }
            counter.update { $0.attempts += 1 }
            var requestHeaders = headers
            requestHeaders.add(name: "x-stainless-retry-count", value: String(retries + rateLimitRetries))
            var responseHeaders: HTTPHeaders?
            let failure: Failure
            do {
                let delivery = try await execute(
                    method: method,
                    url: url,
                    headers: requestHeaders,
                    body: buffer,
                    reader: makeReader(),
                    slot: slot
                )
                responseHeaders = delivery.head.headers
                switch delivery.outcome {
                case .value(let value):
                    slot.release(.success, headers: responseHeaders)
                    return value
                case .failed(let error):
                    failure = ProviderCore.failure(error)
                case .status(let body):
                    failure = statusFailure(delivery.head, body: body, model: model)
                }
            } catch {
                failure = transportFailure(error, model: model, url: url)
            }
            let isRateLimited = failure.error.status == 429
            slot.release(
                isRateLimited ? .rateLimited(retryAfter: failure.serverDelay) : .failure,
                headers: responseHeaders
            )
            if isRateLimited { counter.update { $0.rateLimitedResponses += 1 } }
            if failure.error.code == .cancelled || Task.isCancelled {
                throw LLMError(.cancelled, "\(provider.displayName) request for model \(model) was cancelled")
            }
            let budgetLeft = isRateLimited ? rateLimitRetries < retry.maxRateLimitRetries : retries < retry.maxRetries
            guard failure.retryable, budgetLeft else {
                counter.update { $0.failures += 1 }
                var error = failure.error
                let attempts = retries + rateLimitRetries + 1
                if failure.retryable, attempts > 1 {
                    error.message += " (gave up after \(attempts) attempts)"
                }
                throw error
            }
            let delay = failure.serverDelay ?? retry.backoff(retry: retries, jitter: Double.random(in: 0..<1))
            if isRateLimited { rateLimitRetries += 1 } else { retries += 1 }
            counter.update { $0.retries += 1 }
            logger.debug(
                "retrying",
                metadata: [
                    "provider": "\(provider.rawValue)", "model": "\(model)", "reason": "\(failure.error.code.rawValue)",
                    "status": "\(failure.error.status.map(String.init) ?? "-")",
                ]
            )
            try await sleep(for: delay, model: model, attempts: retries + rateLimitRetries)
        }
    }

    /// Waits `delay` before the next attempt, in short slices so that a stop ends the wait within 0.1 s.
    private func sleep(for delay: Duration, model: String, attempts: Int) async throws(LLMError) {
        let deadline = ContinuousClock.now + delay
        while true {
            if stopRetrying() { throw stopped(model: model, attempts: attempts) }
            let left = deadline - .now
            if left <= .zero { return }
            do {
                try await Task.sleep(for: min(left, .milliseconds(100)))
            } catch {
                throw LLMError(.cancelled, "\(provider.displayName) request for model \(model) was cancelled")
            }
        }
    }

    /// The error of a request given up because no further attempt may be sent, after `attempts` failed ones.
    private func stopped(model: String, attempts: Int) -> LLMError {
        let tried = attempts == 0 ? "was not sent" : "was not tried again after \(attempts) failed attempts"
        return LLMError(.cancelled, "\(provider.displayName) request for model \(model) \(tried): the run is stopping")
    }

    /// The rate-limit headers of a response, if it has any.
    static func snapshot(_ headers: HTTPHeaders) -> RateLimitSnapshot? {
        guard mentionsRateLimit(headers.lazy.map(\.name)) else { return nil }
        let snapshot = RateLimitSnapshot { headers.first(name: $0) }
        return snapshot.isEmpty ? nil : snapshot
    }

    /// Whether any header name has `ratelimit` in it (ASCII case ignored): one pass over the names, where
    /// reading a snapshot looks up each of its headers by name (OpenAI-compatible servers often send none).
    static func mentionsRateLimit(_ names: some Sequence<String>) -> Bool {
        names.contains { name in
            var name = name
            return name.withUTF8 { bytes in
                let needle: StaticString = "ratelimit"
                return needle.withUTF8Buffer { needle in
                    guard bytes.count >= needle.count else { return false }
                    for start in 0...(bytes.count - needle.count) {
                        var matched = 0
                        while matched < needle.count, bytes[start + matched] | 0x20 == needle[matched] { matched += 1 }
                        if matched == needle.count { return true }
                    }
                    return false
                }
            }
        }
    }

    /// The failure for a non-2xx response: its status, the provider's error type and message, the delay.
    private func statusFailure(_ head: HTTPResponseHead, body: [UInt8], model: String) -> Failure {
        let status = Int(head.status.code)
        let (errorType, errorCode, serverMessage) = Self.parseErrorBody(body)
        var retryable = RetryPolicy.isRetryable(status: status)
        if errorCode == "insufficient_quota" || errorType == "insufficient_quota" { retryable = false }
        if let directive = head.headers.first(name: "x-should-retry")?.lowercased() {
            if directive == "true" { retryable = true } else if directive == "false" { retryable = false }
        }
        let code: LLMError.Code
        let advice: String
        switch status {
        case 401, 403:
            code = .authentication
            advice = "check \(provider.apiKeyVariable) and the key's access to this model"
        case 402:
            code = .authentication
            advice = "the account's billing needs attention"
        case 404:
            code = .invalidRequest
            advice = "check the model name and the base URL"
        case 429 where !retryable:
            code = .authentication
            advice = "the account's quota is exhausted"
        case 429:
            code = .rateLimited
            advice = "lower `concurrency` or wait for the rate limit to reset"
        case 408, 409:
            code = .transport
            advice = "the request timed out or conflicted; try again"
        case 500...:
            code = .serverError
            advice = "the provider is failing or overloaded; try again later"
        default:
            code = .invalidRequest
            advice = "the request was rejected; fix it before running again"
        }
        var detail = [errorType, errorCode].compactMap { $0 }.joined(separator: "/")
        if !detail.isEmpty { detail = " (\(detail))" }
        let quoted = serverMessage.map { ": \(String($0.prefix(300)))" } ?? ""
        let message = "\(provider.displayName) returned HTTP \(status)\(detail) for model \(model)\(quoted); \(advice)"
        let delay = retry.serverDelay(
            retryAfterMs: head.headers.first(name: "retry-after-ms"),
            retryAfter: head.headers.first(name: "retry-after")
        )
        return Failure(error: LLMError(code, redact(message), status: status), retryable: retryable, serverDelay: delay)
    }

    /// One attempt: the request sent, its body read by `reader` on the event loop as it arrives, `slot` given
    /// back as soon as a 2xx body has arrived whole.
    private func execute<Reader: ResponseReader>(
        method: HTTPMethod,
        url: String,
        headers: HTTPHeaders,
        body: ByteBuffer?,
        reader: Reader,
        slot: SlotRelease
    ) async throws -> Delivery<Reader.Value> {
        let request = try templates.request(
            url: url,
            method: method,
            headers: headers,
            body: body.map { .byteBuffer($0) }
        )
        // A 2xx body read whole gives the slot back there and then, so that the request waiting for it starts
        // while this answer is parsed and stored, one thread wake-up sooner than from this task.
        let delegate = ReadingDelegate(reader) { head in slot.release(.success, headers: head.headers) }
        let task = client.execute(
            request: request,
            delegate: delegate,
            eventLoop: .indifferent,
            deadline: .now() + HTTPClientPool.timeAmount(requestTimeout),
            logger: nil
        )
        do {
            return try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
        } catch {
            // A stream whose final event arrived is complete even when the connection broke after it.
            if let delivered = delegate.delivered { return delivered }
            throw error
        }
    }

    /// The failure for an error thrown by the HTTP client (connection refused, reset, timeout).
    func transportFailure(_ error: any Error, model: String, url: String) -> Failure {
        if error is CancellationError {
            return Failure(error: LLMError(.cancelled, "cancelled"), retryable: false)
        }
        if let failure = error as? Failure { return failure }
        if let reason = Self.unreachableReason(error) {
            let origin = Self.origin(of: url)
            let message =
                "\(provider.displayName) at \(origin) cannot be reached (\(reason)); check the base URL "
                + "(\(provider.baseURLVariable) or the config's base_url) and that the server is running"
            return Failure(error: LLMError(.unreachable, redact(message)), retryable: true)
        }
        let description = redact(String(describing: error))
        let message =
            "\(provider.displayName) request for model \(model) failed in transport (\(description.prefix(200))); "
            + "check the base URL and the network"
        return Failure(error: LLMError(.transport, message), retryable: true)
    }

    /// Why no connection could be made (refused, unknown host), or `nil` for any other transport failure.
    static func unreachableReason(_ error: any Error) -> String? {
        if let error = error as? IOError, error.errnoCode == ECONNREFUSED { return "connection refused" }
        guard let error = error as? NIOConnectionError else { return nil }
        if error.dnsAError != nil || error.dnsAAAAError != nil, error.connectionErrors.isEmpty {
            return "unknown host \(error.host)"
        }
        let refused = error.connectionErrors.allSatisfy { ($0.error as? IOError)?.errnoCode == ECONNREFUSED }
        return !error.connectionErrors.isEmpty && refused ? "connection refused" : nil
    }

    /// The scheme, host and port of `url` (never its path, query or credentials).
    static func origin(of url: String) -> String {
        guard let parsed = URLComponents(string: url), let scheme = parsed.scheme, let host = parsed.host else {
            return "the base URL"
        }
        return "\(scheme)://\(host)" + (parsed.port.map { ":\($0)" } ?? "")
    }

    /// `text` without the API key.
    func redact(_ text: String) -> String {
        apiKey?.redact(text) ?? text
    }

    /// Reads `{type, message}` from Anthropic's and `{message, type, code}` from OpenAI's error bodies.
    static func parseErrorBody(_ bytes: [UInt8]) -> (type: String?, code: String?, message: String?) {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) else {
            let text = String(decoding: bytes.prefix(200), as: UTF8.self)
            return (nil, nil, text.isEmpty ? nil : text)
        }
        let error = value["error"]?.objectValue != nil ? value["error"] : value
        let code: String? =
            switch error?["code"] {
            case .string(let text): text
            case .number(let number): String(Int(number))
            default: nil
            }
        return (error?["type"]?.stringValue, code, error?["message"]?.stringValue)
    }
}
