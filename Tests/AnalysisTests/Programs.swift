import Foundation
import TestSupport

/// Runs programs for the tests: the built `bon`, python3 with the fixture scripts, Chromium.
enum Programs {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with `arguments`, capturing both streams through files (no pipe deadlocks).
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 300) throws -> Output {
        let folder = try TemporaryDirectory(prefix: "bon-analysis-run")
        defer { folder.remove() }
        let outPath = folder.path("stdout")
        let errPath = folder.path("stderr")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        )
    }

    /// Runs the built `bon`.
    static func bon(_ arguments: [String]) throws -> Output {
        try run(RepositoryPaths.bonExecutable.path, arguments)
    }

    /// Runs `python3 Fixtures/<script> arguments…`.
    static func python(_ script: String, _ arguments: [String]) throws -> Output {
        let path = RepositoryPaths.root.appendingPathComponent("Tests/AnalysisTests/Fixtures/\(script)").path
        return try run("/usr/bin/env", ["python3", path] + arguments)
    }

    /// Writes a synthetic result file with pyarrow (Fixtures/make_results.py) and returns its path.
    static func makeResults(in folder: TemporaryDirectory, name: String, _ arguments: [String]) throws -> String {
        let path = folder.path(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true
        )
        let output = try python("make_results.py", [path] + arguments)
        guard output.status == 0 else {
            throw FixtureError(message: "make_results.py failed: \(output.stderr)")
        }
        return path
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
