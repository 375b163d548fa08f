import Verification

extension ExperimentRun {
    /// The code verifier of this run: one sandbox pool shared by every code candidate.
    ///
    /// - Throws: ``RunError`` when the sandbox cannot be created (bubblewrap missing or no namespaces),
    ///   with how to fix it; `--unsafe-no-sandbox` runs code without isolation.
    func makeCodeVerifier() async throws(RunError) -> (@Sendable (String, String?, String) async -> VerificationResult)?
    {
        let sandbox: Sandbox
        do {
            sandbox = try await Sandbox.create(
                mode: settings.unsafeNoSandbox ? .unsafeNoSandbox : .bubblewrap,
                concurrency: settings.verificationConcurrency
            )
        } catch {
            throw RunError(.output, "\(error)")
        }
        let verifier = CodeVerifier(sandbox: sandbox)
        return { problem, reference, response in
            await verifier.verify(problem: problem, referenceSolution: reference, response: response)
        }
    }
}
