import AsyncHTTPClient
import Foundation
import NIOHTTP1

extension AnthropicClient: LLMBatchClient {
    struct BatchBody: Decodable {
        struct Counts: Decodable {
            var processing: Int?
            var succeeded: Int?
            var errored: Int?
            var canceled: Int?
            var expired: Int?
        }

        var id: String
        var processingStatus: String
        var requestCounts: Counts?
        var resultsURL: String?

        enum CodingKeys: String, CodingKey {
            case id
            case processingStatus = "processing_status"
            case requestCounts = "request_counts"
            case resultsURL = "results_url"
        }
    }

    struct ResultLine: Decodable {
        struct Outcome: Decodable {
            var type: String
            var message: AnthropicWire.Message?
            var error: ErrorEnvelope?
        }

        struct ErrorEnvelope: Decodable {
            var error: AnthropicWire.ErrorBody?
        }

        var customID: String
        var result: Outcome

        enum CodingKeys: String, CodingKey {
            case result
            case customID = "custom_id"
        }
    }

    /// Submits `items` to the Message Batches API (`POST /v1/messages/batches`).
    public func submitBatch(_ items: [BatchItem]) async throws(LLMError) -> BatchStatus {
        var requests: [JSONValue] = []
        for item in items {
            let params = try AnthropicWire.body(
                for: item.request,
                capabilities: core.capabilities(for: item.request.model),
                promptCaching: core.configuration.promptCaching,
                stream: false
            )
            requests.append(.object(["custom_id": .string(item.customID), "params": params]))
        }
        let body = JSONValue.object(["requests": .array(requests)]).jsonBytes()
        return try await batchCall(.POST, path: "/v1/messages/batches", body: body)
    }

    /// The status of batch `id` (`GET /v1/messages/batches/{id}`).
    public func batchStatus(id: String) async throws(LLMError) -> BatchStatus {
        try await batchCall(.GET, path: "/v1/messages/batches/\(id)", body: nil)
    }

    /// The results of ended batch `id`, read from its `results_url` (JSON Lines).
    public func batchResults(id: String) async throws(LLMError) -> [BatchOutcome] {
        let batch: BatchBody = try await get(path: "/v1/messages/batches/\(id)")
        guard let location = batch.resultsURL else {
            throw LLMError(.unavailable, "Anthropic batch \(id) has no results yet (status \(batch.processingStatus))")
        }
        let url = location.hasPrefix("http") ? location : core.baseURL + location
        let bytes = try await raw(.GET, url: url, body: nil)
        var outcomes: [BatchOutcome] = []
        for line in bytes.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let decoded = try? JSONDecoder().decode(ResultLine.self, from: Data(line)) else {
                throw LLMError(.malformedResponse, "Anthropic batch \(id) results hold a line that is not a result")
            }
            outcomes.append(BatchOutcome(customID: decoded.customID, result: outcome(decoded.result, batch: id)))
        }
        return outcomes
    }

    private func outcome(_ result: ResultLine.Outcome, batch: String) -> Result<ChatResponse, LLMError> {
        switch result.type {
        case "succeeded":
            guard let message = result.message else {
                return .failure(LLMError(.malformedResponse, "Anthropic batch \(batch): a success without a message"))
            }
            let usage = AnthropicWire.usage(message.usage)
            let model = message.model ?? ""
            return .success(
                ChatResponse(
                    message: AnthropicWire.assistantMessage(message.content ?? []),
                    finishReason: message.stopReason ?? "end_turn",
                    usage: usage,
                    model: model,
                    costUSD: core.configuration.catalog.price(for: model)?.cost(of: usage, batch: true),
                    latencyMs: 0
                )
            )
        case "errored":
            let error = result.error?.error
            return .failure(
                LLMError(
                    Self.itemErrorCode(error?.type),
                    "Anthropic batch \(batch) request failed (\(error?.type ?? "error")): \(error?.message ?? "")"
                )
            )
        default:
            return .failure(LLMError(.unavailable, "Anthropic batch \(batch) request was \(result.type)"))
        }
    }

    private func batchCall(_ method: HTTPMethod, path: String, body: [UInt8]?) async throws(LLMError) -> BatchStatus {
        let bytes = try await raw(method, url: core.baseURL + path, body: body)
        guard let batch = try? JSONDecoder().decode(BatchBody.self, from: Data(bytes)) else {
            throw LLMError(.malformedResponse, "Anthropic answered \(path) with a body that is not a message batch")
        }
        return Self.status(batch)
    }

    private func get<Body: Decodable>(path: String) async throws(LLMError) -> Body {
        let bytes = try await raw(.GET, url: core.baseURL + path, body: nil)
        guard let decoded = try? JSONDecoder().decode(Body.self, from: Data(bytes)) else {
            throw LLMError(.malformedResponse, "Anthropic answered \(path) with an unexpected body")
        }
        return decoded
    }

    private func raw(_ method: HTTPMethod, url: String, body: [UInt8]?) async throws(LLMError) -> [UInt8] {
        var extra = [("anthropic-version", "2023-06-01")]
        if let key = core.configuration.apiKey { extra.append(("x-api-key", key.reveal())) }
        var headers = core.headers(extra: extra)
        headers.replaceOrAdd(name: "accept", value: "application/json")
        let core = self.core
        return try await core.transport.send(method: method, url: url, headers: headers, body: body, model: "batch") {
            BodyCollector(limit: ProviderCore.batchBodyLimit, what: "Anthropic's answer to \(method) \(url)")
        }
    }

    /// What an errored batch item means: a request the API rejects, or one a later batch may finish.
    static func itemErrorCode(_ type: String?) -> LLMError.Code {
        switch type {
        case "invalid_request_error", "not_found_error", "request_too_large": .invalidRequest
        case "authentication_error", "permission_error": .authentication
        case "rate_limit_error": .rateLimited
        default: .serverError
        }
    }

    static func status(_ batch: BatchBody) -> BatchStatus {
        let counts = batch.requestCounts
        let succeeded = counts?.succeeded ?? 0
        let failed = (counts?.errored ?? 0) + (counts?.canceled ?? 0) + (counts?.expired ?? 0)
        let state: BatchStatus.State =
            switch batch.processingStatus {
            case "ended": .ended
            case "canceling": .cancelling
            default: .inProgress
            }
        return BatchStatus(
            id: batch.id,
            state: state,
            providerStatus: batch.processingStatus,
            total: (counts?.processing ?? 0) + succeeded + failed,
            succeeded: succeeded,
            failed: failed
        )
    }
}
