/// An API key that never prints itself.
///
/// `description`, `debugDescription` and string interpolation show `<redacted>`; only the HTTP layer
/// reads ``reveal()`` to build the auth header.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    /// Wraps a key.
    public init(_ value: String) {
        self.value = value
    }

    /// The key itself, for the auth header only.
    func reveal() -> String { value }

    /// `<redacted>`.
    public var description: String { "<redacted>" }
    /// `APIKey(<redacted>)`.
    public var debugDescription: String { "APIKey(<redacted>)" }

    /// No children, so `dump` and mirrors cannot reach the key.
    public var customMirror: Mirror { Mirror(self, children: [:]) }

    /// `text` with every occurrence of the key (and of its first 16 characters) replaced by `<redacted>`.
    public func redact(_ text: String) -> String {
        guard value.count >= 4 else { return text }
        var result = text.replacingOccurrences(of: value, with: "<redacted>")
        if value.count > 16 {
            result = result.replacingOccurrences(of: String(value.prefix(16)), with: "<redacted>")
        }
        return result
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
