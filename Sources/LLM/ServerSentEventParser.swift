/// One server-sent event: its `event:` name (nil when absent) and its `data:` lines joined by newlines.
struct ServerSentEvent: Sendable, Equatable {
    var name: String?
    var data: String
}

/// An incremental `text/event-stream` parser: feed it bytes as they arrive, it returns whole events.
///
/// Handles LF, CRLF and CR line ends, comment lines (`:`), multi-line `data:` fields and events split
/// across chunks at any byte.
struct ServerSentEventParser {
    private var line: [UInt8] = []
    private var name: String?
    private var data: [UInt8] = []
    private var hasData = false
    private var lastWasCR = false

    /// Parses `bytes` and returns the events they complete.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if byte == 0x0A, lastWasCR {
                lastWasCR = false
                continue
            }
            lastWasCR = byte == 0x0D
            if byte == 0x0A || byte == 0x0D {
                if let event = endLine() { events.append(event) }
            } else {
                line.append(byte)
            }
        }
        return events
    }

    /// The event left when the stream ends without a blank line, if any.
    mutating func finish() -> ServerSentEvent? {
        if !line.isEmpty, let event = endLine() { return event }
        return endLine()
    }

    private mutating func endLine() -> ServerSentEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty {
            guard hasData else {
                name = nil
                return nil
            }
            let event = ServerSentEvent(name: name, data: String(decoding: data, as: UTF8.self))
            name = nil
            data.removeAll(keepingCapacity: true)
            hasData = false
            return event
        }
        if line.first == UInt8(ascii: ":") { return nil }
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.endIndex
        let field = line[..<colon]
        var value = line[min(colon + 1, line.endIndex)...]
        if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        if field.elementsEqual("data".utf8) {
            if hasData { data.append(0x0A) }
            data.append(contentsOf: value)
            hasData = true
        } else if field.elementsEqual("event".utf8) {
            name = String(decoding: value, as: UTF8.self)
        }
        return nil
    }
}
