/// A ``ByteSource`` over bytes already in memory (tests, small downloads, in-memory files).
public struct MemoryByteSource: ByteSource {
    /// The bytes.
    public let bytes: [UInt8]
    public let name: String

    /// Wraps `bytes`, naming them `name` in error messages.
    public init(_ bytes: [UInt8], name: String = "<memory>") {
        self.bytes = bytes
        self.name = name
    }

    public func size() async throws -> Int64 { Int64(bytes.count) }

    public func read(offset: Int64, length: Int) async throws -> [UInt8] {
        guard offset >= 0, length >= 0, offset <= Int64(bytes.count), Int64(length) <= Int64(bytes.count) - offset
        else {
            throw ParquetError(.truncated, "range \(offset)+\(length) lies outside \(bytes.count) bytes", file: name)
        }
        return Array(bytes[Int(offset)..<Int(offset) + length])
    }
}
