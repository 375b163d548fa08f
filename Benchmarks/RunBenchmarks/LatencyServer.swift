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
    /// How long before a deadline the answer's timer fires; the rest is spent spinning.
    static let spin = TimeAmount.microseconds(300)
    private let bucket: Mutex<Bucket?>
    private let tally = Mutex(Counts())

    struct Counts {
        var answered = 0
        var limited = 0
        var firstAnswer: NIODeadline?
        var lastAnswer: NIODeadline?
        /// Per connection, from an answer's last byte written to the next request's first byte read: the
        /// client's turnaround, which the bound C/L leaves no room for.
        var turnarounds: [Int64] = []
        /// From a request's last byte read to its answer written: L plus the server's own lateness.
        var serveTimes: [Int64] = []
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

    func served(_ time: TimeAmount) {
        tally.withLock { $0.serveTimes.append(time.nanoseconds) }
    }

    func turnaround(_ gap: TimeAmount) {
        tally.withLock { $0.turnarounds.append(gap.nanoseconds) }
    }

    func answered() {
        tally.withLock { counts in
            let now = NIODeadline.now()
            counts.answered += 1
            if counts.firstAnswer == nil { counts.firstAnswer = now }
            counts.lastAnswer = now
        }
    }

    /// The question's two numbers, whether it asks to stream, and the model, read straight from the bytes: the
    /// server's own time counts against `bon` in the bound C/L, so it parses nothing it does not need.
    static func answer(to body: [UInt8]) -> (text: String, stream: Bool, model: String) {
        let sum = lastTwoNumbers(in: body).map { $0 + $1 } ?? 0
        let text = #"Adding them up, as one does: the total is \\boxed{\#(sum)}."#
        return (text, contains(body, #""stream":true"#), stringValue(of: #""model":""#, in: body) ?? "bench-model")
    }

    /// The two numbers before the last `?` (the question `What is A + B?`).
    static func lastTwoNumbers(in body: [UInt8]) -> (Int, Int)? {
        guard let question = body.lastIndex(of: UInt8(ascii: "?")) else { return nil }
        var numbers: [Int] = []
        var current: Int?
        for byte in body[..<question] {
            if byte >= 48, byte <= 57 {
                current = (current ?? 0) &* 10 &+ Int(byte - 48)
            } else if let value = current {
                numbers.append(value)
                current = nil
            }
        }
        if let current { numbers.append(current) }
        guard numbers.count >= 2 else { return nil }
        return (numbers[numbers.count - 2], numbers[numbers.count - 1])
    }

    static func contains(_ body: [UInt8], _ needle: String) -> Bool {
        range(of: Array(needle.utf8), in: body) != nil
    }

    static func range(of needle: [UInt8], in body: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, body.count >= needle.count else { return nil }
        for start in 0...(body.count - needle.count) where body[start] == needle[0] {
            if body[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
        }
        return nil
    }

    /// The string after `prefix` up to the next quote.
    static func stringValue(of prefix: String, in body: [UInt8]) -> String? {
        guard let found = range(of: Array(prefix.utf8), in: body),
            let close = body[found.upperBound...].firstIndex(of: UInt8(ascii: "\""))
        else { return nil }
        return String(decoding: body[found.upperBound..<close], as: UTF8.self)
    }

    static func payload(text: String, stream: Bool, model: String) -> (body: String, type: String) {
        let usage = #""usage":{"completion_tokens":16,"prompt_tokens":60,"total_tokens":76}"#
        let common = #""created":0,"id":"chatcmpl-bench","model":"\#(model)""#
        guard stream else {
            let body =
                #"{"choices":[{"finish_reason":"stop","index":0,"message":{"content":"\#(text)","role":"assistant"}}],"#
                + common + #","object":"chat.completion",\#(usage)}"#
            return (body, "application/json")
        }
        let chunk = #","object":"chat.completion.chunk""#
        let chunks = [
            #"{"choices":[{"delta":{"content":"\#(text)","role":"assistant"},"finish_reason":null,"index":0}],"#
                + common + chunk + "}",
            #"{"choices":[{"delta":{},"finish_reason":"stop","index":0}],"# + common + chunk + "}",
            #"{"choices":[],"# + common + chunk + "," + usage + "}",
        ]
        return (chunks.map { "data: \($0)\n\n" }.joined() + "data: [DONE]\n\n", "text/event-stream")
    }

    final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        private let server: LatencyServer
        private var body: [UInt8] = []
        private var lastAnswered: NIODeadline?

        init(server: LatencyServer) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head:
                if let last = lastAnswered { server.turnaround(.now() - last) }
                lastAnswered = nil
                body.removeAll(keepingCapacity: true)
            case .body(let chunk):
                body.append(contentsOf: chunk.readableBytesView)
            case .end:
                let arrived = NIODeadline.now()
                if let wait = server.admit() {
                    let milliseconds = Int((wait * 1000).rounded(.up)) + 1
                    let message =
                        #"{"error":{"code":"rate_limit_exceeded","message":"Rate limit reached for requests; "#
                        + #"please retry after \#(milliseconds) ms","param":null,"type":"requests"}}"#
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
                // The latency runs from the request's arrival, and the answer is ready before the wait starts,
                // so every request takes L plus the time to write the answer.
                let deadline = arrived + server.latency
                let answer = LatencyServer.answer(to: body)
                let (payload, type) = LatencyServer.payload(
                    text: answer.text,
                    stream: answer.stream,
                    model: answer.model
                )
                let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
                // A sleeping thread in this VM wakes about 0.25 ms after its timer; waking a little early and
                // spinning to the deadline keeps the answer on time (the "server ms" column shows it).
                context.eventLoop.scheduleTask(deadline: deadline - LatencyServer.spin) { [self] in
                    while NIODeadline.now() < deadline {}
                    respond(context: loopBound.value, status: .ok, body: payload, type: type, extra: [])
                    lastAnswered = .now()
                    server.served(.now() - arrived)
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
