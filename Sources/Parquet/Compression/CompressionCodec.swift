import CZlib
import CZstd

/// A page compression codec (`CompressionCodec` in parquet.thrift).
public enum ParquetCompression: Int32, Sendable, Hashable, CaseIterable {
    /// No compression.
    case uncompressed = 0
    /// Snappy raw blocks (pure Swift); pyarrow's default.
    case snappy = 1
    /// A gzip member (zlib).
    case gzip = 2
    /// LZO (not supported).
    case lzo = 3
    /// Brotli (not supported).
    case brotli = 4
    /// Hadoop-framed LZ4 (not supported).
    case lz4 = 5
    /// Zstandard frames (libzstd).
    case zstd = 6
    /// Raw LZ4 blocks (not supported).
    case lz4Raw = 7

    /// The name pyarrow uses (`snappy`, `zstd`, …).
    public var name: String {
        switch self {
        case .uncompressed: "none"
        case .snappy: "snappy"
        case .gzip: "gzip"
        case .lzo: "lzo"
        case .brotli: "brotli"
        case .lz4: "lz4_hadoop"
        case .zstd: "zstd"
        case .lz4Raw: "lz4"
        }
    }

    /// The codec called `name` (`none`, `snappy`, `gzip`, `zstd`), case-insensitively.
    public init?(name: String) {
        guard let codec = Self.allCases.first(where: { $0.name == name.lowercased() }) else {
            if name.lowercased() == "uncompressed" {
                self = .uncompressed
                return
            }
            return nil
        }
        self = codec
    }

    /// Whether this library can read and write the codec.
    public var isSupported: Bool { [.uncompressed, .snappy, .gzip, .zstd].contains(self) }

    /// Decompresses a page body into exactly `size` bytes.
    func decompress(_ input: UnsafeRawBufferPointer, size: Int) throws(ParquetError) -> [UInt8] {
        guard size >= 0, size <= Self.maximumPageSize else {
            throw ParquetError(.corruptPage, "page claims \(size) uncompressed bytes")
        }
        switch self {
        case .uncompressed:
            guard input.count == size else {
                throw ParquetError(.corruptPage, "uncompressed page has \(input.count) bytes but claims \(size)")
            }
            return Array(input.uint8)
        case .snappy:
            return try Snappy.decompress(input, expectedSize: size)
        case .zstd:
            return try Self.zstdDecompress(input, size: size)
        case .gzip:
            return try Self.gzipDecompress(input, size: size)
        default:
            throw ParquetError(.unsupported, "compression codec \(name) is not supported")
        }
    }

    /// Compresses a page body.
    func compress(_ input: UnsafeRawBufferPointer, level: Int32? = nil) throws(ParquetError) -> [UInt8] {
        switch self {
        case .uncompressed: return Array(input.uint8)
        case .snappy: return Snappy.compress(input)
        case .zstd:
            let bound = ZSTD_compressBound(input.count)
            var output = [UInt8](repeating: 0, count: bound)
            let written = output.withUnsafeMutableBytes { out in
                ZSTD_compress(out.baseAddress, bound, input.baseAddress, input.count, level ?? 1)
            }
            guard ZSTD_isError(written) == 0 else {
                throw ParquetError(.io, "zstd compression failed: \(String(cString: ZSTD_getErrorName(written)))")
            }
            output.removeLast(bound - written)
            return output
        case .gzip: return try Self.gzipCompress(input, level: level ?? 6)
        default: throw ParquetError(.unsupported, "compression codec \(name) is not supported for writing")
        }
    }

    /// The largest page this library decompresses (1 GiB); larger claims are treated as corrupt.
    static let maximumPageSize = 1 << 30

    private static func zstdDecompress(_ input: UnsafeRawBufferPointer, size: Int) throws(ParquetError) -> [UInt8] {
        let declared = ZSTD_getFrameContentSize(input.baseAddress, input.count)
        // ZSTD_CONTENTSIZE_UNKNOWN = -1, ZSTD_CONTENTSIZE_ERROR = -2 (as unsigned long long).
        if declared == UInt64.max - 1 || (declared != UInt64.max && declared != UInt64(size)) {
            throw ParquetError(.corruptPage, "zstd frame holds \(declared) bytes but the page header says \(size)")
        }
        var output = [UInt8](repeating: 0, count: size)
        let written = output.withUnsafeMutableBytes { out in
            ZSTD_decompress(out.baseAddress, size, input.baseAddress, input.count)
        }
        guard ZSTD_isError(written) == 0 else {
            throw ParquetError(.corruptPage, "zstd data is corrupt: \(String(cString: ZSTD_getErrorName(written)))")
        }
        guard written == size else {
            throw ParquetError(.corruptPage, "zstd data decompresses to \(written) bytes, expected \(size)")
        }
        return output
    }

    private static func gzipDecompress(_ input: UnsafeRawBufferPointer, size: Int) throws(ParquetError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ParquetError(.io, "zlib initialisation failed")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: size)
        let status = output.withUnsafeMutableBytes { out -> Int32 in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
            stream.avail_in = UInt32(input.count)
            stream.next_out = out.baseAddress?.assumingMemoryBound(to: UInt8.self)
            stream.avail_out = UInt32(size)
            return inflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else {
            throw ParquetError(
                .corruptPage,
                "gzip data is corrupt or decompresses to the wrong size (zlib status \(status), \(stream.total_out) of \(size) bytes)"
            )
        }
        return output
    }

    private static func gzipCompress(_ input: UnsafeRawBufferPointer, level: Int32) throws(ParquetError) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream,
                level,
                Z_DEFLATED,
                15 + 16,
                8,
                Z_DEFAULT_STRATEGY,
                ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)
            ) == Z_OK
        else { throw ParquetError(.io, "zlib initialisation failed") }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(input.count)))
        var output = [UInt8](repeating: 0, count: bound)
        let status = output.withUnsafeMutableBytes { out -> Int32 in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
            stream.avail_in = UInt32(input.count)
            stream.next_out = out.baseAddress?.assumingMemoryBound(to: UInt8.self)
            stream.avail_out = UInt32(bound)
            return deflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END else { throw ParquetError(.io, "gzip compression failed (zlib status \(status))") }
        output.removeLast(bound - Int(stream.total_out))
        return output
    }
}
