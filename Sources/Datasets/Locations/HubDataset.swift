internal import Foundation
internal import Parquet

/// A dataset repository on the Hub, pinned to one commit.
///
/// Online, the commit and card come from the revision API and the file list from the tree API; files are
/// streamed by range (`streaming`) or downloaded into the cache first. Offline (`HF_HUB_OFFLINE=1`, or the
/// Hub unreachable with the revision cached), everything comes from the cache's snapshot.
struct HubDataset: DatasetLocation {
    let reference: HubRepositoryReference
    let commit: String
    let streaming: Bool
    let offline: Bool
    let session: HubSession
    private let card: RowValue?
    private let files: [String]

    var name: String { reference.id }
    var revision: String? { commit }
    var splitsByCategory: Bool { false }

    /// Pins `reference` to a commit and lists its files.
    static func open(
        _ reference: HubRepositoryReference,
        streaming: Bool,
        session: HubSession
    ) async throws(DatasetError) -> HubDataset {
        if session.configuration.offline {
            return try offlineDataset(
                reference,
                streaming: streaming,
                session: session,
                reason: "HF_HUB_OFFLINE is set"
            )
        }
        let info: HubClient.RevisionInfo
        do {
            info = try await session.client.revisionInfo(reference)
        } catch let error where error.code == .network {
            guard session.cache.commit(reference.id, revision: reference.revision) != nil else { throw error }
            session.notice("cannot reach \(session.configuration.endpoint); using the cached snapshot of \(reference)")
            return try offlineDataset(reference, streaming: streaming, session: session, reason: error.message)
        }
        let listing = try await session.client.listFiles(reference.id, commit: info.commit)
        var card = info.card
        if card == nil, listing.contains(where: { $0.path == "README.md" }),
            let bytes = try await session.client.smallFile(reference.id, revision: info.commit, path: "README.md")
        {
            card = DatasetCard.header(of: String(decoding: bytes, as: UTF8.self))
        }
        if !streaming {
            try await cacheCard(reference, commit: info.commit, session: session)
            try session.cache.writeRef(reference.id, revision: reference.revision, commit: info.commit)
        }
        return HubDataset(
            reference: reference,
            commit: info.commit,
            streaming: streaming,
            offline: false,
            session: session,
            card: card,
            files: listing.map(\.path)
        )
    }

    private static func offlineDataset(
        _ reference: HubRepositoryReference,
        streaming: Bool,
        session: HubSession,
        reason: String
    ) throws(DatasetError) -> HubDataset {
        let cache = session.cache
        guard let commit = cache.commit(reference.id, revision: reference.revision) else {
            throw DatasetError(
                .notCached,
                "offline (\(reason)) and the cache \(cache.root) holds no snapshot of \(reference.id) at revision \(reference.revision) (missing \(cache.repoFolder(reference.id))/refs/\(reference.revision)); run once online with streaming: false to fill it"
            )
        }
        let files = cache.snapshotFiles(reference.id, commit: commit)
        var card: RowValue?
        if let readme = cache.cachedFile(reference.id, commit: commit, path: "README.md"),
            let text = try? String(contentsOfFile: readme, encoding: .utf8)
        {
            card = DatasetCard.header(of: text)
        }
        return HubDataset(
            reference: reference,
            commit: commit,
            streaming: streaming,
            offline: true,
            session: session,
            card: card,
            files: files
        )
    }

    /// Stores the dataset card in the cache, so offline runs resolve splits the same way.
    private static func cacheCard(
        _ reference: HubRepositoryReference,
        commit: String,
        session: HubSession
    ) async throws(DatasetError) {
        guard session.cache.cachedFile(reference.id, commit: commit, path: "README.md") == nil else { return }
        do {
            _ = try await HubDownloader(client: session.client, cache: session.cache)
                .download(reference.id, commit: commit, path: "README.md")
        } catch let error where error.code == .entryNotFound {
            return
        }
    }

    func dataFiles(requested: [String]) async throws(DatasetError) -> DataFiles {
        DataFiles.resolve(card: card, paths: files)
    }

    func open(_ path: String, counter: ByteCounter) async throws(DatasetError) -> OpenedFile {
        let cache = session.cache
        let local: String
        if offline {
            guard let cached = cache.cachedFile(reference.id, commit: commit, path: path) else {
                throw DatasetError(
                    .notCached,
                    "offline and \(path) of \(reference.id) at \(commit) is not in the cache (\(cache.snapshotPath(reference.id, commit: commit, path: path)))"
                )
            }
            local = cached
        } else if streaming {
            if let cached = cache.cachedFile(reference.id, commit: commit, path: path) {
                local = cached
            } else {
                let remote = try await HubByteSource.open(
                    client: session.client,
                    repo: reference.id,
                    commit: commit,
                    path: path
                )
                let size = (try? await remote.size()) ?? 0
                let source = CountingByteSource(base: remote, counter: counter)
                return OpenedFile(reader: try await Self.reader(for: path, source: source), size: size)
            }
        } else {
            local = try await HubDownloader(client: session.client, cache: cache)
                .download(reference.id, commit: commit, path: path)
        }
        // Snapshot entries are symlinks into blobs/; read the blob itself (its size, not the link's).
        let base = FileByteSource(path: URL(fileURLWithPath: local).resolvingSymlinksInPath().path)
        let size = (try? await base.size()) ?? 0
        return OpenedFile(
            reader: try await Self.reader(for: path, source: CountingByteSource(base: base, counter: counter)),
            size: size
        )
    }

    /// The same family's other release that has `split` (`owner/name-v2` → `-v1`, …), if any.
    func siblingRelease(having split: String) async throws(DatasetError) -> (location: HubDataset, files: DataFiles)? {
        for id in Self.siblingIDs(of: reference.id) {
            let sibling: HubDataset
            do {
                sibling = try await HubDataset.open(
                    HubRepositoryReference(id: id),
                    streaming: streaming,
                    session: session
                )
            } catch let error where [.repositoryNotFound, .unauthorized, .gated, .notCached].contains(error.code) {
                continue
            }
            let files = try await sibling.dataFiles(requested: [split])
            if files.files(for: split) != nil { return (sibling, files) }
        }
        return nil
    }

    /// `owner/name-vN` → `owner/name-v(N-1)` … `-v1`, then `-v(N+1)`.
    static func siblingIDs(of id: String) -> [String] {
        guard let range = id.range(of: #"-v[0-9]+$"#, options: .regularExpression),
            let version = Int(id[range].dropFirst(2))
        else { return [] }
        let stem = id[..<range.lowerBound]
        let lower = stride(from: version - 1, through: 1, by: -1).map { "\(stem)-v\($0)" }
        return lower + ["\(stem)-v\(version + 1)"]
    }
}
