import Foundation
import Hummingbird
import NIOCore
import Synchronization

/// One batch the fake server holds.
struct FakeBatch: Sendable {
    var api: FakeAPI
    var id: String
    var polls = 0
    var lines: [String]
    var succeeded: Int
    var errored: Int
    var inputFileID: String?
    var outputFileID: String?
}

extension ServerHolder {
    /// Anthropic Message Batches and OpenAI Files + Batches endpoints.
    func registerBatchRoutes(_ router: Router<BasicRequestContext>) {
        router.post("/v1/messages/batches") { request, _ in
            let body = try await request.body.collect(upTo: 256 << 20)
            return try self.server().createAnthropicBatch(Data(body.readableBytesView))
        }
        router.get("/v1/messages/batches/:id") { _, context in
            try self.server().anthropicBatch(context.parameters.get("id") ?? "", poll: true)
        }
        router.get("/v1/messages/batches/:id/results") { _, context in
            try self.server().anthropicBatchResults(context.parameters.get("id") ?? "")
        }
        router.post("/v1/files") { request, _ in
            let body = try await request.body.collect(upTo: 256 << 20)
            let type = request.headers[.contentType] ?? ""
            return try self.server().uploadFile(Data(body.readableBytesView), contentType: type)
        }
        router.post("/v1/batches") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 20)
            return try self.server().createOpenAIBatch(Data(body.readableBytesView))
        }
        router.get("/v1/batches/:id") { _, context in
            try self.server().openAIBatch(context.parameters.get("id") ?? "", poll: true)
        }
        router.get("/v1/files/:id/content") { _, context in
            try self.server().fileContent(context.parameters.get("id") ?? "")
        }
    }
}

extension FakeLLMServer {
    /// Answers one batch item with the scripted replies / responder, without faults or rate limits.
    private func answer(_ request: FakeLLMRequest, state: inout State) -> Plan {
        var plan = Plan(request: request)
        state.nextID += 1
        plan.id = String(format: "%06d", state.nextID)
        plan.replies = [state.scripted.isEmpty ? responder(request, 0) : state.scripted.removeFirst()]
        plan.usage = usage(for: request, replies: plan.replies, state: &state)
        return plan
    }

    private func shuffled(_ lines: [String], state: inout State) -> [String] {
        var lines = lines
        lines.shuffle(using: &state.random)
        return lines
    }

    func createAnthropicBatch(_ body: Data) -> Response {
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any],
            let requests = object["requests"] as? [[String: Any]], !requests.isEmpty
        else {
            return errorResponse(api: .anthropic, status: 400, message: "requests: field required")
        }
        let id = state.withLock { state -> String in
            state.statistics.received += 1
            state.nextID += 1
            let id = "msgbatch_fake\(state.nextID)"
            var lines: [String] = []
            var succeeded = 0
            for item in requests {
                let customID = item["custom_id"] as? String ?? ""
                let params = (item["params"] as? [String: Any]) ?? [:]
                let data = (try? JSONSerialization.data(withJSONObject: params)) ?? Data()
                if state.batchItemFailures > 0 {
                    state.batchItemFailures -= 1
                    lines.append(
                        #"{"custom_id":"\#(customID)","result":{"type":"errored","error":{"type":"error","error":{"type":"api_error","message":"Internal server error"}}}}"#
                    )
                } else if let parsed = FakeLLMRequest(api: .anthropic, headers: [:], body: data), !parsed.model.isEmpty
                {
                    if state.recordRequests { state.requests.append(parsed) }
                    let message = anthropicMessage(answer(parsed, state: &state))
                    lines.append(#"{"custom_id":"\#(customID)","result":{"type":"succeeded","message":\#(message)}}"#)
                    succeeded += 1
                } else {
                    lines.append(
                        #"{"custom_id":"\#(customID)","result":{"type":"errored","error":{"type":"error","error":{"type":"invalid_request_error","message":"model: field required"}}}}"#
                    )
                }
            }
            state.statistics.batchesCreated += 1
            state.batches[id] = FakeBatch(
                api: .anthropic,
                id: id,
                lines: shuffled(lines, state: &state),
                succeeded: succeeded,
                errored: requests.count - succeeded
            )
            return id
        }
        return anthropicBatch(id, poll: false)
    }

    func anthropicBatch(_ id: String, poll: Bool) -> Response {
        let found = state.withLock { state -> (FakeBatch, Bool)? in
            guard var batch = state.batches[id], batch.api == .anthropic else { return nil }
            if poll {
                batch.polls += 1
                state.statistics.batchPolls += 1
            }
            state.batches[id] = batch
            return (batch, batch.polls >= state.batchPollsUntilDone)
        }
        guard let (batch, ended) = found else {
            return errorResponse(api: .anthropic, status: 404, message: "batch \(id) not found")
        }
        let total = batch.succeeded + batch.errored
        let object: [String: Any] = [
            "id": batch.id, "type": "message_batch", "processing_status": ended ? "ended" : "in_progress",
            "request_counts": [
                "processing": ended ? 0 : total, "succeeded": ended ? batch.succeeded : 0,
                "errored": ended ? batch.errored : 0, "canceled": 0, "expired": 0,
            ],
            "created_at": "2026-01-01T00:00:00Z", "expires_at": "2026-01-02T00:00:00Z",
            "ended_at": ended ? "2026-01-01T00:10:00Z" as Any : NSNull(), "archived_at": NSNull(),
            "cancel_initiated_at": NSNull(),
            "results_url": ended ? "\(anthropicBaseURL)/v1/messages/batches/\(id)/results" as Any : NSNull(),
        ]
        return response(status: 200, contentType: "application/json", headers: [], body: [Self.json(object)])
    }

    func anthropicBatchResults(_ id: String) -> Response {
        let found = state.withLock { state -> FakeBatch? in
            guard let batch = state.batches[id], batch.polls >= state.batchPollsUntilDone else { return nil }
            return batch
        }
        guard let batch = found else {
            return errorResponse(api: .anthropic, status: 404, message: "batch \(id) has no results yet")
        }
        let text = batch.lines.joined(separator: "\n") + "\n"
        return response(status: 200, contentType: "application/binary", headers: [], body: [text])
    }

    func uploadFile(_ body: Data, contentType: String) -> Response {
        guard let boundaryRange = contentType.range(of: "boundary=") else {
            return errorResponse(api: .openAI, status: 400, message: "expected multipart/form-data")
        }
        let boundary =
            "--" + contentType[boundaryRange.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        let text = String(decoding: body, as: UTF8.self)
        var purpose = ""
        var content: String?
        for part in text.components(separatedBy: boundary) {
            guard let split = part.range(of: "\r\n\r\n") else { continue }
            let head = part[..<split.lowerBound].lowercased()
            var value = String(part[split.upperBound...])
            if value.hasSuffix("\r\n") { value.removeLast() }  // "\r\n" is one Character
            if head.contains("name=\"purpose\"") { purpose = value }
            if head.contains("name=\"file\"") { content = value }
        }
        guard purpose == "batch", let content else {
            return errorResponse(api: .openAI, status: 400, message: "purpose must be batch and a file is required")
        }
        let id = state.withLock { state -> String in
            state.nextID += 1
            let id = "file-fake\(state.nextID)"
            state.files[id] = content
            return id
        }
        let object: [String: Any] = [
            "id": id, "object": "file", "bytes": content.utf8.count, "created_at": 1_700_000_000,
            "filename": "batch.jsonl", "purpose": "batch", "status": "processed",
        ]
        return response(status: 200, contentType: "application/json", headers: [], body: [Self.json(object)])
    }

    func createOpenAIBatch(_ body: Data) -> Response {
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any],
            let fileID = object["input_file_id"] as? String
        else {
            return errorResponse(api: .openAI, status: 400, message: "input_file_id is required")
        }
        guard object["completion_window"] as? String == "24h" else {
            return errorResponse(api: .openAI, status: 400, message: "completion_window must be 24h")
        }
        let id = state.withLock { state -> String? in
            guard let file = state.files[fileID] else { return nil }
            state.nextID += 1
            let id = "batch_fake\(state.nextID)"
            var lines: [String] = []
            var succeeded = 0
            for line in file.split(separator: "\n") where !line.isEmpty {
                let item = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
                let customID = item["custom_id"] as? String ?? ""
                let data = (try? JSONSerialization.data(withJSONObject: item["body"] ?? [String: Any]())) ?? Data()
                if state.batchItemFailures > 0 {
                    state.batchItemFailures -= 1
                    lines.append(
                        #"{"id":"batch_req_f","custom_id":"\#(customID)","response":{"status_code":500,"request_id":"req_f","body":{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}},"error":null}"#
                    )
                } else if let parsed = FakeLLMRequest(api: .openAI, headers: [:], body: data), !parsed.model.isEmpty {
                    if state.recordRequests { state.requests.append(parsed) }
                    let plan = answer(parsed, state: &state)
                    lines.append(
                        #"{"id":"batch_req_\#(plan.id)","custom_id":"\#(customID)","response":{"status_code":200,"request_id":"req_\#(plan.id)","body":\#(openAICompletion(plan))},"error":null}"#
                    )
                    succeeded += 1
                } else {
                    lines.append(
                        #"{"id":"batch_req_x","custom_id":"\#(customID)","response":{"status_code":400,"request_id":"req_x","body":{"error":{"message":"model is required","type":"invalid_request_error","param":null,"code":null}}},"error":null}"#
                    )
                }
            }
            state.statistics.batchesCreated += 1
            state.batches[id] = FakeBatch(
                api: .openAI,
                id: id,
                lines: shuffled(lines, state: &state),
                succeeded: succeeded,
                errored: lines.count - succeeded,
                inputFileID: fileID
            )
            return id
        }
        guard let id else { return errorResponse(api: .openAI, status: 404, message: "file \(fileID) not found") }
        return openAIBatch(id, poll: false)
    }

    func openAIBatch(_ id: String, poll: Bool) -> Response {
        let found = state.withLock { state -> (FakeBatch, String)? in
            guard var batch = state.batches[id], batch.api == .openAI else { return nil }
            if poll {
                batch.polls += 1
                state.statistics.batchPolls += 1
            }
            let done = state.batchPollsUntilDone
            let status =
                batch.polls >= done
                ? "completed" : batch.polls == 0 ? "validating" : batch.polls == done - 1 ? "finalizing" : "in_progress"
            if status == "completed", batch.outputFileID == nil {
                state.nextID += 1
                let file = "file-out\(state.nextID)"
                state.files[file] = batch.lines.joined(separator: "\n") + "\n"
                batch.outputFileID = file
            }
            state.batches[id] = batch
            return (batch, status)
        }
        guard let (batch, status) = found else {
            return errorResponse(api: .openAI, status: 404, message: "batch \(id) not found")
        }
        let completed = status == "completed"
        let object: [String: Any] = [
            "id": batch.id, "object": "batch", "endpoint": "/v1/chat/completions", "errors": NSNull(),
            "input_file_id": batch.inputFileID ?? "", "completion_window": "24h", "status": status,
            "output_file_id": batch.outputFileID as Any? ?? NSNull(), "error_file_id": NSNull(),
            "created_at": 1_700_000_000, "completed_at": completed ? 1_700_000_600 as Any : NSNull(),
            "request_counts": [
                "total": batch.succeeded + batch.errored, "completed": completed ? batch.succeeded : 0,
                "failed": completed ? batch.errored : 0,
            ],
            "metadata": [String: Any](),
        ]
        return response(status: 200, contentType: "application/json", headers: [], body: [Self.json(object)])
    }

    func fileContent(_ id: String) -> Response {
        guard let content = state.withLock({ $0.files[id] }) else {
            return errorResponse(api: .openAI, status: 404, message: "file \(id) not found")
        }
        return response(status: 200, contentType: "application/octet-stream", headers: [], body: [content])
    }
}
