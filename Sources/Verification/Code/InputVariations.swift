import Foundation

/// Extra standard inputs made from a statement's examples, valid by construction.
///
/// They have no expected output: the reference program's output on them is the expectation
/// (differential testing), and a variation the reference itself fails on is dropped.
enum InputVariations {
    /// At most this many extra inputs per problem.
    static let maximum = 6

    static func variations(of inputs: [String], statement: String) -> [DerivedTest] {
        var extra: [DerivedTest] = []
        let lowered = statement.lowercased()
        if lowered.contains("test case") || lowered.contains("testcase") {
            extra += multiCase(inputs)
        }
        extra += smallestValues(inputs, statement: statement)
        var seen = Set(inputs)
        return extra.filter { seen.insert($0.input).inserted }.prefix(maximum).map { $0 }
    }

    /// For inputs shaped "t, then t cases of k lines each": each case alone, and every case thrice.
    private static func multiCase(_ inputs: [String]) -> [DerivedTest] {
        var cases: [[String]] = []
        var linesPerCase: Int?
        for input in inputs {
            let lines = input.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            guard let first = lines.first, let count = Int(first.trimmingCharacters(in: .whitespaces)),
                count >= 1, lines.count > 1, (lines.count - 1) % count == 0
            else { return [] }
            let size = (lines.count - 1) / count
            guard linesPerCase == nil || linesPerCase == size else { return [] }
            linesPerCase = size
            for index in 0..<count {
                cases.append(Array(lines[(1 + index * size)..<(1 + (index + 1) * size)]))
            }
        }
        guard !cases.isEmpty else { return [] }
        var tests: [DerivedTest] = []
        if cases.count > 1 {
            for single in cases.prefix(3) {
                tests.append(
                    DerivedTest(
                        input: (["1"] + single).joined(separator: "\n") + "\n",
                        expectedOutput: nil,
                        origin: .singleCase
                    )
                )
            }
        }
        let repeated = Array(repeating: cases, count: 3).flatMap { $0 }
        let text = ([String(repeated.count)] + repeated.flatMap { $0 }).joined(separator: "\n") + "\n"
        tests.append(DerivedTest(input: text, expectedOutput: nil, origin: .repeatedCases))
        return tests
    }

    /// For a single-integer input: the lower bound of the first constraint like `1 ≤ n ≤ 10^5`.
    private static func smallestValues(_ inputs: [String], statement: String) -> [DerivedTest] {
        guard !inputs.isEmpty,
            inputs.allSatisfy({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) != nil }),
            let regex = try? NSRegularExpression(
                pattern: #"(-?\d+)\s*(?:≤|<=|\\le(?:q)?|\$\\le(?:q)?\$)\s*\$?\s*[a-zA-Z]\w*\s*\$?\s*(?:≤|<=|\\le)"#
            )
        else { return [] }
        let range = NSRange(statement.startIndex..., in: statement)
        guard let match = regex.firstMatch(in: statement, range: range),
            let boundRange = Range(match.range(at: 1), in: statement),
            let bound = Int(statement[boundRange])
        else { return [] }
        return [bound, bound + 1].map { DerivedTest(input: "\($0)\n", expectedOutput: nil, origin: .smallestValue) }
    }
}
