internal import Parquet
internal import Synchronization

/// A dataset that has been found (a local file or folder, or a Hub repository at one commit): it lists
/// its splits and opens its files for reading.
protocol DatasetLocation: Sendable {
    /// What ``Query/Source/dataset`` says: the repo id or the local path.
    var name: String { get }
    /// The commit, for Hub datasets.
    var revision: String? { get }
    /// Whether rows must be assigned to splits by their `category` column (one file serving several splits).
    var splitsByCategory: Bool { get }
    /// The dataset's splits and their files; `requested` lets a single local file serve every split asked for.
    func dataFiles(requested: [String]) async throws(DatasetError) -> DataFiles
    /// Opens one data file (repository-relative `path`) for reading, counting bytes read into `counter`.
    func open(_ path: String, counter: ByteCounter) async throws(DatasetError) -> OpenedFile
}

/// A data file opened for reading.
struct OpenedFile: Sendable {
    /// Reads its rows.
    var reader: any RowReader
    /// Its size in bytes.
    var size: Int64
}

/// Counts bytes read, shared by every file of one load.
final class ByteCounter: Sendable {
    private let total = Mutex<Int64>(0)

    /// Adds `count` bytes.
    func add(_ count: Int) {
        total.withLock { $0 += Int64(count) }
    }

    /// Bytes counted so far.
    var value: Int64 { total.withLock { $0 } }
}

/// A ``ByteSource`` that counts what it reads and keeps the file's tail once read.
///
/// The Parquet reader fetches the last 64 KiB for the footer; reads that fall inside that tail later (all
/// of a small file's row groups) are served from memory instead of fetched again.
final class CountingByteSource: ByteSource {
    let base: any ByteSource
    let counter: ByteCounter
    private let tail = Mutex<(offset: Int64, bytes: [UInt8])?>(nil)

    init(base: any ByteSource, counter: ByteCounter) {
        self.base = base
        self.counter = counter
    }

    var name: String { base.name }

    func size() async throws -> Int64 {
        try await base.size()
    }

    func read(offset: Int64, length: Int) async throws -> [UInt8] {
        if let cached = tail.withLock({ $0 }), offset >= cached.offset,
            offset + Int64(length) <= cached.offset + Int64(cached.bytes.count)
        {
            let start = Int(offset - cached.offset)
            return Array(cached.bytes[start..<(start + length)])
        }
        let bytes = try await base.read(offset: offset, length: length)
        counter.add(bytes.count)
        if length >= 4096, offset + Int64(length) == (try? await base.size()) {
            tail.withLock { $0 = (offset, bytes) }
        }
        return bytes
    }
}

extension DatasetLocation {
    /// The reader for a file by its extension: Parquet, else JSON Lines.
    static func reader(for path: String, source: any ByteSource) async throws(DatasetError) -> any RowReader {
        if path.lowercased().hasSuffix(".parquet") {
            return try await ParquetRowReader.open(source)
        }
        return JSONLinesReader(source: source)
    }
}
