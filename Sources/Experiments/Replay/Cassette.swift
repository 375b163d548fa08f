import Foundation
public import LLM
import Synchronization

/// Recorded answers to LLM calls, one JSON object per line: `{"key", "model", "candidate", "response"}`.
///
/// `bon run --record FILE` writes one from a live run; the `replay` generator answers from it, so an
/// experiment can be re-run offline at no cost with everything but the model being the real code path.
public struct Cassette: Sendable {
    /// One recorded call.
    public struct Entry: Sendable, Codable {
        /// ``RequestKey`` of the request.
        public var key: String
        /// The model asked, for people reading the file.
        public var model: String
        /// The candidate index, for people reading the file.
        public var candidate: Int
        /// A short excerpt of the last turn, for people reading the file.
        public var prompt: String?
        /// The recorded answer.
        public var response: ChatResponse
    }

    /// Answers by request key.
    public private(set) var entries: [String: ChatResponse]

    /// Loads a cassette file.
    ///
    /// - Throws: ``RunError`` naming the file and line of a malformed entry.
    public init(path: String) throws(RunError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunError(.cassette, "cassette not found: \(path)")
        }
        var entries: [String: ChatResponse] = [:]
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            do {
                let entry = try decoder.decode(Entry.self, from: Data(line))
                entries[entry.key] = entry.response
            } catch {
                throw RunError(.cassette, "\(path):\(lineNumber): not a cassette entry (\(error))")
            }
        }
        self.entries = entries
    }
}

/// An ``LLMClient`` that answers from a ``Cassette``, and fails clearly on a request it has no answer for.
public struct ReplayClient: LLMClient {
    private let cassette: Cassette
    private let path: String

    /// Creates a client answering from the cassette at `path`.
    public init(path: String) throws(RunError) {
        cassette = try Cassette(path: path)
        self.path = path
    }

    public func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse {
        let key = RequestKey.make(request, provider: "any")
        guard var response = cassette.entries[key] else {
            throw LLMError(
                .unavailable,
                "the cassette \(path) has no answer for this request "
                    + "(model \(request.model), candidate \(request.candidateIndex)); record one with `bon run --record`"
            )
        }
        response.latencyMs = 0
        return response
    }
}

/// An ``LLMClient`` that forwards to another and appends every answer to a cassette file.
public final class RecordingClient: LLMClient {
    private let inner: any LLMClient
    private let handle: Mutex<FileHandle>

    /// Wraps `inner`, appending to the cassette at `path` (created when missing).
    public init(wrapping inner: any LLMClient, path: String) throws(RunError) {
        self.inner = inner
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw RunError(.cassette, "cannot write the cassette \(path)")
        }
        handle.seekToEndOfFile()
        self.handle = Mutex(handle)
    }

    /// The wrapped client's counters.
    public var statistics: LLMClientStatistics { inner.statistics }

    public func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse {
        let response = try await inner.complete(request)
        record(response, for: request)
        return response
    }

    /// Forwards to `inner` (one `n` request where supported) and records each candidate under its own key.
    public func completeMany(_ request: ChatRequest, count: Int) async throws(LLMError) -> [ChatResponse] {
        let responses = try await inner.completeMany(request, count: count)
        for (offset, response) in responses.enumerated() {
            var single = request
            single.candidateIndex = request.candidateIndex + offset
            record(response, for: single)
        }
        return responses
    }

    private func record(_ response: ChatResponse, for request: ChatRequest) {
        let excerpt = request.messages.last.map { String($0.content.prefix(80)) }
        let entry = Cassette.Entry(
            key: RequestKey.make(request, provider: "any"),
            model: request.model,
            candidate: request.candidateIndex,
            prompt: excerpt,
            response: response
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(entry) {
            handle.withLock { $0.write(data + Data("\n".utf8)) }
        }
    }
}
