/// Compares a program's output with the expected one the way online judges do.
///
/// Tokens are compared with whitespace normalised (trailing spaces and blank lines never matter);
/// numbers written with a decimal point or exponent match within the comparison's tolerance
/// (relative or absolute); lines are sorted first when any order is accepted.
public struct OutputComparator: Sendable {
    /// The rules in force.
    public var comparison: OutputComparison

    /// Creates a comparator.
    public init(comparison: OutputComparison) {
        self.comparison = comparison
    }

    /// Where two outputs first differ, or `nil` when they match.
    ///
    /// - Parameters:
    ///   - actual: the program's output.
    ///   - expected: the expected output.
    /// - Returns: a sentence naming the first differing line, or `nil`.
    public func firstDifference(actual: String, expected: String) -> String? {
        var actualLines = normalisedLines(actual)
        var expectedLines = normalisedLines(expected)
        if comparison.anyOrder {
            if actualLines.count == 1 && expectedLines.count == 1 {
                actualLines = [actualLines[0].sorted()]
                expectedLines = [expectedLines[0].sorted()]
            } else {
                actualLines.sort { $0.joined(separator: " ") < $1.joined(separator: " ") }
                expectedLines.sort { $0.joined(separator: " ") < $1.joined(separator: " ") }
            }
        }
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let got = index < actualLines.count ? actualLines[index] : nil
            let want = index < expectedLines.count ? expectedLines[index] : nil
            if let got, let want, linesMatch(got, want) { continue }
            let gotText = got.map { "`\(Self.clip($0.joined(separator: " ")))`" } ?? "nothing"
            let wantText = want.map { "`\(Self.clip($0.joined(separator: " ")))`" } ?? "nothing"
            return "line \(index + 1): expected \(wantText), got \(gotText)"
        }
        return nil
    }

    private func normalisedLines(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline)
            .map { line in
                line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
                    .map { comparison.caseInsensitive ? $0.lowercased() : String($0) }
            }
            .filter { !$0.isEmpty }
    }

    private func linesMatch(_ got: [String], _ want: [String]) -> Bool {
        guard got.count == want.count else { return false }
        return zip(got, want).allSatisfy(tokensMatch)
    }

    func tokensMatch(_ got: String, _ want: String) -> Bool {
        if got == want { return true }
        let isDecimal = { (token: String) in token.contains(".") || token.lowercased().contains("e") }
        guard isDecimal(got) || isDecimal(want), let a = Double(got), let b = Double(want), a.isFinite, b.isFinite
        else { return false }
        let difference = abs(a - b)
        return difference <= comparison.floatTolerance || difference <= comparison.floatTolerance * abs(b)
    }

    private static func clip(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(77)) + "…"
    }
}
