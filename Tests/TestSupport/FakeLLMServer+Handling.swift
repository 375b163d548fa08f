import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

extension FakeLLMServer {
    /// What the server decided for one request.
    struct Plan {
        var request: FakeLLMRequest
        var fault: FakeFault?
        var replies: [FakeReply] = []
        var usage = FakeUsage(input: 0, output: 0)
        var id = ""
        var headers: [(String, String)] = []
        var rateLimitedWait: Double?
        var rejectMessage: String?
        var omitsFinalEvent = false
    }

    func handle(_ request: Request, api: FakeAPI) async throws -> Response {
        let bytes = try await request.body.collect(upTo: 64 << 20)
        var headers: [String: String] = [:]
        for field in request.headers {
            headers[field.name.canonicalName] = field.value
        }
        guard let parsed = FakeLLMRequest(api: api, headers: headers, body: Data(bytes.readableBytesView)) else {
            return errorResponse(api: api, status: 400, message: "request body is not a JSON object")
        }
        let suppliedKey = headers["x-api-key"] ?? headers["authorization"].map { String($0.dropFirst("Bearer ".count)) }
        let latency = state.withLock { state in
            state.inFlight += 1
            state.statistics.peakInFlight = max(state.statistics.peakInFlight, state.inFlight)
            return state.latency
        }
        defer { state.withLock { $0.inFlight -= 1 } }
        if latency > .zero { try await Task.sleep(for: latency) }
        let decision = state.withLock { state -> (plan: Plan?, unauthorized: Bool) in
            state.statistics.received += 1
            if state.recordRequests { state.requests.append(parsed) }
            if let required = state.requiredAPIKey, suppliedKey != required {
                state.statistics.unauthorized += 1
                return (nil, true)
            }
            return (plan(parsed, state: &state), false)
        }
        guard let plan = decision.plan else {
            return errorResponse(
                api: api,
                status: 401,
                message:
                    "Incorrect API key provided: \(suppliedKey ?? "(none)"). You can find your API key in the console."
            )
        }
        if let wait = plan.rateLimitedWait {
            let milliseconds = Int((wait * 1000).rounded(.up)) + 1
            return errorResponse(
                api: api,
                status: 429,
                message: "Rate limit reached for \(parsed.model); please retry after \(milliseconds) ms",
                extraHeaders: plan.headers + [
                    ("retry-after", String(max(1, (milliseconds + 999) / 1000))),
                    ("retry-after-ms", String(milliseconds)),
                ]
            )
        }
        switch plan.fault {
        case .status(let status, let retryAfter, let retryAfterMs, let shouldRetry):
            var extra = plan.headers
            if let retryAfter { extra.append(("retry-after", retryAfter)) }
            if let retryAfterMs { extra.append(("retry-after-ms", retryAfterMs)) }
            if let shouldRetry { extra.append(("x-should-retry", shouldRetry ? "true" : "false")) }
            let code = api == .openAI && status == 529 ? 503 : status
            let message = plan.rejectMessage ?? "injected fault \(code)"
            return errorResponse(api: api, status: code, message: message, extraHeaders: extra)
        case .quotaExhausted:
            return api == .openAI
                ? errorResponse(
                    api: api,
                    status: 429,
                    message: "You exceeded your current quota, please check your plan and billing details.",
                    type: "insufficient_quota",
                    code: "insufficient_quota"
                )
                : errorResponse(api: api, status: 402, message: "Your credit balance is too low.")
        case .stall(let milliseconds):
            try await Task.sleep(for: .milliseconds(milliseconds))
        default:
            break
        }
        return render(plan)
    }

    /// Picks fault, rate-limit outcome, replies and usage; runs under the state lock.
    private func plan(_ request: FakeLLMRequest, state: inout State) -> Plan? {
        var plan = Plan(request: request)
        state.nextID += 1
        plan.id = String(format: "%06d", state.nextID)
        let now = ContinuousClock.now
        if state.rateLimit != nil {
            state.requestBucket?.refill(now)
            state.tokenBucket?.refill(now)
            var wait = 0.0
            if let bucket = state.requestBucket { wait = max(wait, bucket.wait(for: 1)) }
            if let bucket = state.tokenBucket, bucket.level <= 0 { wait = max(wait, bucket.wait(for: 1)) }
            if wait > 0 {
                state.statistics.rateLimited += 1
                plan.rateLimitedWait = wait
                plan.headers = rateLimitHeaders(request.api, state: state)
                return plan
            }
            state.requestBucket?.level -= 1
        }
        if !state.faults.isEmpty {
            plan.fault = state.faults.removeFirst()
        } else if state.failureRate > 0, !state.failureKinds.isEmpty,
            Double(state.random.next() >> 11) / Double(1 << 53) < state.failureRate
        {
            plan.fault = state.failureKinds[Int(state.random.next() % UInt64(state.failureKinds.count))]
        }
        if let fault = plan.fault, !Self.servesReply(fault) {
            state.statistics.faultsInjected += 1
            plan.headers = rateLimitHeaders(request.api, state: state)
            return plan
        }
        if state.quirks.contains(.ignoresStreaming) { plan.request.stream = false }
        if state.quirks.contains(.omitsStreamUsage) { plan.request.includeUsage = false }
        plan.omitsFinalEvent = state.quirks.contains(.omitsFinalEvent)
        if request.api == .openAI, request.n > 1, state.nSupport == .rejected {
            plan.fault = .status(400)
            plan.rejectMessage = "Only one completion choice is allowed"
            return plan
        }
        let count = request.api == .openAI && state.nSupport == .supported ? max(1, request.n) : 1
        for index in 0..<count {
            if let fault = plan.fault, !Self.isStall(fault) {
                // A body fault cuts a placeholder short: scripted replies wait for a real answer.
                plan.replies.append(FakeReply(text: "partial answer text that never completes"))
            } else {
                plan.replies.append(state.scripted.isEmpty ? responder(request, index) : state.scripted.removeFirst())
            }
        }
        plan.usage = usage(for: request, replies: plan.replies, state: &state)
        state.tokenBucket?.level -= Double(plan.usage.input + plan.usage.output + plan.usage.cacheWrite)
        if plan.fault != nil {
            state.statistics.faultsInjected += 1
        } else {
            state.statistics.succeeded += 1
            state.successTimes.append(now)
        }
        plan.headers = rateLimitHeaders(request.api, state: state)
        return plan
    }

    private static func isStall(_ fault: FakeFault) -> Bool {
        if case .stall = fault { return true }
        return false
    }

    /// Faults that still answer (after a stall) or that need reply text to cut short.
    private static func servesReply(_ fault: FakeFault) -> Bool {
        if case .status = fault { return false }
        if case .quotaExhausted = fault { return false }
        return true
    }

    func usage(for request: FakeLLMRequest, replies: [FakeReply], state: inout State) -> FakeUsage {
        if replies.count == 1, let scripted = replies[0].usage { return scripted }
        var output = 0
        for reply in replies {
            if let scripted = reply.usage {
                output += scripted.output
            } else {
                output += FakeUsage.tokens(reply.text + (reply.thinking ?? ""))
                output += reply.toolCalls.map { FakeUsage.tokens($0.name + $0.arguments) }.reduce(0, +)
            }
        }
        let prompt = FakeUsage.tokens(request.promptText) + 8
        let prefixTokens = FakeUsage.tokens(request.cachePrefix)
        let key = request.model + "\u{0}" + request.cachePrefix
        var usage = FakeUsage(input: prompt, output: max(output, 1))
        let cacheable = prefixTokens >= state.minimumCacheableTokens && prefixTokens > 0
        switch request.api {
        case .anthropic where request.cacheControl && cacheable:
            if state.cachedPrefixes.contains(key) {
                usage.cacheRead = prefixTokens
            } else {
                usage.cacheWrite = prefixTokens
                state.cachedPrefixes.insert(key)
            }
            usage.input = max(0, prompt - prefixTokens)
        case .openAI where cacheable:
            if state.cachedPrefixes.contains(key) {
                usage.cacheRead = prefixTokens / 128 * 128
                usage.input = prompt - usage.cacheRead
            } else {
                state.cachedPrefixes.insert(key)
            }
        default:
            break
        }
        return usage
    }

    private func rateLimitHeaders(_ api: FakeAPI, state: State) -> [(String, String)] {
        guard let limit = state.rateLimit else { return [] }
        var headers: [(String, String)] = []
        func reset(_ seconds: Double) -> String {
            switch api {
            case .openAI: return String(format: "%.3fs", seconds)
            case .anthropic:
                let formatter = ISO8601DateFormatter()
                return formatter.string(from: Date().addingTimeInterval(seconds.rounded(.up)))
            }
        }
        if let rpm = limit.requestsPerMinute, let bucket = state.requestBucket {
            let remaining = String(max(0, Int(bucket.level)))
            switch api {
            case .openAI:
                headers += [
                    ("x-ratelimit-limit-requests", String(rpm)), ("x-ratelimit-remaining-requests", remaining),
                    ("x-ratelimit-reset-requests", reset(bucket.untilFull)),
                ]
            case .anthropic:
                headers += [
                    ("anthropic-ratelimit-requests-limit", String(rpm)),
                    ("anthropic-ratelimit-requests-remaining", remaining),
                    ("anthropic-ratelimit-requests-reset", reset(bucket.untilFull)),
                ]
            }
        }
        if let tpm = limit.tokensPerMinute, let bucket = state.tokenBucket {
            let remaining = String(max(0, Int(bucket.level)))
            switch api {
            case .openAI:
                headers += [
                    ("x-ratelimit-limit-tokens", String(tpm)), ("x-ratelimit-remaining-tokens", remaining),
                    ("x-ratelimit-reset-tokens", reset(bucket.untilFull)),
                ]
            case .anthropic:
                headers += [
                    ("anthropic-ratelimit-tokens-limit", String(tpm)),
                    ("anthropic-ratelimit-tokens-remaining", remaining),
                    ("anthropic-ratelimit-tokens-reset", reset(bucket.untilFull)),
                ]
            }
        }
        return headers
    }

    /// The provider's error body for `status`.
    func errorResponse(
        api: FakeAPI,
        status: Int,
        message: String,
        extraHeaders: [(String, String)] = [],
        type: String? = nil,
        code: String? = nil
    ) -> Response {
        let body: [String: Any]
        switch api {
        case .anthropic:
            let anthropicType =
                switch status {
                case 400: "invalid_request_error"
                case 401: "authentication_error"
                case 402: "billing_error"
                case 403: "permission_error"
                case 404: "not_found_error"
                case 413: "request_too_large"
                case 429: "rate_limit_error"
                case 504: "timeout_error"
                case 529: "overloaded_error"
                case 500...: "api_error"
                default: "invalid_request_error"
                }
            body = [
                "type": "error", "error": ["type": type ?? anthropicType, "message": message], "request_id": "req_fake",
            ]
        case .openAI:
            let (openAIType, openAICode): (String, Any) =
                switch status {
                case 401: ("invalid_request_error", "invalid_api_key")
                case 404: ("invalid_request_error", "model_not_found")
                case 429: ("requests", "rate_limit_exceeded")
                case 500...: ("server_error", NSNull())
                default: ("invalid_request_error", NSNull())
                }
            body = [
                "error": [
                    "message": message, "type": type ?? openAIType, "param": NSNull(), "code": code ?? openAICode,
                ] as [String: Any]
            ]
        }
        return response(status: status, contentType: "application/json", headers: extraHeaders, body: [Self.json(body)])
    }

    /// A response with `chunks` written one by one; `drop` ends the connection after them instead of finishing.
    func response(
        status: Int,
        contentType: String,
        headers: [(String, String)],
        body chunks: [String],
        drop: Bool = false
    ) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        for (name, value) in headers {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        if chunks.count == 1, !drop {
            return Response(
                status: .init(code: status),
                headers: fields,
                body: ResponseBody(byteBuffer: ByteBuffer(string: chunks[0]))
            )
        }
        return Response(
            status: .init(code: status),
            headers: fields,
            body: ResponseBody { writer in
                for chunk in chunks {
                    try await writer.write(ByteBuffer(string: chunk))
                }
                if drop { throw FakeServerError(message: "connection dropped on purpose") }
                try await writer.finish(nil)
            }
        )
    }

    static func json(_ object: Any) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object,
                options: [.sortedKeys, .withoutEscapingSlashes]
            )
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
