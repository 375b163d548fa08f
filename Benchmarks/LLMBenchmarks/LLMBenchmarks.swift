import AsyncHTTPClient
import Foundation
import LLM
import NIOCore
import NIOHTTP1

/// Client overhead per request: our clients' latency minus a bare async-http-client POST of the same
/// body to the same loopback server, at concurrency 1, 8 and 64.
///
/// `LLMBenchmarks serve` starts the server and prints `port N`; `LLMBenchmarks measure --port N` measures
/// against it; with no arguments it does both in one process.
@main
struct LLMBenchmarks {
    static func main() async throws {
        let arguments = CommandLine.arguments
        if arguments.contains("serve") {
            let channel = try await BenchmarkServer.start()
            FileHandle.standardOutput.write(Data("port \(channel.localAddress?.port ?? 0)\n".utf8))
            try await channel.closeFuture.get()
            return
        }
        var port = 0
        if let index = arguments.firstIndex(of: "--port"), index + 1 < arguments.count {
            port = Int(arguments[index + 1]) ?? 0
        }
        if port == 0 {
            port = try await BenchmarkServer.start().localAddress?.port ?? 0
        }
        try await measure(port: port)
    }

    static func measure(port: Int) async throws {
        let base = "http://127.0.0.1:\(port)"
        func configuration(_ url: String, streaming: Bool) -> LLMClientConfiguration {
            LLMClientConfiguration(baseURL: url, apiKey: APIKey("sk-bench"), streaming: streaming, maxConcurrency: 64)
        }
        let openAIJSON = try OpenAIClient(configuration: configuration(base + "/v1", streaming: false))
        let openAISSE = try OpenAIClient(configuration: configuration(base + "/v1", streaming: true))
        let anthropicSSE = try AnthropicClient(configuration: configuration(base, streaming: true))
        let request = ChatRequest(
            model: "gpt-4o-mini",
            system: "You are Marvin, the Paranoid Android. Brain the size of a planet.",
            messages: [.user("What is 6 times 7? Put the final answer in \\boxed{}.")],
            temperature: 0.7,
            maxTokens: 512
        )
        let anthropicRequest: ChatRequest = {
            var copy = request
            copy.model = "claude-sonnet-4-5-20250929"
            return copy
        }()
        let bareBody = ByteBuffer(
            string: #"{"max_tokens":512,"messages":[{"content":"You are Marvin.","role":"system"},"#
                + #"{"content":"What is 6 times 7?","role":"user"}],"model":"gpt-4o-mini","temperature":0.7}"#
        )
        let bareClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: bareConfiguration())

        print("LLM client overhead per request (loopback server; median and p90 in ms; overhead = ours − bare AHC)")
        print(
            "concurrency  requests  bare AHC      OpenAI JSON   OpenAI SSE    Anthropic SSE | overhead JSON / SSE / SSE"
        )
        for concurrency in [1, 8, 64] {
            let total = concurrency == 1 ? 2000 : concurrency == 8 ? 8000 : 12_800
            let bare = try await run(concurrency: concurrency, total: total) {
                var post = HTTPClientRequest(url: base + "/v1/chat/completions")
                post.method = .POST
                post.headers.add(name: "content-type", value: "application/json")
                post.headers.add(name: "authorization", value: "Bearer sk-bench")
                post.body = .bytes(bareBody)
                let response = try await bareClient.execute(post, timeout: .seconds(30))
                _ = try await response.body.collect(upTo: 1 << 20)
            }
            let json = try await run(concurrency: concurrency, total: total) {
                _ = try await openAIJSON.complete(request)
            }
            let sse = try await run(concurrency: concurrency, total: total) {
                _ = try await openAISSE.complete(request)
            }
            let anthropic = try await run(concurrency: concurrency, total: total) {
                _ = try await anthropicSSE.complete(anthropicRequest)
            }
            func cell(_ sample: Sample) -> String {
                String(format: "%5.3f/%5.3f  ", sample.median, sample.p90)
            }
            let overheads = [json, sse, anthropic].map { String(format: "%.3f", $0.median - bare.median) }
            print(
                String(format: "%11d  %8d  ", concurrency, total) + cell(bare) + cell(json) + cell(sse)
                    + cell(anthropic)
                    + "| " + overheads.joined(separator: " / ")
            )
        }
        try await bareClient.shutdown()
    }

    struct Sample {
        var median: Double
        var p90: Double
    }

    /// Runs `total` calls of `body` on `concurrency` workers after a warm-up; per-call latency in ms.
    static func run(
        concurrency: Int,
        total: Int,
        _ body: @escaping @Sendable () async throws -> Void
    ) async throws -> Sample {
        for _ in 0..<50 { try await body() }
        let perWorker = total / concurrency
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var local: [Double] = []
                    local.reserveCapacity(perWorker)
                    let clock = ContinuousClock()
                    for _ in 0..<perWorker {
                        let start = clock.now
                        try await body()
                        let elapsed = clock.now - start
                        local.append(
                            Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                        )
                    }
                    return local
                }
            }
            var all: [Double] = []
            for try await part in group { all += part }
            return all.sorted()
        }
        return Sample(median: latencies[latencies.count / 2], p90: latencies[latencies.count * 9 / 10])
    }

    static func bareConfiguration() -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 512)
        return configuration
    }
}
