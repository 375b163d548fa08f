import LLM
import TestSupport
import Testing

@Suite struct SecretTests {
    @Test(arguments: [LLMProvider.anthropic, .openAI])
    func plantedKeyNeverAppearsInAnyOutput(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        var outputs: [String] = []
        // Success: the key reaches the server, never the response.
        let client = try Fixture.client(server, provider)
        let response = try await client.complete(ChatRequest(model: Fixture.model(provider), messages: [.user("hi")]))
        outputs += [String(describing: response), String(reflecting: response), String(describing: client)]
        outputs.append(String(describing: client.statistics))
        let sent = try #require(server.requests.first)
        #expect(sent.headers.values.contains { $0.contains(Fixture.key) })
        // A 401 whose message quotes the key back, as OpenAI's does.
        server.requireAPIKey("sk-the-right-key")
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.complete(ChatRequest(model: Fixture.model(provider), messages: [.user("hi")]))
        }
        #expect(error?.code == .authentication)
        outputs += [String(describing: error), error?.message ?? "", String(reflecting: error)]
        // Failures of every other kind.
        server.requireAPIKey(nil)
        for fault in [FakeFault.status(400), .status(403), .dropMidStream] {
            server.enqueueFaults(fault, fault, fault, fault, fault, fault, fault, fault, fault)
            do {
                _ = try await client.complete(ChatRequest(model: Fixture.model(provider), messages: [.user("x")]))
            } catch {
                outputs += [String(describing: error), error.message]
            }
        }
        var configuration = Fixture.configuration(server, provider)
        outputs += [String(describing: configuration), String(reflecting: configuration)]
        configuration.apiKey = APIKey(Fixture.key)
        outputs.append("\(configuration.apiKey as Any)")
        for output in outputs {
            #expect(!output.contains(Fixture.key))
            #expect(!output.contains("PLANTED"))
        }
        #expect(outputs.contains { $0.contains("<redacted>") })
    }

    @Test func missingKeyForTheOfficialEndpointIsAClearError() {
        let error = #expect(throws: LLMError.self) {
            _ = try LLMClients.make(provider: .anthropic, model: "claude-sonnet-4-5", environment: [:])
        }
        #expect(error?.code == .authentication)
        #expect(error?.message.contains("ANTHROPIC_API_KEY") == true)
    }
}
