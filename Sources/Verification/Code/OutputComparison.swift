import Foundation

/// How outputs are compared, read from the statement the way a judge would apply it.
public struct OutputComparison: Sendable, Hashable, Codable {
    /// Relative and absolute tolerance for numbers written with a decimal point or exponent.
    public var floatTolerance: Double
    /// The statement accepts the lines (or tokens of a one-line answer) in any order.
    public var anyOrder: Bool
    /// The statement accepts `YES`/`yes`/`Yes` alike.
    public var caseInsensitive: Bool
    /// The statement accepts any of several correct answers, so a difference is not proof of a wrong one.
    public var multipleAnswers: Bool

    /// Creates a comparison.
    public init(
        floatTolerance: Double = 1e-6,
        anyOrder: Bool = false,
        caseInsensitive: Bool = false,
        multipleAnswers: Bool = false
    ) {
        self.floatTolerance = floatTolerance
        self.anyOrder = anyOrder
        self.caseInsensitive = caseInsensitive
        self.multipleAnswers = multipleAnswers
    }

    /// Reads the tolerance, order and case rules from a problem statement.
    public init(statement: String) {
        let text = statement.lowercased()
        self.init()
        if let tolerance = Self.statedTolerance(text) { floatTolerance = tolerance }
        anyOrder = ["in any order", "any order", "order does not matter", "order doesn't matter", "arbitrary order"]
            .contains { text.contains($0) }
        caseInsensitive = ["in any case", "any register", "case-insensitive", "case insensitive", "any letter case"]
            .contains { text.contains($0) }
        multipleAnswers = [
            "print any of them", "output any of them", "print any one", "output any one",
            "any of them will be accepted",
            "multiple possible answers", "multiple answers", "multiple solutions", "any valid", "any correct answer",
            "any possible answer", "if there are several", "if there are multiple",
        ]
        .contains { text.contains($0) }
    }

    /// A tolerance like `10^{-6}`, `10^-9`, `1e-4` or `10−6` near the words error/precision/tolerance.
    private static func statedTolerance(_ text: String) -> Double? {
        guard text.contains("error") || text.contains("precision") || text.contains("tolerance") else { return nil }
        let patterns = [
            #"10\s*\^\s*\{?\s*[-−–]\s*(\d+)\s*\}?"#,
            #"1\s*e\s*[-−–]\s*(\d+)"#,
            #"10\s*[-−–](\d+)"#,
        ]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let range = NSRange(text.startIndex..., in: text)
            if let match = regex.firstMatch(in: text, range: range),
                let exponentRange = Range(match.range(at: 1), in: text),
                let exponent = Int(text[exponentRange]), exponent > 0, exponent < 20
            {
                return pow(10, -Double(exponent))
            }
        }
        return nil
    }
}
