/// Turns a 2xx body into a value as the body arrives, on the thread that reads the connection.
///
/// Reading where the bytes arrive, rather than in the task that asked, means an answer is complete (and can be
/// kept, see ``AnswerArrival``) before any thread switch: a process killed a moment after reading it has it.
protocol ResponseReader: Sendable {
    associatedtype Value: Sendable

    /// Sees the `content-type` of a 2xx response before its first bytes.
    mutating func begin(contentType: String?)

    /// Reads the next bytes of the body; returns `true` once the value is complete (a stream's final event),
    /// when the rest of the body is not needed.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(LLMError) -> Bool

    /// The value, once `read` returned `true` or the body ended.
    mutating func value() throws(LLMError) -> Value
}

extension ResponseReader {
    mutating func begin(contentType: String?) {}
}

/// The whole body, up to a limit.
struct BodyCollector: ResponseReader {
    private(set) var bytes: [UInt8] = []
    let limit: Int
    let what: String

    /// Collects at most `limit` bytes; `what` names the body in the error for a larger one.
    init(limit: Int, what: String) {
        self.limit = limit
        self.what = what
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(LLMError) -> Bool {
        guard self.bytes.count + bytes.count <= limit else {
            throw LLMError(.malformedResponse, "\(what) is larger than \(limit >> 20) MiB")
        }
        self.bytes.append(contentsOf: bytes)
        return false
    }

    mutating func value() throws(LLMError) -> [UInt8] { bytes }
}

/// Something that builds an answer from the data of server-sent events, one event at a time.
protocol EventAccumulator: Sendable {
    /// An accumulator that has seen no event.
    init()
    /// Applies one event's data.
    mutating func apply(_ data: UnsafeBufferPointer<UInt8>) throws(LLMError)
    /// Whether the final event has been seen.
    var finished: Bool { get }
}

/// A `text/event-stream` body read into an ``EventAccumulator`` until its final event.
struct EventStreamReader<Accumulator: EventAccumulator>: ResponseReader {
    private var parser = ServerSentEventParser(reportsNames: false)
    private(set) var accumulator: Accumulator
    /// Names the stream in the error for one that ends before its final event.
    let what: String

    init(_ accumulator: Accumulator, what: String) {
        self.accumulator = accumulator
        self.what = what
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(LLMError) -> Bool {
        try applyingEvents { parser, handle throws(LLMError) in try parser.feed(bytes, handle) }
    }

    mutating func value() throws(LLMError) -> Accumulator {
        if !accumulator.finished {
            _ = try applyingEvents { parser, handle throws(LLMError) in try parser.finish(handle) }
        }
        // Strict, unlike the SDKs: a stream that ends without `[DONE]` / `message_stop` is truncated even after
        // its finish reason (its usage may still be missing), and the attempt is retried.
        guard accumulator.finished else {
            throw LLMError(.transport, "\(what) ended before its final event (connection dropped)")
        }
        return accumulator
    }

    /// Runs `drive` on the parser with a handler that applies each event to the accumulator, up to the final one.
    ///
    /// Both are moved out of `self` meanwhile: a closure that captured `self` would overlap the parser's access,
    /// and a copy would copy the answer so far on every event.
    private mutating func applyingEvents(
        _ drive: (inout ServerSentEventParser, ServerSentEventParser.Handler<LLMError>) throws(LLMError) -> Bool
    ) throws(LLMError) -> Bool {
        var parser = ServerSentEventParser(reportsNames: false)
        var accumulator = Accumulator()
        swap(&parser, &self.parser)
        swap(&accumulator, &self.accumulator)
        defer {
            swap(&parser, &self.parser)
            swap(&accumulator, &self.accumulator)
        }
        return try drive(&parser) { (_, data) throws(LLMError) in
            try accumulator.apply(data)
            return accumulator.finished
        }
    }
}

/// Another reader's value, transformed (wire structs into answers).
struct MappedReader<Base: ResponseReader, Value: Sendable>: ResponseReader {
    var base: Base
    let transform: @Sendable (Base.Value) throws(LLMError) -> Value

    mutating func begin(contentType: String?) {
        base.begin(contentType: contentType)
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(LLMError) -> Bool {
        try base.read(bytes)
    }

    mutating func value() throws(LLMError) -> Value {
        try transform(try base.value())
    }
}

/// A chat answer's body as read: whole (JSON) or streamed (events applied to an accumulator).
enum AnswerBody<Accumulator: EventAccumulator>: Sendable {
    case whole([UInt8])
    case streamed(Accumulator)
}

/// Reads a chat answer whole or as a stream of events, as the response's `content-type` says, else as the
/// request asked.
///
/// OpenAI-compatible servers that cannot stream often answer `stream: true` with a whole JSON completion;
/// reading that as events would fail every attempt of every request.
struct AnswerReader<Accumulator: EventAccumulator>: ResponseReader {
    // Two optionals rather than an enum: each is read in place, where an enum's payload would be copied out.
    private var whole: BodyCollector?
    private var stream: EventStreamReader<Accumulator>?
    private let what: String

    /// A reader for a streamed answer when `streaming`, a whole one otherwise; `what` names it in errors.
    init(streaming: Bool, what: String) {
        self.what = what
        if streaming { readStream() } else { readWhole() }
    }

    mutating func begin(contentType: String?) {
        guard let contentType = contentType?.lowercased() else { return }
        if contentType.hasPrefix("text/event-stream") {
            if stream == nil { readStream() }
        } else if contentType.contains("json") || contentType.hasPrefix("text/html"), whole == nil {
            readWhole()
        }
    }

    private mutating func readStream() {
        whole = nil
        stream = EventStreamReader(Accumulator(), what: "\(what) stream")
    }

    private mutating func readWhole() {
        stream = nil
        whole = BodyCollector(limit: ProviderCore.answerBodyLimit, what: "\(what) answer")
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(LLMError) -> Bool {
        if let done = try stream?.read(bytes) { return done }
        return try whole?.read(bytes) ?? false
    }

    mutating func value() throws(LLMError) -> AnswerBody<Accumulator> {
        if let accumulator = try stream?.value() { return .streamed(accumulator) }
        return .whole(try whole?.value() ?? [])
    }
}
