import Foundation

/// An incremental `text/event-stream` parser: feed it bytes as they arrive, it hands over whole events.
///
/// Handles LF, CRLF and CR line ends, comment lines (`:`), multi-line `data:` fields and events split
/// across chunks at any byte. Allocates nothing per event once warm: lines whole in a chunk are read in
/// place, and the name and data buffers keep their capacity from one event to the next.
struct ServerSentEventParser {
    /// An event as the parser hands it over: its `event:` name (nil when absent) and its `data:` lines
    /// joined by newlines, both borrowed from the parser for the duration of the call.
    typealias Handler<Failure: Error> =
        (_ name: UnsafeBufferPointer<UInt8>?, _ data: UnsafeBufferPointer<UInt8>) throws(Failure) -> Bool

    /// Whether `event:` names are handed over (a reader that goes by the data alone skips copying them).
    private let reportsNames: Bool
    /// The start of a line whose end has not arrived yet.
    private var partialLine: [UInt8] = []
    private var name: [UInt8] = []
    private var hasName = false
    private var data: [UInt8] = []
    private var hasData = false
    private var lastWasCR = false

    /// Creates a parser; with `reportsNames` false every event is handed over with a `nil` name.
    init(reportsNames: Bool = true) {
        self.reportsNames = reportsNames
    }

    /// Parses `buffer`, calling `handle` with each event it completes, and stops when `handle` returns
    /// `true`; returns whether it stopped.
    mutating func feed<Failure: Error>(
        _ buffer: UnsafeBufferPointer<UInt8>,
        _ handle: Handler<Failure>
    ) throws(Failure) -> Bool {
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
            let end = Self.lineEnd(in: buffer, from: index)
            let run = UnsafeBufferPointer(rebasing: buffer[index..<end])
            guard end < count else {
                partialLine.append(contentsOf: run)
                return false
            }
            lastWasCR = buffer[end] == 0x0D
            index = end + 1
            if partialLine.isEmpty {
                if try endLine(run, handle) { return true }
            } else {
                partialLine.append(contentsOf: run)
                if try endPartialLine(handle) { return true }
            }
        }
        return false
    }

    /// Hands over the event left when the stream ends without a blank line, if any; returns what
    /// `handle` returned, or `false` when there was no event.
    mutating func finish<Failure: Error>(_ handle: Handler<Failure>) throws(Failure) -> Bool {
        if !partialLine.isEmpty, try endPartialLine(handle) { return true }
        return try endLine(UnsafeBufferPointer(start: nil, count: 0), handle)
    }

    /// Ends the line collected in `partialLine` (moved out while it is read, so that it keeps its capacity).
    private mutating func endPartialLine<Failure: Error>(_ handle: Handler<Failure>) throws(Failure) -> Bool {
        var line: [UInt8] = []
        swap(&line, &partialLine)
        defer {
            line.removeAll(keepingCapacity: true)
            swap(&line, &partialLine)
        }
        return try line.withUnsafeBufferPointer { line throws(Failure) in try endLine(line, handle) }
    }

    private mutating func endLine<Failure: Error>(
        _ line: UnsafeBufferPointer<UInt8>,
        _ handle: Handler<Failure>
    ) throws(Failure) -> Bool {
        if line.isEmpty { return try dispatch(handle) }
        if line[0] == UInt8(ascii: ":") { return false }
        var colon = 0
        while colon < line.count, line[colon] != UInt8(ascii: ":") { colon += 1 }
        var valueStart = Swift.min(colon + 1, line.count)
        if valueStart < line.count, line[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        let value = UnsafeBufferPointer(rebasing: line[valueStart...])
        switch colon {
        case 4 where Self.field(line, is: "data"):
            if hasData { data.append(0x0A) }
            data.append(contentsOf: value)
            hasData = true
        case 5 where reportsNames && Self.field(line, is: "event"):
            name.removeAll(keepingCapacity: true)
            name.append(contentsOf: value)
            hasName = true
        default:
            break
        }
        return false
    }

    /// Hands over the event collected so far (a blank line ends it), if it has data; either way starts anew.
    private mutating func dispatch<Failure: Error>(_ handle: Handler<Failure>) throws(Failure) -> Bool {
        defer {
            if hasName {
                hasName = false
                name.removeAll(keepingCapacity: true)
            }
            hasData = false
            data.removeAll(keepingCapacity: true)
        }
        guard hasData else { return false }
        let hasName = self.hasName
        return try name.withUnsafeBufferPointer { name throws(Failure) in
            try data.withUnsafeBufferPointer { data throws(Failure) in
                try handle(hasName ? name : nil, data)
            }
        }
    }

    /// The index of the first LF or CR at or after `start`, else `buffer.count` (`memchr` runs whole words
    /// at a time; a CR is rare, so it is looked for only before the LF).
    private static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress, start < buffer.count else { return buffer.count }
        var end = buffer.count
        if let lf = memchr(base + start, 0x0A, buffer.count - start) {
            end = base.distance(to: lf.assumingMemoryBound(to: UInt8.self))
        }
        if end > start, let cr = memchr(base + start, 0x0D, end - start) {
            end = base.distance(to: cr.assumingMemoryBound(to: UInt8.self))
        }
        return end
    }

    private static func field(_ line: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
        name.withUTF8Buffer { expected in
            for index in 0..<expected.count where line[index] != expected[index] { return false }
            return true
        }
    }
}
