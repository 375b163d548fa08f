import Verification

extension ExperimentRun {
    /// The code verifier of this run, or `nil` when this build has none.
    func makeCodeVerifier() async throws(RunError) -> (@Sendable (String, String?, String) async -> VerificationResult)?
    {
        nil
    }
}
