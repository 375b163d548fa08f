public import Foundation

/// How to reach the Hugging Face Hub and where its cache lives, read from the environment exactly as
/// `huggingface_hub` reads it.
///
/// - `HF_ENDPOINT`: the Hub's root URL (default `https://huggingface.co`; a trailing `/` is ignored).
/// - `HF_TOKEN`, else `HUGGING_FACE_HUB_TOKEN`, else the file `HF_TOKEN_PATH` (default `$HF_HOME/token`).
/// - `HF_HOME` (default `$XDG_CACHE_HOME/huggingface`, else `~/.cache/huggingface`); `HF_HUB_CACHE`
///   (legacy `HUGGINGFACE_HUB_CACHE`, default `$HF_HOME/hub`).
/// - `HF_HUB_OFFLINE=1`: never touch the network; use the cache or fail naming what is missing.
///
/// The token is never printed: ``description`` shows only whether one is set.
public struct HubConfiguration: Sendable, CustomStringConvertible {
    /// The Hub's root URL, without a trailing `/`.
    public var endpoint: String
    /// The access token sent as `Authorization: Bearer …` to the Hub (never to other hosts).
    public var token: String?
    /// The cache folder (`…/hub`), laid out as `huggingface_hub` lays it out.
    public var cacheDirectory: String
    /// Whether to stay off the network.
    public var offline: Bool
    /// Attempts per request before giving up on 429, 5xx and connection failures.
    public var maxAttempts: Int
    /// The first retry's delay; each further retry doubles it (at most 8 s, or the server's `Retry-After`).
    public var retryBaseDelay: Duration
    /// Per-request timeout for API calls and single range reads.
    public var requestTimeout: Duration

    /// Reads the configuration from `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func value(_ key: String) -> String? {
            guard let text = environment[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                return nil
            }
            return text
        }
        var endpoint = value("HF_ENDPOINT") ?? "https://huggingface.co"
        while endpoint.hasSuffix("/") { endpoint.removeLast() }
        self.endpoint = endpoint
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let hfHome =
            value("HF_HOME").map { ($0 as NSString).expandingTildeInPath }
            ?? ((value("XDG_CACHE_HOME") ?? home + "/.cache") as NSString).appendingPathComponent("huggingface")
        cacheDirectory =
            (value("HF_HUB_CACHE") ?? value("HUGGINGFACE_HUB_CACHE")).map { ($0 as NSString).expandingTildeInPath }
            ?? (hfHome as NSString).appendingPathComponent("hub")
        if let token = value("HF_TOKEN") ?? value("HUGGING_FACE_HUB_TOKEN") {
            self.token = token
        } else {
            let path = value("HF_TOKEN_PATH") ?? (hfHome as NSString).appendingPathComponent("token")
            let text = (try? String(contentsOfFile: (path as NSString).expandingTildeInPath, encoding: .utf8)) ?? ""
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            self.token = token.isEmpty ? nil : token
        }
        offline = ["1", "on", "yes", "true"].contains(value("HF_HUB_OFFLINE")?.lowercased() ?? "")
        maxAttempts = 5
        retryBaseDelay = .milliseconds(500)
        requestTimeout = .seconds(120)
    }

    public var description: String {
        "HubConfiguration(endpoint: \(endpoint), token: \(token == nil ? "none" : "set"), cache: \(cacheDirectory), offline: \(offline))"
    }
}
