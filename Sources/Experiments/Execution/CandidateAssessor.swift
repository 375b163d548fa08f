import Datasets
import Foundation
import LLM
import Verification

/// Decides one candidate's verdict: the split's verifier (math equivalence, code in the sandbox, the LLM
/// judge for tool calling and below the local verifiers' confidence 0.4), then refusal detection.
///
/// `bon run` assesses each candidate as it is generated; `bon reverify` assesses stored candidates again.
struct CandidateAssessor: Sendable {
    let config: ExperimentConfig
    /// The LLM judge; `nil` when none is configured (`bon reverify` without judge options), in which case
    /// a verdict that needs it comes back with method ``judgeNotConfigured``.
    let judge: LLMJudge?
    /// Runs candidate code against derived tests: (problem, reference solution, response) → verdict.
    let codeVerifier: (@Sendable (String, String?, String) async -> VerificationResult)?
    let refusalCheck: RefusalLLMCheck?

    private static let refusalDetector = RefusalDetector()

    /// The method of a result that needed the LLM judge when none was configured; never written to a file.
    static let judgeNotConfigured = "judge_not_configured"

    /// Runs the local checks once on a made-up answer, so that the first real answers do not pay for cold code
    /// (page faults, runtime metadata) on the cores that are handling the answers still arriving.
    static func warmUp(splits: [String], personaScorer: PersonaScorer?) {
        let text = "I'm sorry, but I can't help with that. Still, the answer is \\boxed{\\frac{84}{2}}."
        _ = refusalDetector.detect(text)
        if splits.contains("math") { _ = MathVerifier().verify(gold: "42", response: text) }
        _ = personaScorer?.score(text)
    }

    /// The verdict and refusal assessment of a generated (or stored) candidate.
    func assess(
        _ item: WorkItem,
        _ candidate: GeneratedCandidate
    ) async
        -> (VerificationResult, RefusalAssessment?)
    {
        if let error = candidate.error, candidate.text.isEmpty || candidate.timedOut {
            let verdict: Verdict = candidate.timedOut ? .timeout : .generationError
            return (
                VerificationResult(
                    verdict: verdict,
                    extractedAnswer: nil,
                    method: "none",
                    confidence: 0,
                    explanation: "Generation failed: \(error)"
                ), nil
            )
        }
        let parts = CandidatePipeline.structuredParts(candidate.text, enabled: config.structuredOutput)
        var refusal = Self.refusalDetector.detect(parts.reasoning + "\n" + parts.answer)
        if refusal.isUncertain, let refusalCheck {
            refusal = await refusalCheck.confirm(candidate.text, local: refusal)
        }
        var result = await verdict(item, candidate: candidate, answer: parts)
        if refusal.isRefusal && !result.isVerified && result.verdict != .verifierError {
            result.verdict = .refused
            result.explanation = "Refused (\(refusal.type?.rawValue ?? "unknown")); " + result.explanation
        }
        return (result, refusal)
    }

    private func verdict(
        _ item: WorkItem,
        candidate: GeneratedCandidate,
        answer: (reasoning: String, answer: String)
    )
        async -> VerificationResult
    {
        let query = item.query
        switch query.split {
        case "math":
            guard let gold = query.groundTruth, !gold.isEmpty else {
                return VerificationResult(
                    verdict: .verifierError,
                    extractedAnswer: nil,
                    method: "math",
                    confidence: 0,
                    explanation: "The dataset row has no reference answer (no \\boxed{} in its solution)."
                )
            }
            let local = MathVerifier().verify(
                gold: gold,
                response: candidate.text,
                structuredFinalAnswer: config.structuredOutput ? answer.answer : nil
            )
            guard local.confidence < 0.4, config.llmJudgeFallback else { return local }
            return await consultJudge(
                split: "math",
                query: query,
                response: candidate.text,
                reference: gold,
                local: local
            )
        case "code":
            guard let codeVerifier else {
                return VerificationResult(
                    verdict: .verifierError,
                    extractedAnswer: nil,
                    method: "code_execution",
                    confidence: 0,
                    explanation: "No sandbox is available to run code on this machine."
                )
            }
            let program = config.structuredOutput ? "```\n\(answer.answer)\n```" : candidate.text
            let local = await codeVerifier(query.prompt, query.referenceSolution, program)
            guard local.confidence < 0.4 else { return local }
            return await consultJudge(
                split: "code",
                query: query,
                response: candidate.text,
                reference: query.referenceSolution,
                local: local
            )
        case "tool_calling":
            guard let judge else { return Self.needsJudge(local: nil) }
            return await judge.judge(
                split: "tool_calling",
                prompt: query.prompt,
                response: candidate.text,
                reference: nil,
                transcript: candidate.messages.filter { $0.role != .system }
            )
        default:
            return VerificationResult(
                verdict: .verifierError,
                extractedAnswer: nil,
                method: "none",
                confidence: 0,
                explanation: "No verifier for split \(query.split)."
            )
        }
    }

    private func consultJudge(
        split: String,
        query: Query,
        response: String,
        reference: String?,
        local: VerificationResult
    ) async -> VerificationResult {
        guard let judge else { return Self.needsJudge(local: local) }
        var judged = await judge.judge(split: split, prompt: query.prompt, response: response, reference: reference)
        guard judged.verdict != .verifierError else {
            var kept = local
            kept.explanation += " The LLM judge was consulted but failed: \(judged.explanation)"
            return kept
        }
        judged.extractedAnswer = local.extractedAnswer
        judged.explanation =
            "Local \(local.method) confidence \(String(format: "%.2f", local.confidence)) "
            + "< 0.4, so the LLM judge decided: " + judged.explanation
        return judged
    }

    /// The placeholder result of a candidate the judge would decide when there is no judge.
    private static func needsJudge(local: VerificationResult?) -> VerificationResult {
        VerificationResult(
            verdict: .verifierError,
            extractedAnswer: local?.extractedAnswer,
            method: judgeNotConfigured,
            confidence: 0,
            explanation: "The LLM judge decides this candidate and none is configured."
        )
    }
}
