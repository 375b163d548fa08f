internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import Logging
internal import NIOCore
internal import Synchronization

/// A fake Hugging Face Hub on loopback that speaks the Hub's wire protocol, with a separate CDN host.
///
/// The Hub host (`hubURL`, for `HF_ENDPOINT`) serves `GET /api/datasets/{repo}[/revision/{rev}]`,
/// `GET /api/datasets/{repo}/tree/{rev}[/{path}]?recursive=` (paged with `Link: <…>; rel="next"`),
/// `GET /api/datasets/{repo}/auth-check` and `HEAD|GET /datasets/{repo}/resolve/{rev}/{path}`: small files
/// answer 200 with their git-sha1 `ETag`; data files answer 302 to a signed URL on the CDN host with
/// `X-Repo-Commit`, `X-Linked-Etag` and `X-Linked-Size`. Gated repositories answer 401 (`X-Error-Code:
/// GatedRepo`) without a token and 403 with a token that has not accepted the terms. Renamed repositories
/// answer a relative 307. The CDN host (`cdnURL`, a different port) serves `GET|HEAD /blobs/{sha256}` with
/// `Range` (206, `Content-Range`, 416) and, like S3, refuses a request that carries `Authorization`.
///
/// Every request is logged (host, method, path, `Authorization`, `Range`, status, bytes sent), and faults
/// can be injected: a status for the next N matching requests, a connection cut after N body bytes, an
/// expired signed URL.
package final class FakeHub: Sendable {
    /// Behaviour switches.
    package struct Options: Sendable {
        /// Entries per tree page.
        package var treePageSize = 1000
        /// Tokens whose owners accepted the terms of every gated repository.
        package var authorizedTokens: Set<String> = []
        /// When set, other tokens are refused with 401.
        package var validTokens: Set<String>?
        /// Old id → new id: requests under the old id get a relative 307 to the new one.
        package var renamed: [String: String] = [:]
        /// Answer ranged CDN requests with the whole file (200), as some servers do.
        package var ignoreRanges = false

        package init() {}
    }

    /// Which of the two hosts a request reached.
    package enum Host: String, Sendable {
        case hub, cdn
    }

    /// One request as the server saw it.
    package struct LoggedRequest: Sendable, CustomStringConvertible {
        package var host: Host
        package var method: String
        package var path: String
        package var query: String?
        package var authorization: String?
        package var range: String?
        package var status: Int
        /// Body bytes the response carried (or was cut after).
        package var bytesSent: Int

        package var description: String {
            "\(host) \(method) \(path) range=\(range ?? "-") auth=\(authorization == nil ? "no" : "yes") → \(status) (\(bytesSent) B)"
        }
    }

    /// A failure to inject into matching requests.
    package struct Fault: Sendable {
        enum Kind: Sendable {
            case status(Int)
            case cutAfter(Int)
            case expired
        }

        var kind: Kind
        var host: Host
        var pathContains: String
        var remaining: Int

        /// Answer `status` (with `Retry-After: 0` for 429/503) to the next `times` matching requests.
        package static func status(_ status: Int, times: Int = 1, host: Host = .hub, pathContains: String = "") -> Fault
        {
            Fault(kind: .status(status), host: host, pathContains: pathContains, remaining: times)
        }

        /// Close the connection after `bytes` body bytes of the next `times` CDN downloads.
        package static func cutAfter(bytes: Int, times: Int = 1, pathContains: String = "") -> Fault {
            Fault(kind: .cutAfter(bytes), host: .cdn, pathContains: pathContains, remaining: times)
        }

        /// Answer 403 (expired signature) to the next `times` CDN requests.
        package static func expireSignedURL(times: Int = 1) -> Fault {
            Fault(kind: .expired, host: .cdn, pathContains: "", remaining: times)
        }
    }

    struct State: Sendable {
        var repositories: [String: FakeHubRepository] = [:]
        var options = Options()
        var faults: [Fault] = []
        var log: [LoggedRequest] = []
        var hubURL = ""
        var cdnURL = ""
        var signatures = 0
    }

    let state = Mutex(State())

    private init(repositories: [FakeHubRepository], options: Options) {
        state.withLock {
            for repository in repositories { $0.repositories[repository.id] = repository }
            $0.options = options
        }
    }

    /// The Hub's root URL, for `HF_ENDPOINT`.
    package var hubURL: String { state.withLock { $0.hubURL } }
    /// The CDN host's root URL.
    package var cdnURL: String { state.withLock { $0.cdnURL } }
    /// Every request so far, in arrival order.
    package var requests: [LoggedRequest] { state.withLock { $0.log } }

    /// Forgets the requests logged so far.
    package func clearLog() {
        state.withLock { $0.log.removeAll() }
    }

    /// Adds a fault.
    package func inject(_ fault: Fault) {
        state.withLock { $0.faults.append(fault) }
    }

    /// Changes options while running.
    package func update(_ change: @Sendable (inout Options) -> Void) {
        state.withLock { change(&$0.options) }
    }

    /// Adds or replaces a repository.
    package func add(_ repository: FakeHubRepository) {
        state.withLock { $0.repositories[repository.id] = repository }
    }

    /// Starts the Hub and CDN hosts on 127.0.0.1 (ports chosen by the system), runs `body`, stops them.
    package static func run<T: Sendable>(
        repositories: [FakeHubRepository],
        options: Options = Options(),
        _ body: @Sendable (FakeHub) async throws -> T
    ) async throws -> T {
        let hub = FakeHub(repositories: repositories, options: options)
        var logger = Logger(label: "fake-hub")
        logger.logLevel = .critical
        let (ports, continuation) = AsyncStream<(Host, Int)>.makeStream()
        return try await withThrowingTaskGroup(of: T?.self) { group in
            for host in [Host.hub, .cdn] {
                let app = Application(
                    responder: CallbackResponder<BasicRequestContext> { request, _ in
                        await hub.respond(to: request, host: host)
                    },
                    configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                    onServerRunning: { channel in
                        continuation.yield((host, channel.localAddress?.port ?? 0))
                    },
                    logger: logger
                )
                group.addTask {
                    try await app.run()
                    return nil
                }
            }
            var seen = 0
            for await (host, port) in ports {
                hub.state.withLock {
                    if host == .hub {
                        $0.hubURL = "http://127.0.0.1:\(port)"
                    } else {
                        $0.cdnURL = "http://127.0.0.1:\(port)"
                    }
                }
                seen += 1
                if seen == 2 { break }
            }
            continuation.finish()
            do {
                let result = try await body(hub)
                group.cancelAll()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }
}
