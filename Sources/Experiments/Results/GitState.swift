import Foundation

/// The repository's commit and whether a file had uncommitted changes, for the result metadata.
struct GitState: Sendable {
    var commit: String?
    var configDirty: Bool?

    /// Reads the state of the git repository holding `file`; `nil` fields when git or a repository is absent.
    static func read(for file: String) -> GitState {
        let folder = (file as NSString).deletingLastPathComponent
        let commit = run(["-C", folder, "rev-parse", "HEAD"])?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let commit, !commit.isEmpty else { return GitState(commit: nil, configDirty: nil) }
        let status = run(["-C", folder, "status", "--porcelain", "--", file])
        return GitState(commit: commit, configDirty: status.map { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    private static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
