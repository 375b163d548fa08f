internal import Crypto
package import Foundation

/// A dataset repository served by ``FakeHub``: files at one commit, optionally gated.
package struct FakeHubRepository: Sendable {
    /// `owner/name`.
    package var id: String
    /// The 40-hex commit `main` points at.
    package var commit: String
    /// Path → content.
    package var files: [String: [UInt8]]
    /// Gated repositories need a token that accepted the terms (see ``FakeHub/Options/authorizedTokens``).
    package var gated: Bool

    /// Creates a repository; the commit is derived from the content unless given.
    package init(id: String, files: [String: [UInt8]], gated: Bool = false, commit: String? = nil) {
        self.id = id
        self.files = files
        self.gated = gated
        var hasher = Insecure.SHA1()
        hasher.update(data: Data(id.utf8))
        for path in files.keys.sorted() {
            hasher.update(data: Data(path.utf8))
            hasher.update(data: Data(files[path] ?? []))
        }
        self.commit = commit ?? hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// A repository holding copies of the files under `folder` (recursively, hidden files skipped).
    package init(id: String, folder: URL, gated: Bool = false) throws {
        var files: [String: [UInt8]] = [:]
        let root = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(
            at: folder,
            includingPropertiesForKeys: nil,
            options: [.skipsHiddenFiles]
        )
        while let url = enumerator?.nextObject() as? URL {
            let path = url.standardizedFileURL.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                path.hasPrefix(root)
            else { continue }
            files[String(path.dropFirst(root.count))] = [UInt8](try Data(contentsOf: url))
        }
        self.init(id: id, files: files, gated: gated)
    }

    /// Whether a file is stored in LFS (served through the CDN host): data files, as on the real Hub.
    static func isLFS(_ path: String) -> Bool {
        [".parquet", ".jsonl", ".json", ".arrow", ".gz", ".zst"].contains { path.hasSuffix($0) }
            && !path.hasSuffix("dataset_info.json")
    }

    /// The sha256 of a file's content (the LFS oid and the `X-Linked-Etag`).
    package static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The git blob sha1 of a file (the `ETag` of small files).
    package static func gitSHA1(_ bytes: [UInt8]) -> String {
        var hasher = Insecure.SHA1()
        hasher.update(data: Data("blob \(bytes.count)\0".utf8))
        hasher.update(data: bytes)
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
