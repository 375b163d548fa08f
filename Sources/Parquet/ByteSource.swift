import Foundation

/// Random access to the bytes of a Parquet file: a local file, or a remote one read by HTTP ranges.
///
/// The reader asks for the footer first and then only the byte ranges of the row groups and
/// columns it needs, so a source that fetches ranges lazily keeps memory and traffic bounded.
public protocol ByteSource: Sendable {
    /// A name for error messages (a path or a URL without credentials).
    var name: String { get }
    /// The total size in bytes.
    func size() async throws -> Int64
    /// Reads exactly `length` bytes starting at `offset`.
    ///
    /// - Throws: when the range lies outside the file or cannot be read.
    func read(offset: Int64, length: Int) async throws -> [UInt8]
}

/// A ``ByteSource`` over a local file, reading with `pread` so concurrent reads need no locking.
public struct FileByteSource: ByteSource {
    /// The file's path.
    public let path: String
    public var name: String { path }

    /// Opens nothing yet; each read opens the file, so the source can be shared freely.
    public init(path: String) {
        self.path = path
    }

    public func size() async throws -> Int64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        guard let size = attributes[.size] as? NSNumber else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return size.int64Value
    }

    public func read(offset: Int64, length: Int) async throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        let data = try handle.read(upToCount: length) ?? Data()
        guard data.count == length else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
        }
        return [UInt8](data)
    }
}
