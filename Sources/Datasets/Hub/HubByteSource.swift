internal import AsyncHTTPClient
internal import Foundation
internal import NIOCore
internal import NIOHTTP1
internal import Parquet
internal import Synchronization

/// A Hub file read by HTTP range requests, for streaming: the Parquet reader asks for the footer, then
/// for single row groups' column chunks, and only those bytes cross the network.
///
/// The file is resolved once (`HEAD`), then ranges go straight to the signed CDN URL without the token;
/// an expired URL is resolved again. A server that ignores `Range` and sends the whole file is tolerated:
/// the body is kept and later reads are served from it.
final class HubByteSource: ByteSource {
    let client: HubClient
    let repo: String
    let commit: String
    let path: String
    private let state: Mutex<State>

    private struct State: Sendable {
        var metadata: HubClient.FileMetadata
        var whole: [UInt8]?
    }

    var name: String { "\(repo)/\(path)" }

    init(client: HubClient, repo: String, commit: String, path: String, metadata: HubClient.FileMetadata) {
        self.client = client
        self.repo = repo
        self.commit = commit
        self.path = path
        state = Mutex(State(metadata: metadata, whole: nil))
    }

    /// Resolves the file and returns a source for it.
    static func open(
        client: HubClient,
        repo: String,
        commit: String,
        path: String
    ) async throws(DatasetError)
        -> HubByteSource
    {
        let metadata = try await client.resolve(repo, revision: commit, path: path)
        return HubByteSource(client: client, repo: repo, commit: commit, path: path, metadata: metadata)
    }

    func size() async throws -> Int64 {
        state.withLock { $0.metadata.size }
    }

    func read(offset: Int64, length: Int) async throws -> [UInt8] {
        let (metadata, whole) = state.withLock { ($0.metadata, $0.whole) }
        guard offset >= 0, length >= 0, offset + Int64(length) <= metadata.size else {
            throw DatasetError(
                .invalidArgument,
                "range \(offset)+\(length) is outside \(name) (\(metadata.size) bytes)"
            )
        }
        if length == 0 { return [] }
        if let whole { return Array(whole[Int(offset)..<Int(offset) + length]) }
        let http = client.http
        let what = "bytes \(offset)-\(offset + Int64(length) - 1) of \(name)"
        return try await http.withRetries(what) { _ in
            let location = state.withLock { $0.metadata.location }
            let (response, answered) = try await http.open(
                .GET,
                location,
                headers: [("Range", "bytes=\(offset)-\(offset + Int64(length) - 1)")],
                redirects: .any,
                timeout: http.configuration.requestTimeout
            )
            try HubHTTP.throwIfTransient(response)
            let status = Int(response.status.code)
            if status == 403 || status == 410,
                HubHTTP.origin(of: answered) != HubHTTP.origin(of: http.configuration.endpoint)
            {
                let fresh = try await client.resolve(repo, revision: commit, path: path)
                state.withLock { $0.metadata = fresh }
                throw HubHTTP.TransientFailure(reason: "signed URL expired (HTTP \(status))", retryAfter: .zero)
            }
            switch status {
            case 206:
                guard let range = response.headers.first(name: "Content-Range"),
                    HubDownloader.rangeStart(range) == offset
                else {
                    throw DatasetError(.protocolViolation, "\(what): the server answered a different range")
                }
                let body = try await response.body.collect(upTo: length)
                guard body.readableBytes == length else {
                    throw HubHTTP.TransientFailure(reason: "short range body", retryAfter: nil)
                }
                return Array(body.readableBytesView)
            case 200:
                let body = try await response.body.collect(upTo: Int(metadata.size))
                let bytes = Array(body.readableBytesView)
                guard bytes.count == Int(metadata.size) else {
                    throw HubHTTP.TransientFailure(reason: "short body", retryAfter: nil)
                }
                state.withLock { $0.whole = bytes }
                return Array(bytes[Int(offset)..<Int(offset) + length])
            default:
                let body = try await response.body.collect(upTo: 1 << 20)
                throw client.failure(
                    HubHTTP.Fetched(
                        status: status,
                        headers: response.headers,
                        body: Array(body.readableBytesView),
                        url: answered
                    ),
                    repo: repo,
                    revision: commit,
                    what: path,
                    path: path
                )
            }
        }
    }
}
