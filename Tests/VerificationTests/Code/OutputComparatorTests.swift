import Testing
import Verification

@Suite struct OutputComparatorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let statement: String
        let actual: String
        let expected: String
        let matches: Bool
        var testDescription: String { "\(actual.debugDescription) vs \(expected.debugDescription)" }
    }

    static let cases: [Case] = [
        Case(statement: "", actual: "1 2 3\n", expected: "1  2 3", matches: true),
        Case(statement: "", actual: "1\n2\n\n\n", expected: "1\n2\n", matches: true),
        Case(statement: "", actual: "1 2\n", expected: "1\n2\n", matches: false),
        Case(statement: "", actual: "YES\n", expected: "yes\n", matches: false),
        Case(statement: "Print YES or NO in any case.", actual: "YES\n", expected: "yes\n", matches: true),
        Case(statement: "", actual: "0.3333333\n", expected: "0.333333333\n", matches: true),
        Case(statement: "", actual: "0.3334\n", expected: "0.3333\n", matches: false),
        Case(
            statement: "Answers within an absolute error of 10^{-2} are accepted.",
            actual: "0.334",
            expected: "0.33",
            matches: true
        ),
        Case(statement: "", actual: "1000000.5\n", expected: "1000000.4999999\n", matches: true),
        Case(statement: "", actual: "10\n", expected: "10.0000001\n", matches: true),
        Case(statement: "", actual: "3 1 2\n", expected: "1 2 3\n", matches: false),
        Case(
            statement: "You may print the numbers in any order.",
            actual: "3 1 2\n",
            expected: "1 2 3\n",
            matches: true
        ),
        Case(statement: "Print the lines in any order.", actual: "b\na\n", expected: "a\nb\n", matches: true),
        Case(statement: "", actual: "", expected: "1\n", matches: false),
    ]

    @Test(arguments: cases)
    func comparesLikeAJudge(_ item: Case) {
        let comparator = OutputComparator(comparison: OutputComparison(statement: item.statement))
        #expect((comparator.firstDifference(actual: item.actual, expected: item.expected) == nil) == item.matches)
    }

    @Test func differenceNamesTheFirstDifferingLine() {
        let comparator = OutputComparator(comparison: OutputComparison())
        #expect(comparator.firstDifference(actual: "1\n5\n", expected: "1\n6\n") == "line 2: expected `6`, got `5`")
    }
}
