package import Foundation

/// Runs the built `bon` executable and returns its exit status, standard output and standard error.
///
/// `environment` replaces the child's environment when given; `workingDirectory` defaults to the test's.
package func runBon(
    _ arguments: [String],
    workingDirectory: URL? = nil,
    environment: [String: String]? = nil
) throws -> (status: Int32, stdout: String, stderr: String) {
    try runProgram(
        RepositoryPaths.bonExecutable,
        arguments,
        workingDirectory: workingDirectory,
        environment: environment
    )
}

/// Runs `executable` with `arguments` and returns its exit status, standard output and standard error.
///
/// `environment` replaces the child's environment when given; `workingDirectory` defaults to the test's.
package func runProgram(
    _ executable: URL,
    _ arguments: [String],
    workingDirectory: URL? = nil,
    environment: [String: String]? = nil
) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // A child that hangs fails its test after `programTimeout` instead of hanging the whole suite (and CI).
    let pid = process.processIdentifier
    let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + programTimeout, execute: watchdog)
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    var stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    watchdog.cancel()
    if process.terminationReason == .uncaughtSignal, process.terminationStatus == SIGKILL {
        stderr += "\n(test harness: \(executable.lastPathComponent) killed after \(Int(programTimeout)) s)"
    }
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), stderr)
}

/// Longest a program run by the tests may take before it is killed.
package let programTimeout: TimeInterval = 300

/// ``runBon(_:workingDirectory:environment:)`` on a Dispatch thread, for async tests.
///
/// Waiting for a child blocks a thread; in an async test that thread would be one of Swift's few
/// cooperative threads (as many as cores), which an in-process fake server needs to answer that very child.
/// Two suites blocking both threads of a 2-core machine deadlock; this wait never takes one.
package func runBonAsync(
    _ arguments: [String],
    workingDirectory: URL? = nil,
    environment: [String: String]? = nil
) async throws -> (status: Int32, stdout: String, stderr: String) {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(
                with: Result {
                    try runBon(arguments, workingDirectory: workingDirectory, environment: environment)
                }
            )
        }
    }
}
