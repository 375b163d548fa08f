/// The tests derived from one problem statement, and how to run and compare them.
public struct TestDerivation: Sendable, Hashable, Codable {
    /// How programs receive the tests.
    public var style: ProblemStyle
    /// The tests, statement examples first.
    public var tests: [DerivedTest]
    /// How outputs are compared.
    public var comparison: OutputComparison

    /// Creates a derivation.
    public init(style: ProblemStyle, tests: [DerivedTest], comparison: OutputComparison) {
        self.style = style
        self.tests = tests
        self.comparison = comparison
    }

    /// Derives tests from a problem statement (and the reference program, which tells a function-style
    /// problem's entry point when the statement does not).
    ///
    /// Standard-I/O problems: the statement's Input/Output examples (`Sample Input 1`, `Example`,
    /// `-----Examples-----`, fenced or not), plus inputs made from them: each case of a multi-case example
    /// run alone, all cases together repeated three times, and the smallest single value the constraints
    /// allow. Function-style problems (`class Solution`, a named function, `>>>` doctests): calls with
    /// their expected return values.
    ///
    /// - Parameters:
    ///   - statement: the problem as the model saw it.
    ///   - reference: the dataset's reference program, if any.
    /// - Returns: the style, the tests (possibly none) and the comparison rules.
    public static func derive(statement: String, reference: CandidateProgram? = nil) -> TestDerivation {
        let comparison = OutputComparison(statement: statement)
        let style = FunctionStyleParser.style(statement: statement, reference: reference)
        switch style {
        case .standardIO:
            let examples = ExampleParser.examples(in: statement)
            let extra = InputVariations.variations(of: examples.map(\.input), statement: statement)
            return TestDerivation(style: style, tests: examples + extra, comparison: comparison)
        case .function(let name, _):
            let tests = FunctionStyleParser.tests(in: statement, functionName: name)
            return TestDerivation(style: style, tests: tests, comparison: comparison)
        }
    }
}
