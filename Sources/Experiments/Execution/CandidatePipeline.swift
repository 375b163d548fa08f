import Datasets
import Foundation
import LLM
import ToolSimulation
import Verification

/// Turns one work item into one result row: generation (a single call, or the tool-calling agent loop),
/// then verification by split, refusal detection and persona scoring.
///
/// Failures are values: a generation error after retries becomes a `generation_error` row, a verifier
/// failure a `verifier_error` row. Only errors that doom every request (bad key, unknown model) stop the
/// run; their candidate is not committed, so a resume after the fix retries it.
struct CandidatePipeline: Sendable {
    let config: ExperimentConfig
    let personaText: String?
    let client: any LLMClient
    let judge: LLMJudge
    let agent: ToolCallingAgent
    /// Runs candidate code against derived tests: (problem, reference solution, response) → verdict.
    let codeVerifier: (@Sendable (String, String?, String) async -> VerificationResult)?
    let personaScorer: PersonaScorer?
    let refusalCheck: RefusalLLMCheck?
    let fatal: FatalSignal
    /// True when candidates finished from now on must not be saved (a batch run stopped while waiting).
    var abandoned: @Sendable () -> Bool = { false }
    /// `use_n`: one request with `n` per query instead of one per candidate (not for tool calling).
    var choiceGroups: ChoiceGroups?

    /// The verification half: verdict by split and refusal detection.
    var assessor: CandidateAssessor {
        CandidateAssessor(config: config, judge: judge, codeVerifier: codeVerifier, refusalCheck: refusalCheck)
    }

    // MARK: - Generation

    /// The request for candidate `candidateIndex` of `query`.
    func request(for item: WorkItem) -> ChatRequest {
        let query = item.query
        var messages: [ChatMessage] = []
        for (index, message) in query.messages.enumerated() {
            let isLastUser = index == query.messages.lastIndex { $0.role == "user" }
            let text =
                isLastUser
                ? PromptTemplate.wrap(message.content, split: query.split, structuredOutput: config.structuredOutput)
                : message.content
            messages.append(ChatMessage(role: message.role == "assistant" ? .assistant : .user, content: text))
        }
        var schema: JSONValue?
        if config.structuredOutput && query.split != "tool_calling" {
            schema = try? JSONValue(parsing: PromptTemplate.structuredSchema)
        }
        return ChatRequest(
            model: config.model,
            system: personaText,
            messages: messages,
            temperature: config.temperature,
            maxTokens: config.maxTokens,
            seed: config.seed * 1000 + item.candidateIndex,
            responseSchema: schema,
            candidateIndex: item.candidateIndex
        )
    }

    func generate(_ item: WorkItem) async -> GeneratedCandidate {
        let request = request(for: item)
        let conversation = (personaText.map { [ChatMessage.system($0)] } ?? []) + request.messages
        if item.query.split == "tool_calling" {
            return await generateWithTools(item, request: request, conversation: conversation)
        }
        let start = ContinuousClock.now
        do {
            let response: ChatResponse
            if let choiceGroups {
                response = try await choiceGroups.response(for: item) { index in
                    self.request(for: WorkItem(query: item.query, candidateIndex: index))
                }.get()
            } else {
                response = try await client.complete(request)
            }
            fatal.noteAnswer()
            return GeneratedCandidate(
                messages: conversation + [response.message],
                text: response.text,
                usage: response.usage,
                costUSD: response.costUSD,
                latencyMs: response.latencyMs,
                finishReason: response.finishReason,
                model: response.model.isEmpty ? config.model : response.model
            )
        } catch {
            return failed(error, conversation: conversation, elapsed: ContinuousClock.now - start)
        }
    }

    private func generateWithTools(
        _ item: WorkItem,
        request: ChatRequest,
        conversation: [ChatMessage]
    ) async
        -> GeneratedCandidate
    {
        let tools: [SimulatedTool]
        do {
            tools = try SimulatedTool.parseList(json: item.query.toolsJSON ?? "[]")
        } catch {
            return GeneratedCandidate(
                messages: conversation,
                text: "",
                usage: Usage(),
                costUSD: 0,
                latencyMs: 0,
                finishReason: "",
                model: config.model,
                error: "the row's tools could not be read: \(error)"
            )
        }
        let outcome = await agent.run(request, tools: tools)
        let messages = (personaText.map { [ChatMessage.system($0)] } ?? []) + outcome.messages
        let cost: Double? =
            if let generation = outcome.costUSD { generation + (outcome.mockCostUSD ?? 0) } else { nil }
        if let error = outcome.error {
            if outcome.turns > 0 { fatal.noteAnswer() }
            fatal.consider(error)
            return GeneratedCandidate(
                messages: messages,
                text: outcome.finalText,
                usage: outcome.usage,
                costUSD: cost,
                latencyMs: outcome.latencyMs,
                finishReason: outcome.finishReason,
                model: outcome.model,
                error: error.message,
                timedOut: Self.isTimeout(error),
                cancelled: error.code == .cancelled
            )
        }
        fatal.noteAnswer()
        var candidate = GeneratedCandidate(
            messages: messages,
            text: outcome.finalText,
            usage: outcome.usage,
            costUSD: cost,
            latencyMs: outcome.latencyMs,
            finishReason: outcome.hitTurnLimit ? "turn_limit" : outcome.finishReason,
            model: outcome.model
        )
        if outcome.hitTurnLimit && outcome.finalText.isEmpty {
            candidate.error = "the model was still calling tools after \(config.maxTurns) turns (max_turns)"
        }
        return candidate
    }

    private func failed(_ error: LLMError, conversation: [ChatMessage], elapsed: Duration) -> GeneratedCandidate {
        fatal.consider(error)
        return GeneratedCandidate(
            messages: conversation,
            text: "",
            usage: Usage(),
            costUSD: 0,
            latencyMs: elapsed.seconds * 1000,
            finishReason: "error",
            model: config.model,
            error: error.message,
            timedOut: Self.isTimeout(error),
            cancelled: error.code == .cancelled
        )
    }

    static func isTimeout(_ error: LLMError) -> Bool {
        error.code == .transport && error.message.lowercased().contains("timed out")
    }

    // MARK: - Verification

    /// Verifies a generated candidate and builds its row; `nil` when the run is stopping (Ctrl-C, or a fatal
    /// error) before the candidate could be finished.
    func verify(_ item: WorkItem, _ candidate: GeneratedCandidate) async -> ResultRecord? {
        if candidate.cancelled || (candidate.error != nil && fatal.current != nil && candidate.text.isEmpty) {
            return nil
        }
        if abandoned() { return nil }
        let meter = CostMeter()
        let (result, refusal) = await CostMeter.$current.withValue(meter) {
            await assessor.assess(item, candidate)
        }
        if abandoned() || meter.sawCancellation { return nil }
        let extraCost = meter.total
        let cost: Double? =
            if let generation = candidate.costUSD, let extraCost { generation + extraCost } else { nil }
        let styled = Self.structuredParts(candidate.text, enabled: config.structuredOutput).reasoning
        return ResultRecord(
            queryID: item.query.id,
            split: item.query.split,
            candidateIndex: item.candidateIndex,
            prompt: item.query.prompt,
            messages: candidate.messages.map(Self.record),
            response: candidate.text,
            groundTruth: item.query.split == "code" ? nil : item.query.groundTruth,
            extractedAnswer: result.extractedAnswer,
            isVerified: result.isVerified,
            verdict: result.verdict.rawValue,
            verificationMethod: result.method,
            verificationConfidence: result.confidence,
            verificationExplanation: result.explanation,
            refusalIsRefusal: refusal?.isRefusal ?? false,
            refusalType: refusal?.type?.rawValue,
            personaScore: candidate.error == nil ? personaScorer?.score(styled) : nil,
            model: candidate.model,
            finishReason: candidate.finishReason,
            inputTokens: candidate.usage.inputTokens,
            outputTokens: candidate.usage.outputTokens,
            cacheReadTokens: candidate.usage.cacheReadTokens,
            cacheWriteTokens: candidate.usage.cacheWriteTokens,
            costUSD: cost,
            latencyMs: candidate.latencyMs,
            error: candidate.error
        )
    }

    /// Splits a structured `{reasoning, final_answer}` reply; free text is all reasoning and all answer.
    static func structuredParts(_ text: String, enabled: Bool) -> (reasoning: String, answer: String) {
        guard enabled, let value = try? JSONValue(parsing: text),
            let final = value["final_answer"]?.stringValue
        else { return (text, text) }
        return (value["reasoning"]?.stringValue ?? "", final)
    }

    static func record(_ message: ChatMessage) -> ResultRecord.Message {
        var calls: String?
        if !message.toolCalls.isEmpty {
            calls = JSONValue.array(
                message.toolCalls.map { call in
                    .object(["id": .string(call.id), "name": .string(call.name), "arguments": .string(call.arguments)])
                }
            ).jsonString()
        }
        return ResultRecord.Message(
            role: message.role.rawValue,
            content: message.content,
            toolCalls: calls,
            toolCallID: message.toolCallID,
            name: message.name
        )
    }
}
