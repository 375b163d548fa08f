internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import Synchronization
internal import Yams

extension FakeHub {
    private struct Reply {
        var status: Int
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        /// The declared length of the body when it differs from `body` (HEAD, cut connections).
        var contentLength: Int?
        /// Close the connection after this many body bytes.
        var cutAfter: Int?

        static func json(_ object: Any, status: Int = 200, headers: [(String, String)] = []) -> Reply {
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            return Reply(status: status, headers: [("Content-Type", "application/json")] + headers, body: [UInt8](data))
        }

        static func error(_ status: Int, code: String?, _ message: String) -> Reply {
            json(["error": message], status: status, headers: code.map { [("X-Error-Code", $0)] } ?? [])
        }
    }

    private struct CutConnection: Error {}

    func respond(to request: Request, host: Host) async -> Response {
        let path = request.uri.path
        let query = request.uri.query
        let authorization = request.headers[.authorization]
        let range = request.headers[.range]
        let isHead = request.method == .head
        var reply =
            fault(host: host, path: path)
            ?? route(
                host: host,
                path: path,
                query: query,
                authorization: authorization,
                range: range
            )
        if isHead {
            reply.contentLength = reply.contentLength ?? reply.body.count
            reply.body = []
            reply.cutAfter = nil
        }
        let sent = reply.cutAfter.map { min($0, reply.body.count) } ?? reply.body.count
        state.withLock {
            $0.log.append(
                LoggedRequest(
                    host: host,
                    method: isHead ? "HEAD" : request.method.rawValue,
                    path: path,
                    query: query,
                    authorization: authorization,
                    range: range,
                    status: reply.status,
                    bytesSent: sent
                )
            )
        }
        var fields = HTTPFields()
        for (name, value) in reply.headers {
            if let field = HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
        }
        let status = HTTPResponse.Status(code: reply.status)
        if isHead {
            fields[.contentLength] = String(reply.contentLength ?? 0)
            return Response(status: status, headers: fields, body: ResponseBody())
        }
        if let cut = reply.cutAfter {
            let bytes = reply.body
            return Response(
                status: status,
                headers: fields,
                body: ResponseBody(contentLength: bytes.count) { writer in
                    try await writer.write(ByteBuffer(bytes: bytes.prefix(cut)))
                    throw CutConnection()
                }
            )
        }
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    private func fault(host: Host, path: String) -> Reply? {
        state.withLock { state -> Reply? in
            guard
                let index = state.faults.firstIndex(where: {
                    if case .cutAfter = $0.kind { return false }
                    return $0.host == host && $0.remaining > 0
                        && ($0.pathContains.isEmpty || path.contains($0.pathContains))
                })
            else { return nil }
            state.faults[index].remaining -= 1
            switch state.faults[index].kind {
            case .status(let code):
                let retry: [(String, String)] = code == 429 || code == 503 ? [("Retry-After", "0")] : []
                return Reply.json(["error": "injected failure"], status: code, headers: retry)
            case .expired:
                return Reply(
                    status: 403,
                    headers: [("Content-Type", "application/xml")],
                    body: Array("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>".utf8)
                )
            case .cutAfter:
                return nil
            }
        }
    }

    private func takeCut(path: String) -> Int? {
        state.withLock { state -> Int? in
            guard
                let index = state.faults.firstIndex(where: {
                    guard case .cutAfter = $0.kind else { return false }
                    return $0.remaining > 0 && ($0.pathContains.isEmpty || path.contains($0.pathContains))
                }),
                case .cutAfter(let bytes) = state.faults[index].kind
            else { return nil }
            state.faults[index].remaining -= 1
            return bytes
        }
    }

    private func route(host: Host, path: String, query: String?, authorization: String?, range: String?) -> Reply {
        let parameters = Self.parameters(query)
        if host == .cdn { return cdn(path: path, authorization: authorization, range: range) }
        let (repositories, options, hubURL) = state.withLock { ($0.repositories, $0.options, $0.hubURL) }
        let token = authorization.flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        if let token, let valid = options.validTokens, !valid.contains(token) {
            return .error(401, code: nil, "Invalid credentials in Authorization header")
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let isAPI = parts.first == "api" && parts.count >= 4 && parts[1] == "datasets"
        let isResolve = parts.first == "datasets" && parts.count >= 6 && parts[3] == "resolve"
        guard isAPI || isResolve else { return .error(404, code: nil, "Not Found") }
        let ownerIndex = isAPI ? 2 : 1
        let id = parts[ownerIndex] + "/" + parts[ownerIndex + 1]
        if let newID = options.renamed[id] {
            var moved = parts
            let newParts = newID.split(separator: "/").map(String.init)
            moved[ownerIndex] = newParts[0]
            moved[ownerIndex + 1] = newParts[1]
            let location = "/" + moved.joined(separator: "/") + (query.map { "?" + $0 } ?? "")
            return Reply(status: 307, headers: [("Location", location)])
        }
        guard let repository = repositories[id] else {
            return .error(404, code: "RepoNotFound", "Repository not found")
        }
        let rest = Array(parts[(ownerIndex + (isAPI ? 2 : 3))...])
        func checkRevision(_ raw: String) -> Reply? {
            let revision = raw.removingPercentEncoding ?? raw
            return revision == "main" || revision == repository.commit
                ? nil : .error(404, code: "RevisionNotFound", "Invalid rev id: \(revision)")
        }
        func checkAccess() -> Reply? {
            guard repository.gated else { return nil }
            guard let token else {
                return .error(
                    401,
                    code: "GatedRepo",
                    "Access to dataset \(id) is restricted. You must be authenticated to access it."
                )
            }
            return options.authorizedTokens.contains(token)
                ? nil
                : .error(
                    403,
                    code: "GatedRepo",
                    "Access to dataset \(id) is restricted and you are not in the authorized list. Visit \(hubURL)/datasets/\(id) to ask for access."
                )
        }
        if isAPI {
            switch rest.first {
            case nil:
                return info(repository)
            case "revision" where rest.count >= 2:
                return checkRevision(rest[1...].joined(separator: "/")) ?? info(repository)
            case "auth-check":
                return checkAccess() ?? .json(["ok": true])
            case "tree" where rest.count >= 2:
                if let refused = checkRevision(rest[1]) ?? checkAccess() { return refused }
                let folder = rest.dropFirst(2).joined(separator: "/").removingPercentEncoding ?? ""
                return tree(
                    repository,
                    revision: rest[1],
                    folder: folder,
                    recursive: parameters["recursive"] == "true" || parameters["recursive"] == "1",
                    cursor: Int(parameters["cursor"] ?? "") ?? 0,
                    pageSize: options.treePageSize,
                    hubURL: hubURL
                )
            default:
                return .error(404, code: nil, "Not Found")
            }
        }
        if let refused = checkRevision(rest[0]) ?? checkAccess() { return refused }
        let filePath = rest.dropFirst().joined(separator: "/").removingPercentEncoding ?? ""
        guard let content = repository.files[filePath] else {
            return .error(404, code: "EntryNotFound", "Entry not found")
        }
        let headers = [("X-Repo-Commit", repository.commit)]
        if FakeHubRepository.isLFS(filePath) {
            let sha = FakeHubRepository.sha256(content)
            let signature = state.withLock {
                $0.signatures += 1
                return $0.signatures
            }
            let location = "\(cdnURL)/blobs/\(sha)?X-Amz-Expires=3600&X-Amz-Signature=sig\(signature)"
            return Reply(
                status: 302,
                headers: headers + [
                    ("Location", location), ("X-Linked-Etag", "\"\(sha)\""), ("X-Linked-Size", String(content.count)),
                    ("ETag", "\"\(sha)\""),
                ]
            )
        }
        return Reply(
            status: 200,
            headers: headers + [("ETag", "\"\(FakeHubRepository.gitSHA1(content))\"")],
            body: content
        )
    }

    private func info(_ repository: FakeHubRepository) -> Reply {
        var object: [String: Any] = [
            "_id": String(repository.commit.prefix(24)),
            "id": repository.id,
            "sha": repository.commit,
            "private": false,
            "disabled": false,
            "gated": repository.gated ? "auto" : false,
            "lastModified": "2025-08-01T00:00:00.000Z",
            "siblings": repository.files.keys.sorted().map { ["rfilename": $0] },
        ]
        if let readme = repository.files["README.md"], let card = Self.cardData(String(decoding: readme, as: UTF8.self))
        {
            object["cardData"] = card
        }
        return .json(object)
    }

    private func tree(
        _ repository: FakeHubRepository,
        revision: String,
        folder: String,
        recursive: Bool,
        cursor: Int,
        pageSize: Int,
        hubURL: String
    ) -> Reply {
        let prefix = folder.isEmpty ? "" : folder + "/"
        var directories = Set<String>()
        var entries: [[String: Any]] = []
        for (path, content) in repository.files where path.hasPrefix(prefix) {
            let relative = path.dropFirst(prefix.count)
            let components = relative.split(separator: "/")
            for depth in 1..<max(components.count, 1) where recursive || depth == 1 {
                directories.insert(prefix + components[0..<depth].joined(separator: "/"))
            }
            guard recursive || components.count == 1 else { continue }
            var entry: [String: Any] = [
                "type": "file", "oid": FakeHubRepository.gitSHA1(content), "size": content.count, "path": path,
            ]
            if FakeHubRepository.isLFS(path) {
                entry["lfs"] = ["oid": FakeHubRepository.sha256(content), "size": content.count, "pointerSize": 134]
            }
            entries.append(entry)
        }
        for directory in directories {
            entries.append([
                "type": "directory", "oid": String(repeating: "0", count: 40), "size": 0, "path": directory,
            ])
        }
        // The Hub promises no order; serve reverse order so clients must sort.
        entries.sort { ($0["path"] as? String ?? "") > ($1["path"] as? String ?? "") }
        let page = Array(entries.dropFirst(cursor).prefix(max(pageSize, 1)))
        var headers: [(String, String)] = []
        if cursor + page.count < entries.count {
            let folderPart = folder.isEmpty ? "" : "/" + folder
            let next =
                "\(hubURL)/api/datasets/\(repository.id)/tree/\(revision)\(folderPart)?recursive=\(recursive)&cursor=\(cursor + page.count)"
            headers.append(("Link", "<\(next)>; rel=\"next\""))
        }
        return .json(page, headers: headers)
    }

    private func cdn(path: String, authorization: String?, range: String?) -> Reply {
        let parts = path.split(separator: "/")
        guard parts.count == 2, parts[0] == "blobs" else { return .error(404, code: nil, "NoSuchKey") }
        let sha = String(parts[1])
        let (repositories, ignoreRanges) = state.withLock { ($0.repositories, $0.options.ignoreRanges) }
        let content = repositories.values.lazy.flatMap(\.files.values).first { FakeHubRepository.sha256($0) == sha }
        guard let content else { return .error(404, code: nil, "NoSuchKey") }
        if authorization != nil {
            return Reply(
                status: 400,
                body: Array(
                    "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>".utf8
                )
            )
        }
        let total = content.count
        var reply = Reply(status: 200, headers: [("Accept-Ranges", "bytes"), ("ETag", "\"\(sha)\"")], body: content)
        if let range, !ignoreRanges {
            guard let (start, end) = Self.parseRange(range, total: total), start <= end, start < total else {
                return Reply(status: 416, headers: [("Content-Range", "bytes */\(total)")])
            }
            reply.status = 206
            reply.headers.append(("Content-Range", "bytes \(start)-\(end)/\(total)"))
            reply.body = Array(content[start...end])
        }
        reply.cutAfter = takeCut(path: path)
        return reply
    }

    /// `bytes=a-b`, `bytes=a-` or `bytes=-n`, clamped to the file.
    static func parseRange(_ header: String, total: Int) -> (Int, Int)? {
        guard header.hasPrefix("bytes="), !header.contains(",") else { return nil }
        let spec = header.dropFirst(6).split(separator: "-", omittingEmptySubsequences: false)
        guard spec.count == 2 else { return nil }
        if spec[0].isEmpty {
            guard let suffix = Int(spec[1]), suffix > 0 else { return nil }
            return (max(total - suffix, 0), total - 1)
        }
        guard let start = Int(spec[0]) else { return nil }
        let end = spec[1].isEmpty ? total - 1 : min(Int(spec[1]) ?? total - 1, total - 1)
        return (start, end)
    }

    static func parameters(_ query: String?) -> [String: String] {
        var result: [String: String] = [:]
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard let key = parts.first else { continue }
            let value = parts.count > 1 ? String(parts[1]) : ""
            result[String(key)] = value.removingPercentEncoding ?? value
        }
        return result
    }

    /// The card's YAML header as JSON-ready objects, as the Hub's `cardData`.
    static func cardData(_ readme: String) -> Any? {
        let lines = readme.components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        else { return nil }
        let yaml = lines[1..<end].joined(separator: "\n")
        guard let object = try? Yams.load(yaml: yaml), JSONSerialization.isValidJSONObject(object) else { return nil }
        return object
    }
}
