internal import Foundation

/// The Hugging Face cache layout, shared with `huggingface_hub`.
///
///
/// ```
/// $HF_HUB_CACHE/datasets--owner--name/
///   blobs/<etag>                       content ("<etag>.incomplete" while downloading)
///   refs/<revision>                    the commit a branch or tag pointed at
///   snapshots/<commit>/<path>          relative symlink to ../../blobs/<etag>
/// $HF_HUB_CACHE/.locks/datasets--owner--name/<etag>.lock
/// ```
struct HubCache: Sendable {
    /// The cache root (`…/hub`).
    let root: String

    /// The repository's folder.
    func repoFolder(_ repo: String) -> String {
        (root as NSString).appendingPathComponent(HubRepositoryReference(id: repo).cacheFolderName)
    }

    /// The commit cached for `revision`: the revision itself when it is a commit, else `refs/<revision>`.
    func commit(_ repo: String, revision: String) -> String? {
        if HubRepositoryReference.isCommit(revision) {
            let snapshot = (repoFolder(repo) as NSString).appendingPathComponent("snapshots/\(revision)")
            return FileManager.default.fileExists(atPath: snapshot) ? revision : nil
        }
        let ref = (repoFolder(repo) as NSString).appendingPathComponent("refs/\(revision)")
        guard let text = try? String(contentsOfFile: ref, encoding: .utf8) else { return nil }
        let commit = text.trimmingWhitespace()
        return commit.isEmpty ? nil : commit
    }

    /// Records that `revision` points at `commit` (nothing for a commit revision).
    func writeRef(_ repo: String, revision: String, commit: String) throws(DatasetError) {
        guard !HubRepositoryReference.isCommit(revision) else { return }
        let ref = (repoFolder(repo) as NSString).appendingPathComponent("refs/\(revision)")
        do {
            try FileManager.default.createDirectory(
                atPath: (ref as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            if (try? String(contentsOfFile: ref, encoding: .utf8)) != commit {
                try Data(commit.utf8).write(to: URL(fileURLWithPath: ref), options: .atomic)
            }
        } catch {
            throw DatasetError(.localFile, "cannot write the cache ref \(ref): \(error.localizedDescription)")
        }
    }

    /// The snapshot path of `path` at `commit`.
    func snapshotPath(_ repo: String, commit: String, path: String) -> String {
        (repoFolder(repo) as NSString).appendingPathComponent("snapshots/\(commit)/\(path)")
    }

    /// The cached file of `path` at `commit`, when it is complete.
    func cachedFile(_ repo: String, commit: String, path: String) -> String? {
        let snapshot = snapshotPath(repo, commit: commit, path: path)
        return FileManager.default.fileExists(atPath: snapshot) ? snapshot : nil
    }

    /// The blob path of `etag`.
    func blobPath(_ repo: String, etag: String) -> String {
        (repoFolder(repo) as NSString).appendingPathComponent("blobs/\(etag)")
    }

    /// The lock file guarding the download of `etag`.
    func lockPath(_ repo: String, etag: String) -> String {
        (root as NSString).appendingPathComponent(
            ".locks/\(HubRepositoryReference(id: repo).cacheFolderName)/\(etag).lock"
        )
    }

    /// Links `snapshots/<commit>/<path>` to `blobs/<etag>` with a relative symlink, as `huggingface_hub` does.
    func link(_ repo: String, commit: String, path: String, etag: String) throws(DatasetError) {
        let snapshot = snapshotPath(repo, commit: commit, path: path)
        let depth = path.split(separator: "/").count - 1 + 2
        let target = String(repeating: "../", count: depth) + "blobs/\(etag)"
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                atPath: (snapshot as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            if (try? manager.destinationOfSymbolicLink(atPath: snapshot)) == target { return }
            try? manager.removeItem(atPath: snapshot)
            try manager.createSymbolicLink(atPath: snapshot, withDestinationPath: target)
        } catch {
            throw DatasetError(.localFile, "cannot link \(snapshot) in the cache: \(error.localizedDescription)")
        }
    }

    /// Every file of the snapshot at `commit`, relative to it, sorted.
    func snapshotFiles(_ repo: String, commit: String) -> [String] {
        let folder = (repoFolder(repo) as NSString).appendingPathComponent("snapshots/\(commit)")
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = (folder as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    /// Writes a small file (the card) straight into the cache as blob + snapshot link.
    func store(_ repo: String, commit: String, path: String, etag: String, bytes: [UInt8]) throws(DatasetError) {
        let blob = blobPath(repo, etag: etag)
        do {
            try FileManager.default.createDirectory(
                atPath: (blob as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            try Data(bytes).write(to: URL(fileURLWithPath: blob), options: .atomic)
        } catch {
            throw DatasetError(.localFile, "cannot write \(blob) in the cache: \(error.localizedDescription)")
        }
        try link(repo, commit: commit, path: path, etag: etag)
    }
}
