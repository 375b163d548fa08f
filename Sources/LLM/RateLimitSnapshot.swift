public import Foundation

/// What a response's rate-limit headers say: requests and tokens remaining, and when they reset.
///
/// Reads Anthropic's `anthropic-ratelimit-*` (reset as RFC 3339 timestamps) and OpenAI's
/// `x-ratelimit-*` (reset as Go durations such as `6m0s` or `20ms`). Absent headers stay `nil`:
/// OpenAI-compatible servers often send none.
public struct RateLimitSnapshot: Sendable, Hashable {
    /// Requests allowed per window.
    public var requestsLimit: Int?
    /// Requests left in the window.
    public var requestsRemaining: Int?
    /// Time until the request budget is full again.
    public var requestsReset: Duration?
    /// Tokens allowed per window (the most restrictive of the token limits).
    public var tokensLimit: Int?
    /// Tokens left in the window (the most restrictive of the token limits).
    public var tokensRemaining: Int?
    /// Time until the token budget is full again.
    public var tokensReset: Duration?

    /// Creates an empty snapshot.
    public init() {}

    /// Reads the headers of one response; `header` returns a header's value by lowercase name.
    public init(header: (String) -> String?, now: Date = Date()) {
        if header("x-ratelimit-remaining-requests") != nil || header("x-ratelimit-remaining-tokens") != nil {
            requestsLimit = header("x-ratelimit-limit-requests").flatMap { Int($0) }
            requestsRemaining = header("x-ratelimit-remaining-requests").flatMap { Int($0) }
            requestsReset = header("x-ratelimit-reset-requests").flatMap(Self.goDuration)
            tokensLimit = header("x-ratelimit-limit-tokens").flatMap { Int($0) }
            tokensRemaining = header("x-ratelimit-remaining-tokens").flatMap { Int($0) }
            tokensReset = header("x-ratelimit-reset-tokens").flatMap(Self.goDuration)
            return
        }
        let prefix = "anthropic-ratelimit-"
        requestsLimit = header(prefix + "requests-limit").flatMap { Int($0) }
        requestsRemaining = header(prefix + "requests-remaining").flatMap { Int($0) }
        requestsReset = header(prefix + "requests-reset").flatMap { Self.until($0, now: now) }
        for kind in ["tokens", "input-tokens", "output-tokens"] {
            guard let remaining = header(prefix + kind + "-remaining").flatMap({ Int($0) }) else { continue }
            if let current = tokensRemaining, current <= remaining { continue }
            tokensRemaining = remaining
            tokensLimit = header(prefix + kind + "-limit").flatMap { Int($0) }
            tokensReset = header(prefix + kind + "-reset").flatMap { Self.until($0, now: now) }
        }
    }

    /// Whether the headers said anything.
    public var isEmpty: Bool { requestsRemaining == nil && tokensRemaining == nil }

    /// Parses a Go duration (`1s`, `6m0s`, `20ms`, `1m30.5s`, `1h2m`), or `nil`.
    public static func goDuration(_ text: String) -> Duration? {
        var seconds = 0.0
        var number = ""
        var unit = ""
        var sawPart = false
        func flush() -> Bool {
            guard let value = Double(number) else { return false }
            let scale: Double
            switch unit {
            case "h": scale = 3600
            case "m": scale = 60
            case "s": scale = 1
            case "ms": scale = 1e-3
            case "us", "µs": scale = 1e-6
            case "ns": scale = 1e-9
            default: return false
            }
            seconds += value * scale
            number = ""
            unit = ""
            sawPart = true
            return true
        }
        for character in text.trimmingCharacters(in: .whitespaces) {
            if character.isNumber || character == "." {
                if !unit.isEmpty { guard flush() else { return nil } }
                number.append(character)
            } else {
                guard !number.isEmpty else { return nil }
                unit.append(character)
            }
        }
        if !number.isEmpty || !unit.isEmpty {
            guard flush() else { return nil }
        }
        return sawPart ? .nanoseconds(Int64(seconds * 1e9)) : nil
    }

    /// The time from `now` until an RFC 3339 timestamp (`2025-01-15T14:24:00Z`), at least zero.
    static func until(_ text: String, now: Date) -> Duration? {
        guard let date = rfc3339(text) else { return nil }
        let seconds = max(0, date.timeIntervalSince(now))
        return .nanoseconds(Int64(seconds * 1e9))
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`.
    static func rfc3339(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for index in start..<(start + length) {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        var offset = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
            index + 5 < bytes.count, let offsetHour = number(index + 1, 2), let offsetMinute = number(index + 4, 2)
        {
            offset = (offsetHour * 3600 + offsetMinute * 60) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        }
        // Days from the civil date (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return Date(timeIntervalSince1970: seconds)
    }
}
