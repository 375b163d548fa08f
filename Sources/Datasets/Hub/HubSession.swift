internal import Logging
internal import Synchronization

/// What one load shares: the configuration, the client, the cache and the notices gathered on the way.
final class HubSession: Sendable {
    let configuration: HubConfiguration
    let client: HubClient
    let cache: HubCache
    let logger: Logger
    private let gathered = Mutex<[String]>([])

    init(configuration: HubConfiguration, logger: Logger) {
        self.configuration = configuration
        client = HubClient(http: HubHTTP(configuration: configuration))
        cache = HubCache(root: configuration.cacheDirectory)
        self.logger = logger
    }

    /// Records a one-line notice for the user.
    func notice(_ text: String) {
        gathered.withLock { $0.append(text) }
        logger.notice("\(text)")
    }

    /// The notices so far.
    var notices: [String] { gathered.withLock { $0 } }
}
