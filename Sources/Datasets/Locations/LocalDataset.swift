internal import Foundation
internal import Parquet

/// A dataset on disk: one Parquet or JSON Lines file, or a folder laid out like a Hub dataset (a
/// `README.md` card with `configs`, or `data/{split}-00000-of-00001.parquet`, or one file per split).
struct LocalDataset: DatasetLocation {
    /// The path as given (for messages and ``Query/Source``).
    let name: String
    /// The absolute path.
    let url: URL
    /// Whether the path is a single file.
    let isFile: Bool
    var revision: String? { nil }
    var splitsByCategory: Bool { isFile && requestedCount > 1 }
    private var requestedCount = 1

    /// Finds `path`; fails when it does not exist.
    init(path: String) throws(DatasetError) {
        let expanded = (path as NSString).expandingTildeInPath
        url = URL(fileURLWithPath: expanded).standardizedFileURL
        name = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DatasetError(.localFile, "dataset path \(path) does not exist")
        }
        isFile = !isDirectory.boolValue
    }

    /// A copy that knows how many splits were asked for (a single file then splits rows by `category`).
    func requesting(_ count: Int) -> LocalDataset {
        var copy = self
        copy.requestedCount = count
        return copy
    }

    func dataFiles(requested: [String]) async throws(DatasetError) -> DataFiles {
        if isFile {
            let file = url.lastPathComponent
            var splits: [String: [String]] = [:]
            for split in requested { splits[split] = [file] }
            return DataFiles(splits: splits, order: requested, config: nil)
        }
        var card: RowValue?
        let readme = url.appendingPathComponent("README.md")
        if let text = try? String(contentsOf: readme, encoding: .utf8) { card = DatasetCard.header(of: text) }
        return DataFiles.resolve(card: card, paths: listFiles())
    }

    func open(_ path: String, counter: ByteCounter) async throws(DatasetError) -> OpenedFile {
        let fileURL = isFile ? url : url.appendingPathComponent(path)
        let base = FileByteSource(path: fileURL.path)
        let size: Int64
        do {
            size = try await base.size()
        } catch {
            throw DatasetError(.localFile, "cannot read \(fileURL.path): \(error.localizedDescription)")
        }
        let source = CountingByteSource(base: base, counter: counter)
        return OpenedFile(reader: try await Self.reader(for: path, source: source), size: size)
    }

    /// Every file under the folder, relative to it, skipping hidden folders.
    private func listFiles() -> [String] {
        let root = url.path.hasSuffix("/") ? url.path : url.path + "/"
        guard
            let enumerator = FileManager.default.enumerator(
                at: url,
                includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]
            )
        else { return [] }
        var paths: [String] = []
        for case let file as URL in enumerator {
            let resolved = file.standardizedFileURL.path
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                resolved.hasPrefix(root)
            else { continue }
            paths.append(String(resolved.dropFirst(root.count)))
        }
        return paths.sorted()
    }
}
