internal import AsyncHTTPClient
internal import Foundation
internal import NIOCore
internal import NIOHTTP1

/// The HTTP layer under the Hub client: one shared AsyncHTTPClient with automatic redirects off, so that
/// every hop is seen here; the token goes only to the configured endpoint's origin and is dropped the
/// moment a redirect leaves it; 429, 5xx and connection failures are retried with exponential backoff.
struct HubHTTP: Sendable {
    /// A failure worth another attempt.
    struct TransientFailure: Error {
        var reason: String
        var retryAfter: Duration?
    }

    /// Which redirects to follow.
    enum Redirects: Sendable {
        /// None: the caller reads the `Location`.
        case none
        /// Only relative or same-origin ones (renamed repositories), as `huggingface_hub` does for `HEAD`.
        case sameOrigin
        /// All of them, dropping `Authorization` once the origin changes.
        case any
    }

    /// A response whose body has been read.
    struct Fetched: Sendable {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]
        /// The URL that answered, after redirects.
        var url: String

        func header(_ name: String) -> String? {
            headers.first(name: name)
        }
    }

    /// The process-wide client; never shut down, like `HTTPClient.shared`.
    static let client = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(15), read: .seconds(120)),
            connectionPool: .init(),
            decompression: .disabled
        )
    )

    let configuration: HubConfiguration

    /// Sends one request and follows redirects per `redirects`; the caller consumes the body.
    func open(
        _ method: HTTPMethod,
        _ url: String,
        headers: [(String, String)] = [],
        redirects: Redirects,
        timeout: Duration
    ) async throws -> (response: HTTPClientResponse, url: String) {
        var current = url
        for _ in 0..<10 {
            var request = HTTPClientRequest(url: current)
            request.method = method
            request.headers.add(name: "User-Agent", value: "bon/datasets (huggingface_hub compatible)")
            request.headers.add(name: "Accept-Encoding", value: "identity")
            for (name, value) in headers { request.headers.add(name: name, value: value) }
            if let token = configuration.token, Self.origin(of: current) == Self.origin(of: configuration.endpoint) {
                request.headers.add(name: "Authorization", value: "Bearer \(token)")
            }
            let response = try await Self.client.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
            let status = Int(response.status.code)
            guard (300..<400).contains(status), status != 304, redirects != .none,
                let location = response.headers.first(name: "Location"),
                let next = Self.resolve(location, against: current)
            else { return (response, current) }
            if redirects == .sameOrigin, Self.origin(of: next) != Self.origin(of: current) {
                return (response, current)
            }
            _ = try? await response.body.collect(upTo: 1 << 20)
            current = next
        }
        throw DatasetError(.protocolViolation, "too many redirects from \(Self.display(url))")
    }

    /// Sends a request with retries and reads the whole body (at most `limit` bytes).
    func fetch(
        _ method: HTTPMethod,
        _ url: String,
        headers: [(String, String)] = [],
        redirects: Redirects,
        limit: Int = 256 << 20
    ) async throws(DatasetError) -> Fetched {
        try await withRetries(Self.display(url)) { _ in
            let (response, final) = try await open(
                method,
                url,
                headers: headers,
                redirects: redirects,
                timeout: configuration.requestTimeout
            )
            try Self.throwIfTransient(response)
            let body = method == .HEAD ? ByteBuffer() : try await response.body.collect(upTo: limit)
            return Fetched(
                status: Int(response.status.code),
                headers: response.headers,
                body: Array(body.readableBytesView),
                url: final
            )
        }
    }

    /// Runs `operation` until it succeeds, retrying transient failures with exponential backoff.
    func withRetries<T>(
        _ what: String,
        _ operation: (_ attempt: Int) async throws -> T
    ) async throws(DatasetError) -> T {
        var lastReason = ""
        let attempts = max(1, configuration.maxAttempts)
        for attempt in 1...attempts {
            var retryAfter: Duration?
            do {
                return try await operation(attempt)
            } catch let error as DatasetError {
                throw error
            } catch let failure as TransientFailure {
                lastReason = failure.reason
                retryAfter = failure.retryAfter
            } catch is CancellationError {
                throw DatasetError(.network, "cancelled while fetching \(what)")
            } catch {
                lastReason = Self.describe(error)
            }
            guard attempt < attempts else { break }
            let backoff = configuration.retryBaseDelay * (1 << min(attempt - 1, 10))
            let delay = min(retryAfter ?? backoff, .seconds(30))
            do {
                try await Task.sleep(for: min(max(delay, .zero), retryAfter == nil ? .seconds(8) : .seconds(30)))
            } catch {
                throw DatasetError(.network, "cancelled while fetching \(what)")
            }
        }
        throw DatasetError(
            .network,
            "could not fetch \(what) after \(attempts) attempts: \(lastReason); check the network or HF_ENDPOINT (\(configuration.endpoint)), or set HF_HUB_OFFLINE=1 to use the cache"
        )
    }

    /// Throws ``TransientFailure`` for 429 and 5xx.
    static func throwIfTransient(_ response: HTTPClientResponse) throws {
        let status = Int(response.status.code)
        guard status == 429 || (500..<600).contains(status) else { return }
        let retryAfter = response.headers.first(name: "Retry-After").flatMap(Double.init).map {
            Duration.milliseconds(Int($0 * 1000))
        }
        throw TransientFailure(reason: "HTTP \(status)", retryAfter: retryAfter)
    }

    /// `scheme://host:port`, lowercased, with the scheme's default port filled in.
    static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host?.lowercased()
        else { return nil }
        let port = components.port ?? (scheme == "https" ? 443 : 80)
        return "\(scheme)://\(host):\(port)"
    }

    /// `location` resolved against `base` (a relative redirect stays on the same origin).
    static func resolve(_ location: String, against base: String) -> String? {
        guard let baseURL = URL(string: base), let url = URL(string: location, relativeTo: baseURL) else { return nil }
        return url.absoluteURL.absoluteString
    }

    /// A URL fit for messages: without its query (signed CDN URLs carry credentials there).
    static func display(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.query = nil
        components.user = nil
        components.password = nil
        return components.string ?? url
    }

    /// Percent-encodes a revision completely (`refs/convert/parquet` → `refs%2Fconvert%2Fparquet`).
    static func encodeRevision(_ revision: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return revision.addingPercentEncoding(withAllowedCharacters: allowed) ?? revision
    }

    /// Percent-encodes a file path, keeping `/`.
    static func encodePath(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError { return "\(error)" }
        return String(describing: error)
    }
}

extension Duration {
    fileprivate var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
