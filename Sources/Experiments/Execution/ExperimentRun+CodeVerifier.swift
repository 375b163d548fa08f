import Verification

extension ExperimentRun {
    /// The code verifier of this run. Code verification is not in this build yet, so code candidates are
    /// decided by the LLM judge (their local confidence is 0).
    func makeCodeVerifier() async throws(RunError) -> (@Sendable (String, String?, String) async -> VerificationResult)? {
        nil
    }
}
