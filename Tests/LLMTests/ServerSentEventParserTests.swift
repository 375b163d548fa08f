import Testing

@testable import LLM

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
}
