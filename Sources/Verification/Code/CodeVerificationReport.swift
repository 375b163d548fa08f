/// Everything the code verifier did for one candidate: the derived tests, the reference check,
/// each test's result, and the final ``VerificationResult``.
public struct CodeVerificationReport: Sendable, Hashable {
    /// The tests derived from the statement, and how they are run and compared.
    public var derivation: TestDerivation
    /// The candidate's program, if the response held one.
    public var candidate: CandidateProgram?
    /// The reference program, if one was given and held code.
    public var reference: CandidateProgram?
    /// How many statement examples with an expected output the reference passed, out of how many.
    public var referenceChecks: (passed: Int, total: Int)
    /// The tests actually used, with the candidate's result on each.
    public var results: [CodeTestResult]
    /// The verdict.
    public var result: VerificationResult

    /// Creates a report.
    public init(
        derivation: TestDerivation,
        candidate: CandidateProgram?,
        reference: CandidateProgram?,
        referenceChecks: (passed: Int, total: Int),
        results: [CodeTestResult],
        result: VerificationResult
    ) {
        self.derivation = derivation
        self.candidate = candidate
        self.reference = reference
        self.referenceChecks = referenceChecks
        self.results = results
        self.result = result
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.derivation == rhs.derivation && lhs.candidate == rhs.candidate && lhs.reference == rhs.reference
            && lhs.referenceChecks == rhs.referenceChecks && lhs.results == rhs.results && lhs.result == rhs.result
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(derivation)
        hasher.combine(results)
        hasher.combine(result)
    }
}
