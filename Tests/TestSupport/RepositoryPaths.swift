package import Foundation

/// Paths inside this repository and beside it, found from this source file's location.
package enum RepositoryPaths {
    /// The repository root (the folder holding `Package.swift`).
    package static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `../shared` beside the repository, where the shared fixtures live.
    package static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The built `bon` executable of the current build configuration.
    package static var bonExecutable: URL {
        // Tests run from the build products folder that also holds `bon`.
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.appendingPathComponent("bon"),
            bundle.deletingLastPathComponent().appendingPathComponent("bon"),
            root.appendingPathComponent(".build/debug/bon"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }
}
