/// One server-sent event: its `event:` name (nil when absent) and its `data:` lines joined by newlines.
struct ServerSentEvent: Sendable, Equatable {
    var name: String?
    /// The data as UTF-8 bytes (what the JSON scanner reads, without a round trip through `String`).
    var bytes: [UInt8]

    /// The data as text.
    var data: String { String(decoding: bytes, as: UTF8.self) }

    init(name: String?, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    init(name: String?, data: String) {
        self.init(name: name, bytes: Array(data.utf8))
    }
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
    mutating func feed(_ bytes: some Collection<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        let handled: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
            feed(buffer, into: &events)
            return true
        }
        if handled == nil {
            let copy = Array(bytes)
            copy.withUnsafeBufferPointer { feed($0, into: &events) }
        }
        return events
    }

    /// Scans whole runs between line ends at a time (the line ends are what costs a branch).
    private mutating func feed(_ buffer: UnsafeBufferPointer<UInt8>, into events: inout [ServerSentEvent]) {
        var index = 0
        let count = buffer.count
        while index < count {
            if lastWasCR {
                lastWasCR = false
                if buffer[index] == 0x0A {
                    index += 1
                    continue
                }
            }
            var end = index
            while end < count, buffer[end] != 0x0A, buffer[end] != 0x0D { end += 1 }
            if end > index { line.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<end])) }
            guard end < count else { return }
            lastWasCR = buffer[end] == 0x0D
            if let event = endLine() { events.append(event) }
            index = end + 1
        }
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
            let event = ServerSentEvent(name: name, bytes: data)
            name = nil
            data = []
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
