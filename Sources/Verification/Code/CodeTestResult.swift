/// One derived test, the expectation used for it, and how the candidate did.
public struct CodeTestResult: Sendable, Hashable {
    /// The test.
    public var test: DerivedTest
    /// The output the candidate had to match: the reference program's, else the statement's.
    public var expectedOutput: String
    /// Where ``expectedOutput`` came from: `reference` or `statement`.
    public var expectationSource: String
    /// How the candidate did.
    public var outcome: TestOutcome
    /// What the candidate printed (capped).
    public var actualOutput: String

    /// Creates a result.
    public init(
        test: DerivedTest,
        expectedOutput: String,
        expectationSource: String,
        outcome: TestOutcome,
        actualOutput: String
    ) {
        self.test = test
        self.expectedOutput = expectedOutput
        self.expectationSource = expectationSource
        self.outcome = outcome
        self.actualOutput = actualOutput
    }
}
