import Datasets
import Foundation
import LLM
import Verification

/// What re-verifying one file needs, prepared once: the run's config, the assessor, the code queries,
/// the persona scorer, and why anything is unavailable.
struct ReverifyContext: Sendable {
    /// The config the file was written with (defaults when its metadata has none).
    var config: ExperimentConfig
    /// Verdicts by split, with the judge when one was asked for.
    var assessor: CandidateAssessor
    /// The code split's queries by id, when the dataset could be loaded.
    var codeQueries: [String: Query]?
    /// Why code rows are kept as stored, when ``codeQueries`` is `nil`.
    var codeUnavailable: String?
    /// The persona scorer, when the run had a persona and its markers can still be read.
    var personaScorer: PersonaScorer?
    /// Whether a judge client is configured.
    var hasJudge: Bool
    /// One-line notices for the user.
    var notices: [String]

    /// Prepares re-verification of a file with `metadata` holding rows of `splits`.
    ///
    /// - Throws: ``ReverifyError`` `.judge` when judge options were given but no judge client can be made.
    static func make(
        metadata: [String: String],
        splits: Set<String>,
        options: ReverifyOptions
    ) async throws(ReverifyError) -> ReverifyContext {
        var notices: [String] = []
        var config = ExperimentConfig()
        if let yaml = metadata["config_yaml"] {
            config = ConfigLoader().stored(yaml: yaml)
        } else {
            config.persona = nil
            notices.append(
                "the file's metadata has no config_yaml: verifying with the defaults (free-text answers, "
                    + "no judge fallback); code rows and persona scores are kept as stored"
            )
        }
        if let dataset = options.dataset { config.dataset = dataset }
        if let model = options.judgeModel { config.judgeModel = model }
        if let baseURL = options.judgeBaseURL { config.baseURL = baseURL }

        let judge = try makeJudge(config: config, options: options)
        if judge != nil {
            notices.append(
                "the LLM judge (\(config.effectiveJudgeModel), \(config.generator.rawValue)) re-decides "
                    + "tool calling and low-confidence verdicts"
            )
        }
        var codeQueries: [String: Query]?
        var codeUnavailable: String?
        var codeVerifier: (@Sendable (String, String?, String) async -> VerificationResult)?
        if splits.contains("code") {
            if metadata["config_yaml"] == nil && options.dataset == nil {
                codeUnavailable = "the file does not say which dataset it came from (pass --dataset)"
            } else {
                do {
                    codeQueries = try await loadCodeQueries(config: config, options: options)
                } catch {
                    codeUnavailable = "the code dataset \(config.dataset) could not be loaded"
                    notices.append("\(codeUnavailable ?? ""): \(error); code verdicts are kept as stored")
                }
            }
            if codeQueries != nil {
                do {
                    codeVerifier = try await makeCodeVerifier(options: options)
                } catch {
                    codeQueries = nil
                    codeUnavailable = "no sandbox to run code in"
                    notices.append("\(error); code verdicts are kept as stored")
                }
            }
        }
        var personaScorer: PersonaScorer?
        if let persona = config.persona {
            do {
                personaScorer = PersonaScorer(
                    markers: try PersonaMarkers.load(forPersonaAt: URL(fileURLWithPath: persona))
                )
            } catch {
                notices.append("persona scores are kept as stored: \(error)")
            }
        }
        if config.refusalLLMCheck && judge == nil {
            notices.append(
                "the run confirmed uncertain refusals with the judge (refusal_llm_check); without --judge they "
                    + "are decided locally"
            )
        }
        let assessor = CandidateAssessor(
            config: config,
            judge: judge,
            codeVerifier: codeVerifier,
            refusalCheck: config.refusalLLMCheck
                ? judge.map { RefusalLLMCheck(client: $0.client, model: $0.model) } : nil
        )
        return ReverifyContext(
            config: config,
            assessor: assessor,
            codeQueries: codeQueries,
            codeUnavailable: codeUnavailable,
            personaScorer: personaScorer,
            hasJudge: judge != nil,
            notices: notices
        )
    }

    /// The run's judge (its generator family and endpoint, or its cassette), when judge options were given.
    private static func makeJudge(config: ExperimentConfig, options: ReverifyOptions) throws(ReverifyError) -> LLMJudge?
    {
        guard options.wantsJudge else { return nil }
        var settings = RunSettings()
        settings.environment = options.environment
        do {
            let client = try ExperimentRun(config: config, settings: settings).makeGenerator(journal: nil)
            return LLMJudge(client: MeteredClient(inner: client), model: config.effectiveJudgeModel)
        } catch {
            throw ReverifyError(.judge, "cannot make the judge's client: \(error)")
        }
    }

    /// The code queries of the run's selection (same dataset, splits, size and seed), by id.
    private static func loadCodeQueries(
        config: ExperimentConfig,
        options: ReverifyOptions
    ) async throws(DatasetError) -> [String: Query] {
        let selection = try await QueryLoader(environment: options.environment).load(
            dataset: config.dataset,
            splits: config.splits,
            maxQueries: config.maxQueries,
            seed: config.seed,
            streaming: config.streaming
        )
        var queries: [String: Query] = [:]
        for query in selection.queries where query.split == "code" { queries[query.id] = query }
        return queries
    }

    private static func makeCodeVerifier(
        options: ReverifyOptions
    ) async throws(RunError) -> (@Sendable (String, String?, String) async -> VerificationResult)? {
        var settings = RunSettings()
        settings.unsafeNoSandbox = options.unsafeNoSandbox
        settings.verificationConcurrency = max(1, options.concurrency)
        return try await ExperimentRun(config: ExperimentConfig(), settings: settings).makeCodeVerifier()
    }
}
