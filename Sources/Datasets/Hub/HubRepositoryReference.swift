internal import Foundation

/// A dataset repository on the Hub: `owner/name`, optionally `@revision` (a branch, tag or commit).
struct HubRepositoryReference: Sendable, Hashable, CustomStringConvertible {
    /// `owner/name`.
    var id: String
    /// The revision asked for (default `main`).
    var revision: String

    init(id: String, revision: String = "main") {
        self.id = id
        self.revision = revision
    }

    /// Parses `owner/name[@revision]`.
    init(parsing text: String) throws(DatasetError) {
        var id = text
        var revision = "main"
        if let at = text.firstIndex(of: "@") {
            id = String(text[..<at])
            revision = String(text[text.index(after: at)...])
        }
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2
            && parts.allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
            }
        guard valid, !revision.isEmpty else {
            throw DatasetError(
                .invalidArgument,
                "'\(text)' is neither an existing local path nor a Hub dataset id like owner/name (or owner/name@revision)"
            )
        }
        self.init(id: id, revision: revision)
    }

    /// The cache folder name: `datasets--owner--name`.
    var cacheFolderName: String {
        "datasets--" + id.replacingOccurrences(of: "/", with: "--")
    }

    var description: String {
        revision == "main" ? id : "\(id)@\(revision)"
    }

    /// Whether `revision` is a full commit hash.
    static func isCommit(_ revision: String) -> Bool {
        revision.count == 40 && revision.allSatisfy(\.isHexDigit)
    }
}
