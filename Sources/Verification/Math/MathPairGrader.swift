import Foundation

/// Grades a JSON Lines batch of `{gold, response, expected?, id?, category?}` pairs and tallies the errors.
///
/// `bon verify math --pairs FILE.jsonl` is a thin wrapper over this type.
public struct MathPairGrader: Sendable {
    /// One graded line.
    public struct Graded: Sendable {
        /// The input's `id`, when it had one.
        public var id: String?
        /// The input's `category`, or `uncategorized`.
        public var category: String
        /// What the input said the verdict should be, when it said.
        public var expected: Verdict?
        /// The verifier's result.
        public var result: VerificationResult

        /// Creates a graded case.
        public init(id: String?, category: String, expected: Verdict?, result: VerificationResult) {
            self.id = id
            self.category = category
            self.expected = expected
            self.result = result
        }
    }

    /// Counts for one category.
    public struct Tally: Sendable, Equatable {
        public var cases = 0
        public var labelled = 0
        public var agreed = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        /// Creates an empty tally.
        public init() {}
    }

    /// Why a batch could not be read.
    public struct InputError: Error, CustomStringConvertible, Sendable {
        /// The 1-based line number.
        public var line: Int
        /// What is wrong.
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The verifier used for every pair.
    public var verifier = MathVerifier()

    /// Creates a grader.
    public init() {}

    /// Parses one JSON line; nil for a blank line.
    ///
    /// - Throws: ``InputError`` when the line is not an object with string fields `gold` and `response`.
    public func parse(
        line: Substring,
        number: Int
    ) throws(InputError) -> (
        id: String?, category: String, gold: String, response: String, expected: Verdict?
    )? {
        if line.allSatisfy(\.isWhitespace) { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw InputError(line: number, message: "not a JSON object")
        }
        guard let gold = object["gold"] as? String else {
            throw InputError(line: number, message: "missing string field \"gold\"")
        }
        guard let response = object["response"] as? String else {
            throw InputError(line: number, message: "missing string field \"response\"")
        }
        var expected: Verdict?
        switch object["expected"] {
        case let b as Bool: expected = b ? .correct : .incorrect
        case let s as String:
            guard let v = Verdict(rawValue: s) else {
                throw InputError(
                    line: number,
                    message: "\"expected\" is \"\(s.prefix(40))\"; use correct, incorrect, no_answer or a boolean"
                )
            }
            expected = v
        case nil, is NSNull: expected = nil
        default: throw InputError(line: number, message: "\"expected\" must be a string or a boolean")
        }
        let id: String? =
            switch object["id"] {
            case let s as String: s
            case let n as NSNumber: n.stringValue
            default: nil
            }
        return (id, (object["category"] as? String) ?? "uncategorized", gold, response, expected)
    }

    /// Grades one parsed pair.
    public func grade(
        id: String?,
        category: String,
        gold: String,
        response: String,
        expected: Verdict?
    ) -> Graded {
        Graded(
            id: id,
            category: category,
            expected: expected,
            result: verifier.verify(gold: gold, response: response)
        )
    }

    /// Adds one graded case to per-category tallies (and the `all` total).
    public static func tally(_ graded: Graded, into tallies: inout [String: Tally]) {
        for key in [graded.category, "all"] {
            var t = tallies[key] ?? Tally()
            t.cases += 1
            if let expected = graded.expected {
                t.labelled += 1
                let accepted = graded.result.verdict == .correct
                let agrees =
                    expected == .noAnswer ? graded.result.verdict == .noAnswer : accepted == (expected == .correct)
                if agrees { t.agreed += 1 }
                if accepted && expected != .correct { t.falsePositives += 1 }
                if !accepted && expected == .correct { t.falseNegatives += 1 }
            }
            tallies[key] = t
        }
    }

    /// One JSON line for `--json`: the id, verdict, `is_verified`, extracted answer, method and confidence.
    public static func jsonLine(_ graded: Graded) -> String {
        var object: [String: Any] = [
            "verdict": graded.result.verdict.rawValue,
            "is_verified": graded.result.isVerified,
            "extracted_answer": graded.result.extractedAnswer ?? NSNull(),
            "method": graded.result.method,
            "confidence": (graded.result.confidence * 1000).rounded() / 1000,
            "explanation": graded.result.explanation,
        ]
        if let id = graded.id { object["id"] = id }
        if let expected = graded.expected { object["expected"] = expected.rawValue }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
