import Verification

/// One sandbox (and pool) for the whole test run, as the run engine shares one per process.
enum SharedSandbox {
    private static let creation = Task { try await Sandbox.create() }

    /// The shared bubblewrap sandbox.
    static var value: Sandbox {
        get async throws { try await creation.value }
    }
}
