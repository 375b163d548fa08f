import AsyncHTTPClient
import Foundation
import LLM
import NIOCore
import NIOHTTP1

/// Client overhead per request: our clients' latency minus a bare async-http-client request that fetches
/// the same bytes from the same loopback server (the server's time plus the transport's), at concurrency
/// 1, 8 and 64.
///
/// `LLMBenchmarks serve [--delay-ms D --gap-ms G]` starts the server and prints `port N`; paced, it answers
/// like a model (first byte after D ms, then one event every G ms). `LLMBenchmarks measure --port N
/// [--paced-port M]` measures against the immediate server, then against the paced one, where concurrency
/// 64 means 64 requests waiting on the server rather than 64 requests competing for the CPU; with no
/// arguments it starts both servers in its own process. `LLMBenchmarks profile --port N --kind K
/// --concurrency C --requests R` runs one kind alone (for `perf record`); kinds are `bare-json`,
/// `bare-openai-sse`, `bare-anthropic-sse`, `openai-json`, `openai-sse`, `anthropic-sse`, and
/// `bare-json-timeouts` / `bare-openai-sse-timeouts` (the bare requests on a client with our connect and read
/// timeouts, whose idle-read timer async-http-client re-arms on every read: with the paced server, once per
/// event).
@main
struct LLMBenchmarks {
    static func main() async throws {
        let arguments = CommandLine.arguments
        func option(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            return arguments[index + 1]
        }
        if arguments.contains("serve") {
            let pace = BenchmarkServer.Pace(
                delay: .milliseconds(Int64(option("--delay-ms").flatMap { Int($0) } ?? 0)),
                gap: .milliseconds(Int64(option("--gap-ms").flatMap { Int($0) } ?? 0))
            )
            let channel = try await BenchmarkServer.start(pace: pace)
            FileHandle.standardOutput.write(Data("port \(channel.localAddress?.port ?? 0)\n".utf8))
            try await channel.closeFuture.get()
            return
        }
        var port = option("--port").flatMap { Int($0) } ?? 0
        var pacedPort = option("--paced-port").flatMap { Int($0) } ?? 0
        if port == 0 {
            port = try await BenchmarkServer.start().localAddress?.port ?? 0
            pacedPort = try await BenchmarkServer.start(pace: pacedServer).localAddress?.port ?? 0
        }
        let calls = try Calls(port: port)
        if arguments.contains("profile") {
            let kind = option("--kind") ?? "openai-sse"
            guard let call = calls.byKind[kind] else {
                print("unknown --kind \(kind); one of \(calls.byKind.keys.sorted().joined(separator: ", "))")
                return
            }
            let concurrency = option("--concurrency").flatMap { Int($0) } ?? 8
            let requests = option("--requests").flatMap { Int($0) } ?? 20_000
            let sample = try await run(concurrency: concurrency, total: requests, warmUp: true, call)
            print(
                String(
                    format: "%@ at concurrency %d: median %.3f ms, p90 %.3f ms, %.1f µs CPU per request",
                    kind,
                    concurrency,
                    sample.median,
                    sample.p90,
                    sample.cpuMicroseconds
                )
            )
        } else {
            try await measure(calls, paced: false)
            if pacedPort != 0 {
                let pacedCalls = try Calls(port: pacedPort)
                print()
                try await measure(pacedCalls, paced: true)
                try await pacedCalls.bareClient.shutdown()
            }
        }
        try await calls.bareClient.shutdown()
    }

    /// The paced server's pace when this process starts it (`llm.sh` passes the same to `serve`).
    static let pacedServer = BenchmarkServer.Pace(delay: .milliseconds(20), gap: .milliseconds(2))

    /// The six kinds of request: three bare async-http-client requests and our three clients.
    struct Calls {
        let bareClient: HTTPClient
        let byKind: [String: @Sendable () async throws -> Void]

        init(port: Int) throws {
            let base = "http://127.0.0.1:\(port)"
            func configuration(_ url: String, streaming: Bool) -> LLMClientConfiguration {
                LLMClientConfiguration(
                    baseURL: url,
                    apiKey: APIKey("sk-bench"),
                    streaming: streaming,
                    maxConcurrency: 64
                )
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
            let bareClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: Self.bareConfiguration())
            self.bareClient = bareClient
            // The bare requests carry a body of the same size and read the same response bytes as ours.
            let messages =
                #""messages":[{"content":"You are Marvin, the Paranoid Android. Brain the size of a planet.","#
                + #""role":"system"},{"content":"What is 6 times 7? Put the final answer in \\boxed{}.","#
                + #""role":"user"}]"#
            let jsonBody = ByteBuffer(
                string: #"{"max_tokens":512,"# + messages + #","model":"gpt-4o-mini","temperature":0.7}"#
            )
            let sseBody = ByteBuffer(
                string: #"{"max_tokens":512,"# + messages
                    + #","model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true},"#
                    + #""temperature":0.7}"#
            )
            let anthropicBody = ByteBuffer(
                string: #"{"max_tokens":512,"# + messages
                    + #","model":"claude-sonnet-4-5-20250929","stream":true,"temperature":0.7}"#
            )
            var timeouts = Self.bareConfiguration()
            timeouts.timeout = .init(connect: .seconds(10), read: .seconds(300))
            let timeoutClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: timeouts)
            @Sendable func bare(_ path: String, _ body: ByteBuffer, client: HTTPClient = bareClient) async throws {
                var post = HTTPClientRequest(url: base + path)
                post.method = .POST
                post.headers.add(name: "content-type", value: "application/json")
                post.headers.add(name: "authorization", value: "Bearer sk-bench")
                post.body = .bytes(body)
                let response = try await client.execute(post, timeout: .seconds(30))
                _ = try await response.body.collect(upTo: 1 << 20)
            }
            byKind = [
                "bare-json": { try await bare("/v1/chat/completions", jsonBody) },
                "bare-openai-sse": { try await bare("/v1/chat/completions", sseBody) },
                "bare-anthropic-sse": { try await bare("/v1/messages", anthropicBody) },
                "bare-json-timeouts": { try await bare("/v1/chat/completions", jsonBody, client: timeoutClient) },
                "bare-openai-sse-timeouts": { try await bare("/v1/chat/completions", sseBody, client: timeoutClient) },
                "openai-json": { _ = try await openAIJSON.complete(request) },
                "openai-sse": { _ = try await openAISSE.complete(request) },
                "anthropic-sse": { _ = try await anthropicSSE.complete(anthropicRequest) },
            ]
        }

        static func bareConfiguration() -> HTTPClient.Configuration {
            var configuration = HTTPClient.Configuration()
            // As bon's clients are configured: no tracing spans.
            configuration.tracing.tracer = nil
            configuration.connectionPool = .init(
                idleTimeout: .seconds(60),
                concurrentHTTP1ConnectionsPerHostSoftLimit: 512
            )
            return configuration
        }
    }

    /// Prints, per concurrency, each client beside the bare request that reads the same bytes.
    static func measure(_ calls: Calls, paced: Bool) async throws {
        let pairs = [
            ("OpenAI JSON", "openai-json", "bare-json"),
            ("OpenAI SSE", "openai-sse", "bare-openai-sse"),
            ("Anthropic SSE", "anthropic-sse", "bare-anthropic-sse"),
        ]
        if paced {
            print(
                """
                Paced server, like a model: first byte after 20 ms, then one event every 2 ms (the JSON answer
                after 20 ms). The bare request waits for the same server time, so ours − bare is our time
                minus the server's, with the CPU mostly idle even at concurrency 64.
                """
            )
        } else {
            print(
                """
                LLM client overhead per request: ours vs a bare async-http-client request reading the same
                bytes from the same loopback server (run in another process by llm.sh). Rounds of the two
                alternate (10 rounds each) so that load from other processes hits both alike. Latency
                median/p90 in ms; CPU = this process's user+sys time per request in µs (robust to other
                processes' load). overhead = ours − bare (median latency; CPU per request). The server
                answers at once, so at concurrency 64 every request also queues for the 2 cores.
                """
            )
        }
        print(
            "concurrency  requests  client          bare ms        ours ms        bare CPU  ours CPU"
                + " | overhead ms  overhead CPU µs"
        )
        for concurrency in [1, 8, 64] {
            let total =
                paced
                ? (concurrency == 1 ? 200 : concurrency == 8 ? 400 : 1280)
                : (concurrency == 1 ? 2000 : concurrency == 8 ? 8000 : 12_800)
            for (label, ours, bare) in pairs {
                guard let oursCall = calls.byKind[ours], let bareCall = calls.byKind[bare] else { continue }
                let (bareSample, oursSample) = try await interleaved(
                    concurrency: concurrency,
                    total: total,
                    warmUp: paced ? 5 : 50,
                    bareCall,
                    oursCall
                )
                print(
                    String(
                        format: "%11d  %8d  %@  %6.3f/%6.3f  %6.3f/%6.3f  %8.1f  %8.1f | %11.3f  %15.1f",
                        concurrency,
                        total,
                        label.padding(toLength: 14, withPad: " ", startingAt: 0),
                        bareSample.median,
                        bareSample.p90,
                        oursSample.median,
                        oursSample.p90,
                        bareSample.cpuMicroseconds,
                        oursSample.cpuMicroseconds,
                        oursSample.median - bareSample.median,
                        oursSample.cpuMicroseconds - bareSample.cpuMicroseconds
                    )
                )
            }
        }
    }

    struct Sample {
        var median: Double
        var p90: Double
        var cpuMicroseconds: Double
    }

    /// Runs `total` calls of each of `first` and `second` in alternating rounds; their samples.
    static func interleaved(
        concurrency: Int,
        total: Int,
        warmUp: Int,
        _ first: @escaping @Sendable () async throws -> Void,
        _ second: @escaping @Sendable () async throws -> Void
    ) async throws -> (Sample, Sample) {
        for _ in 0..<warmUp {
            try await first()
            try await second()
        }
        let rounds = 10
        var latencies: ([Double], [Double]) = ([], [])
        var cpu: (Double, Double) = (0, 0)
        for _ in 0..<rounds {
            let a = try await latenciesAndCPU(concurrency: concurrency, total: total / rounds, first)
            latencies.0 += a.latencies
            cpu.0 += a.cpu
            let b = try await latenciesAndCPU(concurrency: concurrency, total: total / rounds, second)
            latencies.1 += b.latencies
            cpu.1 += b.cpu
        }
        return (
            sample(latencies.0, cpuSeconds: cpu.0),
            sample(latencies.1, cpuSeconds: cpu.1)
        )
    }

    /// Runs `total` calls of `body` on `concurrency` workers (after a warm-up when asked).
    static func run(
        concurrency: Int,
        total: Int,
        warmUp: Bool,
        _ body: @escaping @Sendable () async throws -> Void
    ) async throws -> Sample {
        if warmUp { for _ in 0..<50 { try await body() } }
        let result = try await latenciesAndCPU(concurrency: concurrency, total: total, body)
        return sample(result.latencies, cpuSeconds: result.cpu)
    }

    static func sample(_ latencies: [Double], cpuSeconds: Double) -> Sample {
        let sorted = latencies.sorted()
        return Sample(
            median: sorted[sorted.count / 2],
            p90: sorted[sorted.count * 9 / 10],
            cpuMicroseconds: cpuSeconds / Double(sorted.count) * 1e6
        )
    }

    /// Per-call latencies in ms and this process's CPU seconds for `total` calls on `concurrency` workers.
    static func latenciesAndCPU(
        concurrency: Int,
        total: Int,
        _ body: @escaping @Sendable () async throws -> Void
    ) async throws -> (latencies: [Double], cpu: Double) {
        let perWorker = max(1, total / concurrency)
        let cpuBefore = processCPUSeconds()
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
            return all
        }
        return (latencies, processCPUSeconds() - cpuBefore)
    }

    /// User plus system CPU time of this process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
