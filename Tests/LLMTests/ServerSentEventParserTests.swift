import Testing

@testable import LLM

/// One event, copied out of the parser so that a test can compare it.
struct ServerSentEvent: Equatable {
    var name: String?
    var data: String
}

extension ServerSentEventParser {
    /// The events `bytes` complete.
    mutating func feed(_ bytes: some Collection<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        let copy = Array(bytes)
        _ = copy.withUnsafeBufferPointer { buffer in
            feed(buffer) { name, data in
                events.append(Self.event(name, data))
                return false
            }
        }
        return events
    }

    /// The event left when the stream ends without a blank line, if any.
    mutating func finish() -> ServerSentEvent? {
        var event: ServerSentEvent?
        _ = finish { name, data in
            event = Self.event(name, data)
            return true
        }
        return event
    }

    private static func event(
        _ name: UnsafeBufferPointer<UInt8>?,
        _ data: UnsafeBufferPointer<UInt8>
    ) -> ServerSentEvent {
        ServerSentEvent(
            name: name.map { String(decoding: $0, as: UTF8.self) },
            data: String(decoding: data, as: UTF8.self)
        )
    }
}

@Suite struct ServerSentEventParserTests {
    static let stream = """
        event: message_start\r
        data: {"a":1}\r
        \r
        : a comment

        event: ping
        data: {"type": "ping"}

        data: line one
        data: line two

        data: [DONE]


        """

    @Test(arguments: [1, 2, 3, 7, 64, 10_000])
    func eventsSurviveAnyChunking(chunkSize: Int) {
        var parser = ServerSentEventParser()
        var events: [ServerSentEvent] = []
        let bytes = Array(Self.stream.utf8)
        var start = 0
        while start < bytes.count {
            events += parser.feed(bytes[start..<min(bytes.count, start + chunkSize)])
            start += chunkSize
        }
        if let last = parser.finish() { events.append(last) }
        #expect(
            events == [
                ServerSentEvent(name: "message_start", data: #"{"a":1}"#),
                ServerSentEvent(name: "ping", data: #"{"type": "ping"}"#),
                ServerSentEvent(name: nil, data: "line one\nline two"),
                ServerSentEvent(name: nil, data: "[DONE]"),
            ]
        )
    }

    @Test func unterminatedLastEventIsReturnedByFinish() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("data: tail".utf8)).isEmpty)
        #expect(parser.finish() == ServerSentEvent(name: nil, data: "tail"))
    }

    @Test func namesAreLeftOutWhenNotReported() {
        var parser = ServerSentEventParser(reportsNames: false)
        #expect(
            parser.feed(Array(Self.stream.utf8)) == [
                ServerSentEvent(name: nil, data: #"{"a":1}"#),
                ServerSentEvent(name: nil, data: #"{"type": "ping"}"#),
                ServerSentEvent(name: nil, data: "line one\nline two"),
                ServerSentEvent(name: nil, data: "[DONE]"),
            ]
        )
    }

    @Test func handlerReturningTrueStopsTheFeed() {
        var parser = ServerSentEventParser()
        var seen: [String] = []
        let bytes = Array("data: one\n\ndata: two\n\ndata: three\n\n".utf8)
        let stopped = bytes.withUnsafeBufferPointer { buffer in
            parser.feed(buffer) { _, data in
                seen.append(String(decoding: data, as: UTF8.self))
                return seen.count == 2
            }
        }
        #expect(stopped)
        #expect(seen == ["one", "two"])
    }
}
