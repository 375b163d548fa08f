import Foundation

/// What `bon reverify` may use beyond the stored candidates: the LLM judge, a moved dataset, the sandbox.
public struct ReverifyOptions: Sendable {
    /// Consult the LLM judge for tool calling and low-confidence math/code, as the run did.
    ///
    /// Without it those verdicts are kept as stored. The judge is the run's: its generator family, base
    /// URL and judge model (for a `replay` run, its cassette), unless overridden below.
    public var useJudge = false
    /// The judge model to use instead of the run's (implies ``useJudge``).
    public var judgeModel: String?
    /// The judge's server root instead of the run's (implies ``useJudge``).
    public var judgeBaseURL: String?
    /// Load the code queries from this dataset instead of the one in the file's metadata.
    public var dataset: String?
    /// Run candidate code without the bubblewrap sandbox.
    public var unsafeNoSandbox = false
    /// Verification tasks in flight.
    public var concurrency = ProcessInfo.processInfo.activeProcessorCount
    /// Environment to read API keys, the Hub endpoint and the cache folder from.
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// The tool's version, written into the output's metadata.
    public var toolVersion = "0"

    /// Defaults: no judge, the stored dataset, the sandbox.
    public init() {}

    /// Whether any judge option was given.
    var wantsJudge: Bool { useJudge || judgeModel != nil || judgeBaseURL != nil }
}
