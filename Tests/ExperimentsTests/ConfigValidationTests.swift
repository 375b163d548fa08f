import Experiments
import Foundation
import TestSupport
import Testing

/// A scratch repository: `experiments/` plus a persona, so configs resolve paths as in the real layout.
struct ScratchRepository {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "bon-config")
        try directory.write("experiments/.keep", "")
        try directory.write("personas/marvin.txt", "You are Marvin.")
        try directory.write("data/local.jsonl", "{}\n")
        try directory.write("cassettes/quick.jsonl", "")
    }

    func config(_ yaml: String, name: String = "experiments/test/exp.yaml") throws -> String {
        try directory.write(name, yaml)
    }

    static let valid = """
        dataset: nvidia/Nemotron-Post-Training-Dataset-v2
        splits: math,code
        model: claude-sonnet-4-5-20250929
        num_candidates: 4
        temperature: 0.7
        max_tokens: 1024
        persona: personas/marvin.txt
        concurrency: 4
        generator: claude
        """
}

/// One bad config: its text, the key that must be named, the line it must point at, and a message fragment.
struct BadConfig: CustomTestStringConvertible, Sendable {
    let label: String
    let yaml: String
    let key: String?
    let line: Int?
    let fragment: String

    var testDescription: String { label }
}

private let base = ScratchRepository.valid

private func replacing(_ old: String, _ new: String) -> String {
    base.replacingOccurrences(of: old, with: new)
}

let badConfigs: [BadConfig] = [
    .init(
        label: "unknown key with suggestion",
        yaml: base + "\nmax_token: 5",
        key: "max_token",
        line: 10,
        fragment: "did you mean `max_tokens`?"
    ),
    .init(
        label: "unknown key numcandidates",
        yaml: base + "\nnumcandidates: 5",
        key: "numcandidates",
        line: 10,
        fragment: "did you mean `num_candidates`?"
    ),
    .init(
        label: "unknown key far from any",
        yaml: base + "\nflux_capacitor: 1",
        key: "flux_capacitor",
        line: 10,
        fragment: "unknown key"
    ),
    .init(
        label: "camelCase key",
        yaml: base + "\nmaxQueries: 5",
        key: "maxQueries",
        line: 10,
        fragment: "did you mean"
    ),
    .init(
        label: "num_candidates zero",
        yaml: replacing("num_candidates: 4", "num_candidates: 0"),
        key: "num_candidates",
        line: 4,
        fragment: "at least 1"
    ),
    .init(
        label: "num_candidates negative",
        yaml: replacing("num_candidates: 4", "num_candidates: -3"),
        key: "num_candidates",
        line: 4,
        fragment: "at least 1"
    ),
    .init(
        label: "num_candidates text",
        yaml: replacing("num_candidates: 4", "num_candidates: eight"),
        key: "num_candidates",
        line: 4,
        fragment: "whole number"
    ),
    .init(
        label: "num_candidates fraction",
        yaml: replacing("num_candidates: 4", "num_candidates: 2.5"),
        key: "num_candidates",
        line: 4,
        fragment: "whole number"
    ),
    .init(
        label: "num_candidates quoted",
        yaml: replacing("num_candidates: 4", "num_candidates: \"4\""),
        key: "num_candidates",
        line: 4,
        fragment: "whole number"
    ),
    .init(
        label: "num_candidates list",
        yaml: replacing("num_candidates: 4", "num_candidates: [4]"),
        key: "num_candidates",
        line: 4,
        fragment: "whole number"
    ),
    .init(
        label: "num_candidates empty",
        yaml: replacing("num_candidates: 4", "num_candidates:"),
        key: "num_candidates",
        line: 4,
        fragment: "no value"
    ),
    .init(
        label: "max_tokens zero",
        yaml: replacing("max_tokens: 1024", "max_tokens: 0"),
        key: "max_tokens",
        line: 6,
        fragment: "at least 1"
    ),
    .init(
        label: "max_tokens text",
        yaml: replacing("max_tokens: 1024", "max_tokens: lots"),
        key: "max_tokens",
        line: 6,
        fragment: "whole number"
    ),
    .init(
        label: "concurrency zero",
        yaml: replacing("concurrency: 4", "concurrency: 0"),
        key: "concurrency",
        line: 8,
        fragment: "at least 1"
    ),
    .init(
        label: "concurrency huge",
        yaml: replacing("concurrency: 4", "concurrency: 100000"),
        key: "concurrency",
        line: 8,
        fragment: "at most"
    ),
    .init(
        label: "temperature above Anthropic range",
        yaml: replacing("temperature: 0.7", "temperature: 1.5"),
        key: "temperature",
        line: 5,
        fragment: "Anthropic"
    ),
    .init(
        label: "temperature negative",
        yaml: replacing("temperature: 0.7", "temperature: -0.1"),
        key: "temperature",
        line: 5,
        fragment: "outside"
    ),
    .init(
        label: "temperature above OpenAI range",
        yaml: replacing("temperature: 0.7", "temperature: 2.5").replacingOccurrences(
            of: "generator: claude",
            with: "generator: openai"
        ).replacingOccurrences(of: "claude-sonnet-4-5-20250929", with: "gpt-4o"),
        key: "temperature",
        line: 5,
        fragment: "OpenAI"
    ),
    .init(
        label: "temperature text",
        yaml: replacing("temperature: 0.7", "temperature: warm"),
        key: "temperature",
        line: 5,
        fragment: "a number"
    ),
    .init(
        label: "temperature on a model that rejects it",
        yaml: replacing("claude-sonnet-4-5-20250929", "claude-opus-4-7"),
        key: "temperature",
        line: 5,
        fragment: "default temperature"
    ),
    .init(
        label: "temperature on an o-series model",
        yaml: replacing("claude-sonnet-4-5-20250929", "o3-mini").replacingOccurrences(
            of: "generator: claude",
            with: "generator: openai"
        ),
        key: "temperature",
        line: 5,
        fragment: "default temperature"
    ),
    .init(
        label: "unknown split",
        yaml: replacing("splits: math,code", "splits: math,physics"),
        key: "splits",
        line: 2,
        fragment: "unknown split \"physics\""
    ),
    .init(
        label: "misspelt split",
        yaml: replacing("splits: math,code", "splits: maths"),
        key: "splits",
        line: 2,
        fragment: "did you mean `math`"
    ),
    .init(
        label: "split listed twice",
        yaml: replacing("splits: math,code", "splits: math,math"),
        key: "splits",
        line: 2,
        fragment: "twice"
    ),
    .init(
        label: "empty split in list",
        yaml: replacing("splits: math,code", "splits: math,,code"),
        key: "splits",
        line: 2,
        fragment: "comma-separated"
    ),
    .init(
        label: "splits as mapping",
        yaml: replacing("splits: math,code", "splits: {a: 1}"),
        key: "splits",
        line: 2,
        fragment: "YAML list"
    ),
    .init(
        label: "unknown split in YAML list",
        yaml: replacing("splits: math,code", "splits:\n  - math\n  - poetry"),
        key: "splits",
        line: 3,
        fragment: "unknown split \"poetry\""
    ),
    .init(
        label: "unknown generator",
        yaml: replacing("generator: claude", "generator: gemini"),
        key: "generator",
        line: nil,
        fragment: "claude, openai or replay"
    ),
    .init(
        label: "missing persona file",
        yaml: replacing("personas/marvin.txt", "personas/nobody.txt"),
        key: "persona",
        line: 7,
        fragment: "not found"
    ),
    .init(
        label: "persona is a folder",
        yaml: replacing("personas/marvin.txt", "personas"),
        key: "persona",
        line: 7,
        fragment: "folder"
    ),
    .init(
        label: "output not parquet",
        yaml: base + "\noutput: results/out.csv",
        key: "output",
        line: 10,
        fragment: ".parquet"
    ),
    .init(label: "output is a list", yaml: base + "\noutput: [a]", key: "output", line: 10, fragment: "file path"),
    .init(
        label: "model of the wrong provider",
        yaml: replacing("claude-sonnet-4-5-20250929", "gpt-4o"),
        key: "model",
        line: 3,
        fragment: "not an Anthropic model"
    ),
    .init(
        label: "claude model under openai",
        yaml: replacing("generator: claude", "generator: openai"),
        key: "model",
        line: 3,
        fragment: "not an OpenAI model"
    ),
    .init(
        label: "streaming not boolean",
        yaml: base + "\nstreaming: sometimes",
        key: "streaming",
        line: 10,
        fragment: "true or false"
    ),
    .init(
        label: "structured_output number",
        yaml: base + "\nstructured_output: 2",
        key: "structured_output",
        line: 10,
        fragment: "true or false"
    ),
    .init(
        label: "llm_judge_fallback text",
        yaml: base + "\nllm_judge_fallback: maybe",
        key: "llm_judge_fallback",
        line: 10,
        fragment: "true or false"
    ),
    .init(
        label: "max_queries zero",
        yaml: base + "\nmax_queries: 0",
        key: "max_queries",
        line: 10,
        fragment: "at least 1"
    ),
    .init(
        label: "max_queries text",
        yaml: base + "\nmax_queries: all",
        key: "max_queries",
        line: 10,
        fragment: "whole number"
    ),
    .init(label: "budget zero", yaml: base + "\nbudget_usd: 0", key: "budget_usd", line: 10, fragment: "more than 0"),
    .init(label: "seed negative", yaml: base + "\nseed: -1", key: "seed", line: 10, fragment: "0 or more"),
    .init(
        label: "base_url not a URL",
        yaml: base + "\nbase_url: localhost",
        key: "base_url",
        line: 10,
        fragment: "http(s) URL"
    ),
    .init(
        label: "dataset neither hub id nor file",
        yaml: replacing(
            "nvidia/Nemotron-Post-Training-Dataset-v2",
            "just-a-name"
        ),
        key: "dataset",
        line: 1,
        fragment: "Hub id"
    ),
    .init(
        label: "local dataset missing",
        yaml: replacing(
            "nvidia/Nemotron-Post-Training-Dataset-v2",
            "data/missing.parquet"
        ),
        key: "dataset",
        line: 1,
        fragment: "not found"
    ),
    .init(
        label: "model empty string",
        yaml: replacing("claude-sonnet-4-5-20250929", "\"\""),
        key: "model",
        line: 3,
        fragment: "empty"
    ),
    .init(
        label: "duplicate key",
        yaml: base + "\nconcurrency: 9",
        key: "concurrency",
        line: nil,
        fragment: "more than once"
    ),
    .init(
        label: "invalid YAML indentation",
        yaml: "dataset: a/b\n  splits: math\n model: x",
        key: nil,
        line: 2,
        fragment: "invalid YAML"
    ),
    .init(
        label: "invalid YAML unclosed quote",
        yaml: "dataset: \"a/b\nsplits: math",
        key: nil,
        line: nil,
        fragment: "invalid YAML"
    ),
    .init(label: "top level is a list", yaml: "- dataset\n- model", key: nil, line: 1, fragment: "mapping"),
    .init(label: "empty file", yaml: "", key: nil, line: nil, fragment: "empty"),
    .init(label: "only comments", yaml: "# nothing here\n\n", key: nil, line: nil, fragment: "empty"),
    .init(
        label: "replay without cassette",
        yaml: replacing("generator: claude", "generator: replay"),
        key: "generator",
        line: 9,
        fragment: "cassette"
    ),
    .init(
        label: "replay with missing cassette",
        yaml: replacing("generator: claude", "generator: replay\ncassette: cassettes/none.jsonl"),
        key: "cassette",
        line: 10,
        fragment: "not found"
    ),
    .init(
        label: "prices with unknown field",
        yaml: base + "\nprices:\n  my-model: {input: 1, outptu: 2}",
        key: "prices.my-model.outptu",
        line: 11,
        fragment: "did you mean `output`"
    ),
    .init(
        label: "max_turns too high",
        yaml: base + "\nmax_turns: 1000",
        key: "max_turns",
        line: 10,
        fragment: "between 1 and 64"
    ),
    .init(
        label: "batch with the replay generator",
        yaml: replacing("generator: claude", "generator: replay\ncassette: cassettes/quick.jsonl") + "\nbatch: true",
        key: "batch",
        line: 11,
        fragment: "has no batch API"
    ),
    .init(
        label: "batch poll interval of zero",
        yaml: base + "\nbatch_poll_seconds: 0.0",
        key: "batch_poll_seconds",
        line: 10,
        fragment: "must be more than 0"
    ),
    .init(
        label: "use_n with the claude generator",
        yaml: base + "\nuse_n: true",
        key: "use_n",
        line: 10,
        fragment: "needs generator openai"
    ),
]

@Suite struct ConfigValidationTests {
    @Test(arguments: badConfigs)
    func badConfigIsRejectedWithFileLineAndKey(_ bad: BadConfig) throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let path = try repository.config(bad.yaml)
        let error = #expect(throws: ConfigError.self) { try ConfigLoader().load(path: path) }
        let problems = try #require(error?.problems)
        let match = problems.first { $0.description.contains(bad.fragment) }
        #expect(match != nil, "no problem mentions \(bad.fragment): \(problems)")
        guard let match else { return }
        #expect(match.file == path)
        if let key = bad.key { #expect(match.key == key) }
        if let line = bad.line { #expect(match.line == line) }
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let yaml =
            base.replacingOccurrences(of: "num_candidates: 4", with: "num_candidates: 0")
            .replacingOccurrences(of: "max_tokens: 1024", with: "max_tokens: -5") + "\nmax_toknes: 3\noutput: x.csv"
        let path = try repository.config(yaml)
        let error = #expect(throws: ConfigError.self) { try ConfigLoader().load(path: path) }
        let keys = Set(error?.problems.compactMap(\.key) ?? [])
        #expect(keys.isSuperset(of: ["num_candidates", "max_tokens", "max_toknes", "output"]))
        let lines = error?.problems.compactMap(\.line) ?? []
        #expect(lines == lines.sorted())
    }

    @Test func missingFileIsAProblem() {
        let error = #expect(throws: ConfigError.self) {
            try ConfigLoader().load(path: "/nonexistent/bon/experiment.yaml")
        }
        #expect(error?.problems.first?.message == "no such file")
    }
}
