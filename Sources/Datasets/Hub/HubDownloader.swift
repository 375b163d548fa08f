internal import AsyncHTTPClient
internal import Crypto
internal import Foundation
internal import NIOCore
internal import NIOHTTP1

/// Downloads whole files into the Hugging Face cache: into `blobs/<etag>.incomplete`, resuming from its
/// size with a `Range` request (so a killed download continues where it stopped), verified against the
/// size and etag the Hub announced, then moved to `blobs/<etag>` and linked from the snapshot.
struct HubDownloader: Sendable {
    let client: HubClient
    let cache: HubCache

    /// The cached path of `path` at `commit`, downloading it first when needed.
    func download(_ repo: String, commit: String, path: String) async throws(DatasetError) -> String {
        if let cached = cache.cachedFile(repo, commit: commit, path: path) { return cached }
        var metadata = try await client.resolve(repo, revision: commit, path: path)
        let blob = cache.blobPath(repo, etag: metadata.etag)
        if Self.size(of: blob) == metadata.size {
            try cache.link(repo, commit: commit, path: path, etag: metadata.etag)
            return cache.snapshotPath(repo, commit: commit, path: path)
        }
        let lock = try await FileLock.acquire(cache.lockPath(repo, etag: metadata.etag))
        defer { withExtendedLifetime(lock) {} }
        if Self.size(of: blob) == metadata.size {
            // Another process finished it while we waited.
            try cache.link(repo, commit: commit, path: path, etag: metadata.etag)
            return cache.snapshotPath(repo, commit: commit, path: path)
        }
        let incomplete = blob + ".incomplete"
        do {
            try FileManager.default.createDirectory(
                atPath: (blob as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
        } catch {
            throw DatasetError(.localFile, "cannot create \(blob)'s folder in the cache: \(error.localizedDescription)")
        }
        let http = client.http
        let what = "\(path) of \(repo)"
        try await http.withRetries(what) { _ in
            var have = Self.size(of: incomplete) ?? 0
            if have > metadata.size {
                try? FileManager.default.removeItem(atPath: incomplete)
                have = 0
            }
            if have == metadata.size { return }
            let headers = have > 0 ? [("Range", "bytes=\(have)-")] : []
            let (response, answered) = try await http.open(
                .GET,
                metadata.location,
                headers: headers,
                redirects: .any,
                timeout: .seconds(6 * 3600)
            )
            try HubHTTP.throwIfTransient(response)
            let status = Int(response.status.code)
            if status == 403 || status == 410,
                HubHTTP.origin(of: answered) != HubHTTP.origin(of: http.configuration.endpoint)
            {
                // The signed CDN URL expired: resolve again and retry.
                metadata = try await client.resolve(repo, revision: commit, path: path)
                throw HubHTTP.TransientFailure(reason: "signed URL expired (HTTP \(status))", retryAfter: .zero)
            }
            var offset: Int64
            switch status {
            case 206:
                guard let range = response.headers.first(name: "Content-Range"), Self.rangeStart(range) == have else {
                    throw DatasetError(.protocolViolation, "\(what): the server answered a different range than asked")
                }
                offset = have
            case 200:
                offset = 0
            case 416 where have == metadata.size:
                return
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
            if offset == 0 {
                _ = FileManager.default.createFile(atPath: incomplete, contents: nil)
            }
            guard let handle = FileHandle(forWritingAtPath: incomplete) else {
                throw DatasetError(.localFile, "cannot write \(incomplete)")
            }
            defer { try? handle.close() }
            try handle.truncate(atOffset: UInt64(offset))
            try handle.seek(toOffset: UInt64(offset))
            for try await chunk in response.body {
                try handle.write(contentsOf: Data(chunk.readableBytesView))
                offset += Int64(chunk.readableBytes)
            }
            try handle.synchronize()
            guard offset == metadata.size else {
                throw HubHTTP.TransientFailure(
                    reason: "connection closed after \(offset) of \(metadata.size) bytes",
                    retryAfter: nil
                )
            }
        }
        guard Self.size(of: incomplete) == metadata.size else {
            throw DatasetError(.integrity, "\(what): the download does not have the \(metadata.size) bytes announced")
        }
        if let problem = Self.verify(incomplete, etag: metadata.etag) {
            try? FileManager.default.removeItem(atPath: incomplete)
            throw DatasetError(
                .integrity,
                "\(what): \(problem); the partial file was removed, run again to re-download"
            )
        }
        do {
            try? FileManager.default.removeItem(atPath: blob)
            try FileManager.default.moveItem(atPath: incomplete, toPath: blob)
        } catch {
            throw DatasetError(.localFile, "cannot move \(incomplete) to \(blob): \(error.localizedDescription)")
        }
        try cache.link(repo, commit: commit, path: path, etag: metadata.etag)
        return cache.snapshotPath(repo, commit: commit, path: path)
    }

    /// The size of a file, or `nil` when it does not exist.
    static func size(of path: String) -> Int64? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return (attributes[.size] as? NSNumber)?.int64Value
    }

    /// The first byte of a `Content-Range: bytes a-b/total` header.
    static func rangeStart(_ header: String) -> Int64? {
        let text = header.trimmingWhitespace()
        guard text.hasPrefix("bytes ") else { return nil }
        return Int64(text.dropFirst(6).prefix { $0 != "-" })
    }

    /// Checks a file against its etag and returns the problem, or `nil`.
    ///
    /// The etag is the sha256 for LFS files (64 hex digits) and the git blob sha1 for small files (40 hex
    /// digits); other etags are not content hashes and are not checked.
    static func verify(_ path: String, etag: String) -> String? {
        let lowered = etag.lowercased()
        guard lowered.allSatisfy(\.isHexDigit), lowered.count == 64 || lowered.count == 40 else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { return "cannot reread the download" }
        defer { try? handle.close() }
        let digest: String
        if lowered.count == 64 {
            var hasher = SHA256()
            while let chunk = try? handle.read(upToCount: 4 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
            digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        } else {
            var hasher = Insecure.SHA1()
            hasher.update(data: Data("blob \(size(of: path) ?? 0)\0".utf8))
            while let chunk = try? handle.read(upToCount: 4 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
            digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        }
        return digest == lowered ? nil : "content hash \(digest) does not match the etag \(lowered)"
    }
}
