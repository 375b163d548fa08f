import ArgumentParser
import Experiments
import Foundation

/// The config flags shared by `bon run` and friends: each beats the config file's key of the same name.
struct RunOptions: ParsableArguments {
    @Option(help: "Dataset: a Hub repo id or a local Parquet/JSONL path.")
    var dataset: String?
    @Option(help: "Splits, comma-separated (math,code,tool_calling).")
    var splits: String?
    @Option(name: .customLong("streaming"), help: "Stream row groups over HTTP (true|false).")
    var streaming: Bool?
    @Option(help: "Total queries across the splits.")
    var maxQueries: Int?
    @Option(help: "Model id.")
    var model: String?
    @Option(help: "Candidates per query (N).")
    var numCandidates: Int?
    @Option(help: "Sampling temperature.")
    var temperature: Double?
    @Option(help: "Output token limit per candidate.")
    var maxTokens: Int?
    @Option(help: "Persona file (relative to the working directory).")
    var persona: String?
    @Option(help: "Most generations in flight.")
    var concurrency: Int?
    @Option(help: "Result file (.parquet).")
    var output: String?
    @Option(help: "Provider family: claude | openai | replay.")
    var generator: String?
    @Option(help: "Ask for {reasoning, final_answer} via structured output (true|false).")
    var structuredOutput: Bool?
    @Option(help: "Let math consult the LLM judge below confidence 0.4 (true|false).")
    var llmJudgeFallback: Bool?
    @Option(help: "Notes stored in the result metadata.")
    var notes: String?
    @Option(help: "Server root for the generator (OpenAI style: with /v1).")
    var baseURL: String?
    @Option(help: "Judge model.")
    var judgeModel: String?
    @Option(help: "Selection and sampling seed.")
    var seed: Int?
    @Option(name: .customLong("budget"), help: "Stop before spending more than this many US dollars.")
    var budgetUSD: Double?
    @Option(help: "Cassette for the replay generator.")
    var cassette: String?
    @Option(help: "Tool-calling loop turn limit.")
    var maxTurns: Int?
    @Flag(
        inversion: .prefixedNo,
        help: "Send every call through the provider's batch API at half price (results within 24 h)."
    )
    var batch: Bool?
    @Option(help: "Seconds between status polls of a submitted batch.")
    var batchPollSeconds: Double?
    @Option(name: .customLong("use-n"), help: "openai: a query's candidates in one request with n (true|false).")
    var useN: Bool?

    /// The flags as config overrides.
    var overrides: ConfigOverrides {
        var result = ConfigOverrides()
        result.dataset = dataset
        result.splits = splits.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        result.streaming = streaming
        result.maxQueries = maxQueries
        result.model = model
        result.numCandidates = numCandidates
        result.temperature = temperature
        result.maxTokens = maxTokens
        result.persona = persona
        result.concurrency = concurrency
        result.output = output
        result.generator = generator
        result.structuredOutput = structuredOutput
        result.llmJudgeFallback = llmJudgeFallback
        result.notes = notes
        result.baseURL = baseURL
        result.judgeModel = judgeModel
        result.seed = seed
        result.budgetUSD = budgetUSD
        result.cassette = cassette
        result.maxTurns = maxTurns
        result.batch = batch
        result.batchFlag = batch.map { $0 ? "--batch" : "--no-batch" }
        result.batchPollSeconds = batchPollSeconds
        result.useN = useN
        return result
    }
}
