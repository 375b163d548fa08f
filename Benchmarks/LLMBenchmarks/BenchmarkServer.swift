import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A minimal loopback server answering `/v1/chat/completions` (JSON or SSE) and `/v1/messages` (SSE)
/// with fixed bodies, so that the measured time is the client's and the transport's.
///
/// Paced (`delay` and `gap` above zero) it behaves like a model: the answer (or, streamed, its headers
/// and first event) comes after `delay`, and each further event `gap` after the previous one.
enum BenchmarkServer {
    /// How the server paces its answers.
    struct Pace: Sendable {
        var delay: TimeAmount = .zero
        var gap: TimeAmount = .zero

        var isPaced: Bool { delay > .zero || gap > .zero }
    }

    static let completion = """
        {"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini",\
        "choices":[{"index":0,"message":{"role":"assistant","content":"The answer is \\\\boxed{42}. I computed it \
        carefully, step by step, and I am quite sure about it.","refusal":null},"logprobs":null,\
        "finish_reason":"stop"}],"usage":{"prompt_tokens":120,"completion_tokens":24,"total_tokens":144,\
        "prompt_tokens_details":{"cached_tokens":0}},"system_fingerprint":"fp_bench"}
        """

    static let openAIStream: String = {
        let words = "The answer is 42. I computed it carefully, step by step, and I am quite sure about it.".split(
            separator: " "
        )
        var text =
            #"data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#
            + "\n\n"
        for word in words {
            text +=
                #"data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"\#(word) "},"finish_reason":null}]}"#
                + "\n\n"
        }
        text +=
            #"data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#
            + "\n\n"
        text +=
            #"data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[],"usage":{"prompt_tokens":120,"completion_tokens":24,"total_tokens":144}}"#
            + "\n\ndata: [DONE]\n\n"
        return text
    }()

    static let anthropicStream: String = {
        var text =
            "event: message_start\ndata: "
            + #"{"type":"message_start","message":{"id":"msg_b","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":120,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":1}}}"#
            + "\n\nevent: content_block_start\ndata: "
            + #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"# + "\n\n"
        for word in "The answer is 42. I computed it carefully, step by step, and I am quite sure.".split(
            separator: " "
        ) {
            text +=
                "event: content_block_delta\ndata: "
                + #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\#(word) "}}"#
                + "\n\n"
        }
        text +=
            "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
            + "event: message_delta\ndata: "
            + #"{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":24}}"#
            + "\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"
        return text
    }()

    /// Starts the server on 127.0.0.1 (port 0) and returns its channel.
    static func start(pace: Pace = Pace()) async throws -> any Channel {
        try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(Handler(pace: pace))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }

    final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        private var uri = ""
        private var body = ByteBuffer()
        private let pace: Pace

        init(pace: Pace) {
            self.pace = pace
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                uri = head.uri
                body.clear()
            case .body(var chunk):
                body.writeBuffer(&chunk)
            case .end:
                let text = body.getString(at: body.readerIndex, length: body.readableBytes) ?? ""
                let stream = text.contains("\"stream\":true") || text.contains("\"stream\": true")
                let payload: String
                let type: String
                if uri.hasSuffix("/messages") {
                    payload = BenchmarkServer.anthropicStream
                    type = "text/event-stream"
                } else if stream {
                    payload = BenchmarkServer.openAIStream
                    type = "text/event-stream"
                } else {
                    payload = BenchmarkServer.completion
                    type = "application/json"
                }
                var headers = HTTPHeaders()
                headers.add(name: "content-type", value: type)
                headers.add(name: "content-length", value: String(payload.utf8.count))
                let head = HTTPResponseHead(version: .http1_1, status: .ok, headers: headers)
                guard pace.isPaced else {
                    context.write(wrapOutboundOut(.head(head)), promise: nil)
                    context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: payload)))), promise: nil)
                    context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                    return
                }
                // Streamed: one write per event, `gap` apart; whole: one write after `delay`.
                let pieces =
                    type == "text/event-stream"
                    ? payload.components(separatedBy: "\n\n").dropLast().map { $0 + "\n\n" } : [payload]
                let loop = context.eventLoop.assumeIsolated()
                loop.scheduleTask(in: pace.delay) {
                    context.write(self.wrapOutboundOut(.head(head)), promise: nil)
                    self.send(pieces[...], context: context)
                }
            }
        }

        private func send(_ pieces: ArraySlice<String>, context: ChannelHandlerContext) {
            guard let piece = pieces.first else {
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                return
            }
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: piece)))), promise: nil)
            let rest = pieces.dropFirst()
            if rest.isEmpty {
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                return
            }
            context.eventLoop.assumeIsolated().scheduleTask(in: pace.gap) {
                self.send(rest, context: context)
            }
        }
    }
}
