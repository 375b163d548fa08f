import AsyncHTTPClient
import Foundation
import NIOHTTP1

extension OpenAIClient: LLMBatchClient {
    struct FileBody: Decodable {
        var id: String
    }

    struct BatchBody: Decodable {
        struct Counts: Decodable {
            var total: Int?
            var completed: Int?
            var failed: Int?
        }

        var id: String
        var status: String
        var outputFileID: String?
        var errorFileID: String?
        var requestCounts: Counts?

        enum CodingKeys: String, CodingKey {
            case id, status
            case outputFileID = "output_file_id"
            case errorFileID = "error_file_id"
            case requestCounts = "request_counts"
        }
    }

    struct ResultLine: Decodable {
        struct Response: Decodable {
            var statusCode: Int?
            var body: OpenAIWire.Completion?

            enum CodingKeys: String, CodingKey {
                case body
                case statusCode = "status_code"
            }
        }

        struct ErrorBody: Decodable {
            var code: String?
            var message: String?
        }

        var customID: String
        var response: Response?
        var error: ErrorBody?

        enum CodingKeys: String, CodingKey {
            case response, error
            case customID = "custom_id"
        }
    }

    /// Uploads `items` as a JSONL file (`POST /files`, purpose `batch`) and creates a batch on
    /// `/v1/chat/completions` with the 24-hour window (`POST /batches`).
    public func submitBatch(_ items: [BatchItem]) async throws(LLMError) -> BatchStatus {
        var lines: [UInt8] = []
        for item in items {
            let body = try OpenAIWire.body(
                for: item.request,
                capabilities: core.capabilities(for: item.request.model),
                n: 1,
                stream: false
            )
            let line: JSONValue = .object([
                "custom_id": .string(item.customID), "method": .string("POST"),
                "url": .string("/v1/chat/completions"), "body": body,
            ])
            line.write(into: &lines)
            lines.append(UInt8(ascii: "\n"))
        }
        let boundary = "bon-batch-\(UUID().uuidString)"
        var form: [UInt8] = []
        form += Array("--\(boundary)\r\ncontent-disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n".utf8)
        form += Array(
            ("--\(boundary)\r\ncontent-disposition: form-data; name=\"file\"; filename=\"batch.jsonl\"\r\n"
                + "content-type: application/jsonl\r\n\r\n").utf8
        )
        form += lines
        form += Array("\r\n--\(boundary)--\r\n".utf8)
        let fileBytes = try await raw(
            .POST,
            path: "/files",
            body: form,
            contentType: "multipart/form-data; boundary=\(boundary)"
        )
        guard let file = try? JSONDecoder().decode(FileBody.self, from: Data(fileBytes)) else {
            throw LLMError(.malformedResponse, "OpenAI answered the batch file upload with an unexpected body")
        }
        let create: JSONValue = .object([
            "input_file_id": .string(file.id), "endpoint": .string("/v1/chat/completions"),
            "completion_window": .string("24h"),
        ])
        return try await batchCall(.POST, path: "/batches", body: create.jsonBytes())
    }

    /// The status of batch `id` (`GET /batches/{id}`).
    public func batchStatus(id: String) async throws(LLMError) -> BatchStatus {
        try await batchCall(.GET, path: "/batches/\(id)", body: nil)
    }

    /// The results of finished batch `id`, from its output and error files.
    public func batchResults(id: String) async throws(LLMError) -> [BatchOutcome] {
        let batch = try await batchBody(.GET, path: "/batches/\(id)", body: nil)
        var outcomes: [BatchOutcome] = []
        for file in [batch.outputFileID, batch.errorFileID].compactMap({ $0 }) {
            let bytes = try await raw(.GET, path: "/files/\(file)/content", body: nil, contentType: nil)
            for line in bytes.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
                guard let decoded = try? JSONDecoder().decode(ResultLine.self, from: Data(line)) else {
                    throw LLMError(
                        .malformedResponse,
                        "OpenAI batch \(id) file \(file) holds a line that is not a result"
                    )
                }
                outcomes.append(BatchOutcome(customID: decoded.customID, result: outcome(decoded, batch: id)))
            }
        }
        return outcomes
    }

    private func outcome(_ line: ResultLine, batch: String) -> Result<ChatResponse, LLMError> {
        guard let response = line.response, response.statusCode == 200, let body = response.body,
            let choice = body.choices?.first
        else {
            let message = line.error?.message ?? line.response?.body?.error?.message ?? "no response"
            let code = line.error?.code ?? line.response.flatMap { $0.statusCode.map(String.init) } ?? "error"
            let status = line.response?.statusCode
            return .failure(
                LLMError(
                    Self.itemErrorCode(status: status, code: line.error?.code),
                    "OpenAI batch \(batch) request failed (\(code)): \(message)",
                    status: status
                )
            )
        }
        let usage = OpenAIWire.usage(body.usage)
        let model = body.model ?? ""
        return .success(
            ChatResponse(
                message: OpenAIWire.assistantMessage(choice.message),
                finishReason: choice.finishReason ?? "stop",
                usage: usage,
                model: model,
                costUSD: core.configuration.catalog.price(for: model)?.cost(of: usage, batch: true),
                latencyMs: 0
            )
        )
    }

    private func batchCall(_ method: HTTPMethod, path: String, body: [UInt8]?) async throws(LLMError) -> BatchStatus {
        Self.status(try await batchBody(method, path: path, body: body))
    }

    private func batchBody(_ method: HTTPMethod, path: String, body: [UInt8]?) async throws(LLMError) -> BatchBody {
        let bytes = try await raw(method, path: path, body: body, contentType: "application/json")
        guard let batch = try? JSONDecoder().decode(BatchBody.self, from: Data(bytes)) else {
            throw LLMError(.malformedResponse, "OpenAI answered \(path) with a body that is not a batch")
        }
        return batch
    }

    private func raw(
        _ method: HTTPMethod,
        path: String,
        body: [UInt8]?,
        contentType: String?
    ) async throws(LLMError) -> [UInt8] {
        var extra: [(String, String)] = []
        if let key = core.configuration.apiKey { extra.append(("authorization", "Bearer " + key.reveal())) }
        var headers = core.headers(extra: extra)
        headers.replaceOrAdd(name: "accept", value: "application/json")
        if let contentType { headers.replaceOrAdd(name: "content-type", value: contentType) }
        let core = self.core
        return try await core.transport.send(
            method: method,
            url: core.baseURL + path,
            headers: headers,
            body: body,
            model: "batch"
        ) {
            BodyCollector(limit: ProviderCore.batchBodyLimit, what: "OpenAI's answer to \(method) \(path)")
        }
    }

    /// What a failed batch line means: a request the provider rejects, or one a later batch may finish.
    static func itemErrorCode(status: Int?, code: String?) -> LLMError.Code {
        switch status {
        case 401, 403: return .authentication
        case 429: return .rateLimited
        case .some(let value) where value >= 500: return .serverError
        case .some(let value) where value >= 400: return .invalidRequest
        default: return code == "batch_expired" || code == "batch_cancelled" ? .unavailable : .serverError
        }
    }

    static func status(_ batch: BatchBody) -> BatchStatus {
        let state: BatchStatus.State =
            switch batch.status {
            case "completed": .ended
            case "failed": .failed
            case "expired": .expired
            case "cancelled": .cancelled
            case "cancelling": .cancelling
            default: .inProgress
            }
        return BatchStatus(
            id: batch.id,
            state: state,
            providerStatus: batch.status,
            total: batch.requestCounts?.total ?? 0,
            succeeded: batch.requestCounts?.completed ?? 0,
            failed: batch.requestCounts?.failed ?? 0
        )
    }
}
