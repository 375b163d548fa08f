import AsyncHTTPClient
import NIOCore
import Synchronization

/// Process-wide HTTP clients, one per timeout setting, never shut down (like `HTTPClient.shared`).
enum HTTPClientPool {
    struct Key: Hashable {
        var connectTimeout: Duration
        var readTimeout: Duration
    }

    private static let clients = Mutex<[Key: HTTPClient]>([:])

    static func client(connectTimeout: Duration, readTimeout: Duration) -> HTTPClient {
        let key = Key(connectTimeout: connectTimeout, readTimeout: readTimeout)
        return clients.withLock { clients in
            if let client = clients[key] { return client }
            var configuration = HTTPClient.Configuration()
            configuration.timeout = .init(connect: timeAmount(connectTimeout), read: timeAmount(readTimeout))
            configuration.connectionPool = .init(
                idleTimeout: .seconds(60),
                concurrentHTTP1ConnectionsPerHostSoftLimit: 512
            )
            // A refused connection fails the attempt at once; HTTPTransport retries it with backoff like any other
            // transport failure. Left on, the pool would retry it unseen until the connect timeout, every attempt.
            configuration.connectionPool.retryConnectionEstablishment = false
            // No spans: nothing reads them, and starting one costs a few µs per request.
            configuration.tracing.tracer = nil
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            EventLoopPriority.raiseSharedLoops()
            clients[key] = client
            return client
        }
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        .nanoseconds(Int64(RetryPolicy.seconds(duration) * 1e9))
    }
}
