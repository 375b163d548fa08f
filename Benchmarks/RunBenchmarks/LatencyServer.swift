import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// An OpenAI-compatible loopback server for the run-engine benchmark: every answer takes exactly
/// `latency`, and an optional requests-per-minute limit answers 429 with `retry-after-ms` as OpenAI does.
///
/// It answers "What is A + B?" with the right sum in a box (so every candidate is verified by the math
/// checker), streams when asked to, and counts what it served.
final class LatencyServer: Sendable {
    let latency: TimeAmount
    private let bucket: Mutex<Bucket?>
    private let tally = Mutex(Counts())

    struct Counts {
        var answered = 0
        var limited = 0
        var firstAnswer: NIODeadline?
        var lastAnswer: NIODeadline?
    }

    /// A continuously refilling bucket holding one second's worth of requests.
    struct Bucket {
        let perSecond: Double
        let capacity: Double
        var level: Double
        var updated: NIODeadline

        mutating func take(now: NIODeadline) -> Double? {
            level = min(capacity, level + Double((now - updated).nanoseconds) / 1e9 * perSecond)
            updated = now
            if level >= 1 {
                level -= 1
                return nil
            }
            return (1 - level) / perSecond
        }
    }

    init(latency: TimeAmount, requestsPerMinute: Int?) {
        self.latency = latency
        bucket = Mutex(
            requestsPerMinute.map { rpm in
                let perSecond = Double(rpm) / 60
                let capacity = max(1, perSecond.rounded(.down))
                return Bucket(perSecond: perSecond, capacity: capacity, level: capacity, updated: .now())
            }
        )
    }

    var counts: Counts { tally.withLock { $0 } }

    func start() async throws -> any Channel {
        try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(Handler(server: self))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }

    /// Seconds to wait before a request may be served, or nil when it is admitted now.
    func admit() -> Double? {
        let wait = bucket.withLock { bucket -> Double? in
            guard var current = bucket else { return nil }
            let wait = current.take(now: .now())
            bucket = current
            return wait
        }
        if wait != nil { tally.withLock { $0.limited += 1 } }
        return wait
    }

    func answered() {
        tally.withLock { counts in
            let now = NIODeadline.now()
            counts.answered += 1
            if counts.firstAnswer == nil { counts.firstAnswer = now }
            counts.lastAnswer = now
        }
    }

    static func answer(to body: [UInt8]) -> (text: String, stream: Bool, model: String) {
        let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
        let messages = object["messages"] as? [[String: Any]] ?? []
        let question = messages.last?["content"] as? String ?? ""
        let numbers = question.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let sum = numbers.count >= 2 ? numbers[numbers.count - 2] + numbers[numbers.count - 1] : 0
        let text = "Adding them up, as one does: the total is \\boxed{\(sum)}."
        return (text, object["stream"] as? Bool ?? false, object["model"] as? String ?? "bench-model")
    }

    static func json(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func payload(text: String, stream: Bool, model: String) -> (body: String, type: String) {
        let usage: [String: Any] = ["prompt_tokens": 60, "completion_tokens": 16, "total_tokens": 76]
        guard stream else {
            let body = json([
                "id": "chatcmpl-bench", "object": "chat.completion", "created": 0, "model": model,
                "choices": [["index": 0, "message": ["role": "assistant", "content": text], "finish_reason": "stop"]],
                "usage": usage,
            ])
            return (body, "application/json")
        }
        let chunks: [[String: Any]] = [
            ["choices": [["index": 0, "delta": ["role": "assistant", "content": text], "finish_reason": NSNull()]]],
            ["choices": [["index": 0, "delta": [String: Any](), "finish_reason": "stop"]]],
            ["choices": [Any](), "usage": usage],
        ]
        var body = ""
        for var chunk in chunks {
            chunk["id"] = "chatcmpl-bench"
            chunk["object"] = "chat.completion.chunk"
            chunk["created"] = 0
            chunk["model"] = model
            body += "data: \(json(chunk))\n\n"
        }
        return (body + "data: [DONE]\n\n", "text/event-stream")
    }

    final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        private let server: LatencyServer
        private var body: [UInt8] = []

        init(server: LatencyServer) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head:
                body.removeAll(keepingCapacity: true)
            case .body(let chunk):
                body.append(contentsOf: chunk.readableBytesView)
            case .end:
                if let wait = server.admit() {
                    let milliseconds = Int((wait * 1000).rounded(.up)) + 1
                    let message = LatencyServer.json([
                        "error": [
                            "message": "Rate limit reached for requests; please retry after \(milliseconds) ms",
                            "type": "requests", "param": NSNull(), "code": "rate_limit_exceeded",
                        ]
                    ])
                    respond(
                        context: context,
                        status: .tooManyRequests,
                        body: message,
                        type: "application/json",
                        extra: [
                            ("retry-after-ms", String(milliseconds)),
                            ("retry-after", String(max(1, (milliseconds + 999) / 1000))),
                        ]
                    )
                    return
                }
                let answer = LatencyServer.answer(to: body)
                let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
                context.eventLoop.scheduleTask(in: server.latency) { [self] in
                    let (payload, type) = LatencyServer.payload(
                        text: answer.text,
                        stream: answer.stream,
                        model: answer.model
                    )
                    respond(context: loopBound.value, status: .ok, body: payload, type: type, extra: [])
                    server.answered()
                }
            }
        }

        private func respond(
            context: ChannelHandlerContext,
            status: HTTPResponseStatus,
            body: String,
            type: String,
            extra: [(String, String)]
        ) {
            var headers = HTTPHeaders()
            headers.add(name: "content-type", value: type)
            headers.add(name: "content-length", value: String(body.utf8.count))
            for (name, value) in extra { headers.add(name: name, value: value) }
            let head = HTTPResponseHead(version: .http1_1, status: status, headers: headers)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
