/// The keys an experiment config may hold, with their types and defaults, for parsing and for docs.
public struct ConfigKey: Sendable, Hashable {
    /// The kind of value a key takes.
    public enum Kind: String, Sendable, Hashable {
        case string, integer, number, boolean, splits, path, prices, capabilities
    }

    /// The key as written in YAML (`max_tokens`).
    public var name: String
    /// The kind of value.
    public var kind: Kind
    /// The default, as a user would write it; `nil` when unset by default.
    public var defaultValue: String?
    /// One line saying what the key does and its range.
    public var summary: String

    /// Every key, original format first, then additions.
    public static let all: [ConfigKey] = [
        .init(
            name: "dataset",
            kind: .string,
            defaultValue: ExperimentDefaults.dataset,
            summary: "Hub repo id or a local Parquet/JSONL file or folder (relative to the repository root)."
        ),
        .init(
            name: "splits",
            kind: .splits,
            defaultValue: "math",
            summary: "Splits to draw from: `math,code,tool_calling` or a YAML list."
        ),
        .init(
            name: "streaming",
            kind: .boolean,
            defaultValue: "true",
            summary: "Read row groups over HTTP ranges and stop at max_queries; false downloads whole files."
        ),
        .init(
            name: "max_queries",
            kind: .integer,
            defaultValue: "100",
            summary: "Total queries across the splits (≥ 1), divided evenly."
        ),
        .init(
            name: "model",
            kind: .string,
            defaultValue: ExperimentDefaults.model,
            summary: "Model id of the generator's provider."
        ),
        .init(name: "num_candidates", kind: .integer, defaultValue: "8", summary: "Candidates per query, N (≥ 1)."),
        .init(
            name: "temperature",
            kind: .number,
            defaultValue: nil,
            summary: "Sampling temperature: Anthropic 0–1, OpenAI 0–2; unset sends none (provider default)."
        ),
        .init(name: "max_tokens", kind: .integer, defaultValue: "4096", summary: "Output token limit (≥ 1)."),
        .init(
            name: "persona",
            kind: .path,
            defaultValue: nil,
            summary: "Persona system prompt file; unset or null runs without a persona (baseline)."
        ),
        .init(
            name: "concurrency",
            kind: .integer,
            defaultValue: "8",
            summary: "Most generations in flight (1–4096); the adaptive limiter may go lower."
        ),
        .init(
            name: "output",
            kind: .path,
            defaultValue: "results/<config name>.parquet beside the config",
            summary: "Result file; must end in `.parquet`."
        ),
        .init(
            name: "generator",
            kind: .string,
            defaultValue: "claude",
            summary: "Provider family: claude | openai | replay."
        ),
        .init(
            name: "structured_output",
            kind: .boolean,
            defaultValue: "false",
            summary: "Ask for `{reasoning, final_answer}` through the provider's structured output."
        ),
        .init(
            name: "llm_judge_fallback",
            kind: .boolean,
            defaultValue: "false",
            summary: "Math consults the LLM judge when the local verifier's confidence is below 0.4."
        ),
        .init(name: "notes", kind: .string, defaultValue: "", summary: "What, why, hypothesis; stored in the result."),
        .init(
            name: "base_url",
            kind: .string,
            defaultValue: nil,
            summary: "Server for the generator (OpenAI style includes /v1; Anthropic is the host)."
        ),
        .init(
            name: "judge_model",
            kind: .string,
            defaultValue: nil,
            summary: "Judge model; default claude-sonnet-4-5 (claude) or gpt-4o-mini (openai)."
        ),
        .init(
            name: "mock_model",
            kind: .string,
            defaultValue: nil,
            summary: "Model of the LLM tool mock; default as judge_model."
        ),
        .init(
            name: "seed",
            kind: .integer,
            defaultValue: "0",
            summary: "Changes the query selection and the per-candidate seeds (≥ 0)."
        ),
        .init(
            name: "budget_usd",
            kind: .number,
            defaultValue: nil,
            summary: "Stop dispatching before spending more than this (> 0)."
        ),
        .init(
            name: "cassette",
            kind: .path,
            defaultValue: nil,
            summary: "Recorded answers for the replay generator (JSON Lines)."
        ),
        .init(name: "max_turns", kind: .integer, defaultValue: "8", summary: "Tool-calling loop turn limit (1–64)."),
        .init(
            name: "refusal_llm_check",
            kind: .boolean,
            defaultValue: "false",
            summary: "Confirm uncertain refusals with the LLM judge."
        ),
        .init(
            name: "persona_judge",
            kind: .boolean,
            defaultValue: "false",
            summary: "Add an LLM rating to the local persona score."
        ),
        .init(
            name: "request_timeout_seconds",
            kind: .number,
            defaultValue: "600",
            summary: "Per-request timeout in seconds (> 0)."
        ),
        .init(
            name: "prices",
            kind: .prices,
            defaultValue: nil,
            summary: "Per-model price overrides in USD per million tokens: input, output, cache_read, cache_write."
        ),
        .init(
            name: "model_capabilities",
            kind: .capabilities,
            defaultValue: nil,
            summary: "For models unknown to bon: `temperature: true|false`, `max_completion_tokens: true|false`."
        ),
        .init(
            name: "batch",
            kind: .boolean,
            defaultValue: "false",
            summary: "Send every call through the provider's batch API at half price (claude, openai); see --collect."
        ),
        .init(
            name: "use_n",
            kind: .boolean,
            defaultValue: "false",
            summary: "openai: a query's candidates in one request with `n` (vLLM, SGLang); not with batch."
        ),
        .init(
            name: "batch_poll_seconds",
            kind: .number,
            defaultValue: "30",
            summary: "Seconds between status polls of a submitted batch (> 0)."
        ),
    ]

    /// Every key's name.
    public static let names: [String] = all.map(\.name)
}

/// Built-in defaults, the lowest layer of the precedence defaults < file < flags.
public enum ExperimentDefaults {
    /// The dataset the original experiments used.
    public static let dataset = "nvidia/Nemotron-Post-Training-Dataset-v2"
    /// The default model.
    public static let model = "claude-sonnet-4-5-20250929"
    /// Splits that have a verifier.
    public static let knownSplits = ["math", "code", "tool_calling"]
}
