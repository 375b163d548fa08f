import Foundation

/// A compiled regular expression behind a ``LiteralPrefilter``: texts that hold none of its literals are
/// answered without running the engine.
struct PrefilteredRegex: Sendable {
    /// `nil` only if the pattern does not compile (tests check that every pattern does).
    let regex: NSRegularExpression?
    /// `nil` when the pattern has no required literal; then every text goes to the engine.
    let prefilter: LiteralPrefilter?

    init(_ pattern: String, options: NSRegularExpression.Options = []) {
        regex = try? NSRegularExpression(pattern: pattern, options: options)
        prefilter = LiteralPrefilter(patterns: [pattern], caseInsensitive: options.contains(.caseInsensitive))
    }

    /// The alternation of `patterns`.
    init(anyOf patterns: [String], options: NSRegularExpression.Options = []) {
        self.init(patterns.map { "(?:\($0))" }.joined(separator: "|"), options: options)
    }

    /// The first match in `text`, if any.
    func firstMatch(in text: String) -> NSTextCheckingResult? {
        guard let regex, prefilter?.mayMatch(text) ?? true else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// True when the pattern matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        firstMatch(in: text) != nil
    }
}
