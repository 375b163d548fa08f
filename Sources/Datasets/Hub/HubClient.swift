internal import Foundation
internal import NIOHTTP1

/// The Hub's HTTP API for datasets: revision info, tree listing, file resolution and errors that say
/// what to do.
struct HubClient: Sendable {
    /// Information about a revision of a repository.
    struct RevisionInfo: Sendable {
        /// The 40-hex commit the revision points at.
        var commit: String
        /// The parsed YAML header of the dataset card (`cardData`).
        var card: RowValue?
        /// Whether the repository is gated.
        var gated: Bool
    }

    /// A file of the repository tree.
    struct TreeFile: Sendable, Hashable {
        var path: String
        var size: Int64
        /// The sha256 of an LFS/Xet file's content, when the tree says so.
        var lfsSHA256: String?
    }

    /// Where a file's bytes are and what they should be.
    struct FileMetadata: Sendable, Hashable {
        /// The commit the file was resolved at.
        var commit: String?
        /// The etag: sha256 for LFS/Xet files, the git blob sha1 for small files.
        var etag: String
        /// The size in bytes.
        var size: Int64
        /// The URL to `GET` the bytes from (a signed CDN URL for LFS files).
        var location: String
    }

    let http: HubHTTP

    var endpoint: String { http.configuration.endpoint }

    /// `GET /api/datasets/{repo}/revision/{revision}`: pins the commit and reads the card.
    func revisionInfo(_ repo: HubRepositoryReference) async throws(DatasetError) -> RevisionInfo {
        let url = "\(endpoint)/api/datasets/\(repo.id)/revision/\(HubHTTP.encodeRevision(repo.revision))"
        let fetched = try await http.fetch(.GET, url, redirects: .sameOrigin)
        guard fetched.status == 200 else {
            throw failure(fetched, repo: repo.id, revision: repo.revision, what: "the dataset's information")
        }
        guard let info = try? RowValue(json: Data(fetched.body)), let commit = info["sha"]?.string else {
            throw DatasetError(.protocolViolation, "\(HubHTTP.display(url)) did not answer with a commit (sha)")
        }
        let gated: Bool
        switch info["gated"] {
        case .bool(let value): gated = value
        case .string(let value): gated = !value.isEmpty && value != "false"
        default: gated = false
        }
        let card = info["cardData"].flatMap { $0 == .null ? nil : $0 }
        return RevisionInfo(commit: commit, card: card, gated: gated)
    }

    /// Every file of the repository at `commit`, following the tree's `Link: rel="next"` pages.
    func listFiles(_ repo: String, commit: String) async throws(DatasetError) -> [TreeFile] {
        var next: String? = "\(endpoint)/api/datasets/\(repo)/tree/\(HubHTTP.encodeRevision(commit))?recursive=true"
        var files: [TreeFile] = []
        var pages = 0
        while let url = next {
            pages += 1
            guard pages <= 10_000 else { throw DatasetError(.protocolViolation, "tree listing of \(repo) never ends") }
            let fetched = try await http.fetch(.GET, url, redirects: .sameOrigin)
            guard fetched.status == 200 else {
                throw failure(fetched, repo: repo, revision: commit, what: "the file list")
            }
            guard let entries = (try? RowValue(json: Data(fetched.body)))?.list else {
                throw DatasetError(.protocolViolation, "tree listing of \(repo) is not a JSON array")
            }
            for entry in entries where entry["type"]?.string == "file" {
                guard let path = entry["path"]?.string else { continue }
                var size: Int64 = 0
                if case .number(let value) = entry["size"] ?? .null { size = Int64(value) }
                files.append(TreeFile(path: path, size: size, lfsSHA256: entry["lfs"]?["oid"]?.string))
            }
            next = Self.nextLink(fetched.header("Link")).flatMap { HubHTTP.resolve($0, against: url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// `HEAD …/resolve/{revision}/{path}` without following cross-host redirects: the commit, etag, size
    /// and the URL to read the bytes from.
    func resolve(_ repo: String, revision: String, path: String) async throws(DatasetError) -> FileMetadata {
        let url = resolveURL(repo, revision: revision, path: path)
        let fetched = try await http.fetch(.HEAD, url, redirects: .sameOrigin)
        let commit = fetched.header("X-Repo-Commit")
        if (300..<400).contains(fetched.status), let location = fetched.header("Location"),
            let target = HubHTTP.resolve(location, against: fetched.url)
        {
            guard let etag = Self.etag(fetched.header("X-Linked-Etag") ?? fetched.header("ETag")),
                let size = (fetched.header("X-Linked-Size") ?? fetched.header("Content-Length")).flatMap({ Int64($0) })
            else {
                throw DatasetError(.protocolViolation, "the Hub gave no etag or size for \(path) in \(repo)")
            }
            return FileMetadata(commit: commit, etag: etag, size: size, location: target)
        }
        guard fetched.status == 200 else {
            throw failure(fetched, repo: repo, revision: revision, what: path, path: path)
        }
        guard let etag = Self.etag(fetched.header("X-Linked-Etag") ?? fetched.header("ETag")),
            let size = (fetched.header("X-Linked-Size") ?? fetched.header("Content-Length")).flatMap({ Int64($0) })
        else {
            throw DatasetError(.protocolViolation, "the Hub gave no etag or size for \(path) in \(repo)")
        }
        return FileMetadata(commit: commit, etag: etag, size: size, location: fetched.url)
    }

    /// The URL `huggingface_hub` downloads a file from.
    func resolveURL(_ repo: String, revision: String, path: String) -> String {
        "\(endpoint)/datasets/\(repo)/resolve/\(HubHTTP.encodeRevision(revision))/\(HubHTTP.encodePath(path))"
    }

    /// A small file's whole content (the dataset card), or `nil` when it does not exist.
    func smallFile(_ repo: String, revision: String, path: String) async throws(DatasetError) -> [UInt8]? {
        let fetched = try await http.fetch(
            .GET,
            resolveURL(repo, revision: revision, path: path),
            redirects: .any,
            limit: 16 << 20
        )
        if fetched.status == 404 { return nil }
        guard fetched.status == 200 else {
            throw failure(fetched, repo: repo, revision: revision, what: path, path: path)
        }
        return fetched.body
    }

    /// The error for a refused request, saying what to do.
    func failure(
        _ fetched: HubHTTP.Fetched,
        repo: String,
        revision: String,
        what: String,
        path: String? = nil
    ) -> DatasetError {
        let code = fetched.header("X-Error-Code") ?? ""
        let page = "\(endpoint)/datasets/\(repo)"
        let hasToken = http.configuration.token != nil
        switch (fetched.status, code) {
        case (401, "GatedRepo"),
            (403, "GatedRepo") where !hasToken:
            return DatasetError(
                .gated,
                "\(repo) is a gated dataset: log in at \(page), accept its terms there (approval is usually automatic), then set HF_TOKEN to an access token of that account (\(endpoint)/settings/tokens)"
            )
        case (403, "GatedRepo"):
            return DatasetError(
                .gated,
                "HF_TOKEN has no access to the gated dataset \(repo) yet: open \(page) logged in as the token's owner and accept its terms, then retry"
            )
        case (401, _):
            return hasToken
                ? DatasetError(
                    .unauthorized,
                    "the Hub refused HF_TOKEN for \(repo) (\(what)): the token is invalid or lacks read access, or the dataset does not exist"
                )
                : DatasetError(
                    .unauthorized,
                    "\(repo) needs authentication (\(what)): it is private or gated, or does not exist; check the id, and set HF_TOKEN to a token with access (\(endpoint)/settings/tokens)"
                )
        case (403, _):
            return DatasetError(.unauthorized, "access to \(repo) (\(what)) is forbidden for this HF_TOKEN")
        case (404, "RevisionNotFound"):
            return DatasetError(.revisionNotFound, "revision '\(revision)' of \(repo) does not exist")
        case (404, "EntryNotFound"):
            return DatasetError(.entryNotFound, "\(path ?? what) does not exist in \(repo) at revision \(revision)")
        case (404, _) where path != nil && code != "RepoNotFound":
            return DatasetError(.entryNotFound, "\(path ?? what) does not exist in \(repo) at revision \(revision)")
        case (404, _):
            return DatasetError(.repositoryNotFound, "dataset \(repo) was not found on \(endpoint): check the id")
        default:
            return DatasetError(
                .protocolViolation,
                "unexpected HTTP \(fetched.status) from \(HubHTTP.display(fetched.url)) for \(what) of \(repo)"
            )
        }
    }

    /// The `rel="next"` URL of a `Link` header.
    static func nextLink(_ header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingWhitespace() }
            guard let target = pieces.first, target.hasPrefix("<"), target.hasSuffix(">") else { continue }
            let isNext = pieces.dropFirst().contains {
                $0.replacingOccurrences(of: " ", with: "").lowercased() == "rel=\"next\""
                    || $0.lowercased() == "rel=next"
            }
            if isNext { return String(target.dropFirst().dropLast()) }
        }
        return nil
    }

    /// An etag without `W/` and quotes.
    static func etag(_ header: String?) -> String? {
        guard var text = header?.trimmingWhitespace(), !text.isEmpty else { return nil }
        if text.hasPrefix("W/") { text.removeFirst(2) }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        return text.isEmpty ? nil : text
    }
}
