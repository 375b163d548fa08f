import Foundation
import LLM
import TestSupport
import Testing
import Verification

/// The LLM judge and the refusal LLM check, over real HTTP against the fake server.
@Suite struct LLMJudgeTests {
    static func client(_ server: FakeLLMServer, _ provider: LLMProvider) throws -> any LLMClient {
        let configuration = LLMClientConfiguration(
            baseURL: provider == .anthropic ? server.anthropicBaseURL : server.openAIBaseURL,
            apiKey: APIKey("sk-test-judge"),
            retry: .none
        )
        return provider == .anthropic
            ? try AnthropicClient(configuration: configuration) : try OpenAIClient(configuration: configuration)
    }

    @Test(arguments: [LLMProvider.openAI, .anthropic])
    func toolCallingIsJudgedWithoutReferenceOrPersona(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueue(
            .text(
                #"{"verdict": "correct", "confidence": 0.92, "explanation": "Both parts answered from the tool results."}"#
            )
        )
        let model = LLMJudge.defaultModel(forGenerator: provider == .anthropic ? "claude" : "openai")
        let judge = LLMJudge(client: try Self.client(server, provider), model: model)
        let transcript: [ChatMessage] = [
            .system("You are Marvin the Paranoid Android."),
            .user("Weather in Paris?"),
            .assistant("", toolCalls: [ToolCall(id: "c1", name: "get_weather", arguments: #"{"city": "Paris"}"#)]),
            .tool(id: "c1", name: "get_weather", result: #"{"temperature": 18, "conditions": "cloudy"}"#),
        ]
        let result = await judge.judge(
            split: "tool_calling",
            prompt: "Weather in Paris?",
            response: "Sigh. Brain the size of a planet, and it's 18 °C and cloudy in Paris.",
            reference: "DATASET-REFERENCE-ANSWER",
            transcript: transcript
        )
        #expect(result.verdict == .correct)
        #expect(result.isVerified)
        #expect(result.method == "llm_judge")
        #expect(result.confidence == 0.92)
        #expect(result.explanation == "Both parts answered from the tool results.")
        let sent = try #require(server.requests.first)
        #expect(sent.model == model)
        #expect(sent.bodyText.contains("get_weather"))
        #expect(sent.bodyText.contains("cloudy"))
        #expect(!sent.bodyText.contains("DATASET-REFERENCE-ANSWER"), "tool calling ignores the reference")
        #expect(!sent.bodyText.contains("Paranoid Android"), "the judge never sees the persona")
        #expect(sent.system?.contains("Ignore voice") == true)
        #expect(sent.bodyText.contains("verdict"))
    }

    @Test func mathFallbackShowsTheReference() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueue(
            .text(
                "Here is my grading:\n```json\n{\"verdict\": \"incorrect\", \"confidence\": 0.8, \"explanation\": \"7 is not 42.\"}\n```"
            )
        )
        let judge = LLMJudge(client: try Self.client(server, .openAI), model: "gpt-4o-mini")
        let result = await judge.judge(split: "math", prompt: "6 × 7?", response: "\\boxed{7}", reference: "42")
        #expect(result.verdict == .incorrect)
        #expect(!result.isVerified)
        #expect(server.requests.first?.bodyText.contains("Reference answer") == true)
    }

    @Test func anUnreadableReplyIsAVerifierError() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueue(.text("Looks fine to me!"))
        let judge = LLMJudge(client: try Self.client(server, .openAI), model: "gpt-4o-mini")
        let result = await judge.judge(split: "code", prompt: "Sort a list.", response: "sorted(x)", reference: nil)
        #expect(result.verdict == .verifierError)
        #expect(result.method == "llm_judge")
        #expect(result.explanation.contains("gpt-4o-mini"))
    }

    @Test func aFailedCallIsAVerifierError() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueueFaults(.status(401))
        let judge = LLMJudge(client: try Self.client(server, .anthropic), model: "claude-sonnet-4-5")
        let result = await judge.judge(split: "tool_calling", prompt: "p", response: "r", reference: nil)
        #expect(result.verdict == .verifierError)
        #expect(result.confidence == 0)
        #expect(!result.explanation.contains("sk-test-judge"))
    }

    @Test func theRefusalCheckAsksOnlyWhenUnsure() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueue(.text(#"{"is_refusal": true, "type": "epistemic", "confidence": 0.85}"#))
        let check = RefusalLLMCheck(client: try Self.client(server, .openAI), model: "gpt-4o-mini")
        let sure = RefusalDetector().detect("The answer is 42.")
        #expect(await check.confirm("The answer is 42.", local: sure) == sure)
        #expect(server.requests.isEmpty)
        let unsure = RefusalAssessment(isRefusal: false, type: nil, confidence: 0.55)
        let confirmed = await check.confirm("Hmm, hard to say really.", local: unsure)
        #expect(confirmed.isRefusal)
        #expect(confirmed.type == .epistemic)
        #expect(confirmed.method == "llm")
        #expect(server.requests.count == 1)
    }
}

@Suite struct PersonaLLMRaterTests {
    @Test func theRaterSeesMarkersNotThePrompt() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueue(.text(#"{"score": 0.8}"#), .text("no idea"))
        let rater = PersonaLLMRater(client: try LLMJudgeTests.client(server, .openAI), model: "gpt-4o-mini")
        let markers = PersonaMarkers(
            persona: "marvin_flexible",
            displayName: "Marvin the Paranoid Android",
            signatures: [.init(pattern: "brain the size of a planet", weight: 3)]
        )
        #expect(await rater.rate("Brain the size of a planet, and the answer is 42.", markers: markers) == 0.8)
        #expect(server.requests.first?.bodyText.contains("brain the size of a planet") == true)
        #expect(await rater.rate("The answer is 42.", markers: markers) == nil)
    }
}
