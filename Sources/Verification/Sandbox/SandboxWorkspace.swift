import Foundation

/// A host folder holding a program's files, mounted at ``mountPath`` inside the sandbox.
///
/// Read-only for runs; writable only for steps that ask for it (compiling). Create one with
/// ``Sandbox/withWorkspace(files:_:)``, which removes it afterwards.
public struct SandboxWorkspace: Sendable, Hashable {
    /// The folder on the host.
    public let hostPath: String
    /// Where the program sees the folder (`/src` in the sandbox, the host path without one).
    public let mountPath: String

    /// The path of `name` as the program sees it.
    public func path(_ name: String) -> String { "\(mountPath)/\(name)" }
}
