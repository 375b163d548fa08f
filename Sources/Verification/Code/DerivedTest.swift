/// One test derived from a problem: an input, and the expected output when the statement gives it.
public struct DerivedTest: Sendable, Hashable, Codable {
    /// Where a test came from.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// An Input/Output example of the statement.
        case statementExample = "statement_example"
        /// A `>>>` doctest of the statement.
        case doctest
        /// An `Example:` call of a function-style statement.
        case functionExample = "function_example"
        /// One case of a multi-case example, run alone (`t = 1`).
        case singleCase = "single_case"
        /// All cases of all examples together, repeated.
        case repeatedCases = "repeated_cases"
        /// The smallest value the constraints allow, for a single-number input.
        case smallestValue = "smallest_value"
    }

    /// Standard input (standard-I/O problems), or the call's argument list (function-style problems).
    public var input: String
    /// The output the statement gives, if any; derived inputs have none.
    public var expectedOutput: String?
    /// Where the test came from.
    public var origin: Origin

    /// Creates a test.
    public init(input: String, expectedOutput: String?, origin: Origin) {
        self.input = input
        self.expectedOutput = expectedOutput
        self.origin = origin
    }
}
