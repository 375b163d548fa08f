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
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}
