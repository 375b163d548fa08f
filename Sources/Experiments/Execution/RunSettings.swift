import Foundation

/// How `bon run` should treat an existing journal, the cache and recording; separate from the config
/// because none of it changes which rows a run produces.
public struct RunSettings: Sendable {
    /// Require an existing journal and continue it.
    public var resume = false
    /// Delete an existing journal and result file and start over.
    public var overwrite = false
    /// Bypass the shared response cache.
    public var noCache = false
    /// Append every LLM answer to this cassette file.
    public var recordPath: String?
    /// The tool's version, written into the metadata.
    public var toolVersion = "0"
    /// Environment to read keys and endpoints from.
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// Verification tasks in flight; defaults to the machine's cores.
    public var verificationConcurrency = ProcessInfo.processInfo.activeProcessorCount
    /// Allow running candidate code without the sandbox (only with `--unsafe-no-sandbox`).
    public var unsafeNoSandbox = false
    /// Shard `index` of `count` (0-based) of the planned work, when sharding.
    public var shard: (index: Int, count: Int)?
    /// Make again the candidates saved as `generation_error`, `verifier_error` or `timeout`.
    public var retryErrors = false

    /// Defaults: resume when a journal exists, use the cache, no recording.
    public init() {}
}
