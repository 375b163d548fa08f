import Testing
import Verification

@Suite struct VerdictTests {
    @Test(arguments: Verdict.allCases)
    func onlyCorrectIsVerified(verdict: Verdict) {
        let result = VerificationResult(
            verdict: verdict,
            extractedAnswer: nil,
            method: "m",
            confidence: 1,
            explanation: ""
        )
        #expect(result.isVerified == (verdict == .correct))
    }

    @Test func verdictNamesMatchTheResultSchema() {
        #expect(
            Verdict.allCases.map(\.rawValue) == [
                "correct", "incorrect", "no_answer", "refused", "timeout", "generation_error", "verifier_error",
            ]
        )
    }

    @Test func errorsAreTheFailuresThatAreNotTheAnswers() {
        #expect(Verdict.allCases.filter(\.isError) == [.timeout, .generationError, .verifierError])
    }
}
