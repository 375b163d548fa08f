/// What the footer says about one row group.
public struct ParquetRowGroupInfo: Sendable {
    /// The number of rows.
    public var rowCount: Int64
    /// The uncompressed size of its column data in bytes.
    public var totalByteSize: Int64
    /// Its column chunks, one per leaf column in schema order.
    public var columns: [ParquetColumnChunkInfo]
}

/// What the footer says about one column chunk.
public struct ParquetColumnChunkInfo: Sendable {
    /// The leaf's path from the top-level field (`messages.list.element.role`).
    public var path: String
    /// The physical type name (`BYTE_ARRAY`, `INT32`, …).
    public var physicalType: String
    /// The compression codec.
    public var compression: ParquetCompression?
    /// The encodings used (`PLAIN`, `RLE`, `RLE_DICTIONARY`, …).
    public var encodings: [String]
    /// The number of level entries (values, nulls and empty lists).
    public var valueCount: Int64
    /// Bytes on disk, page headers included.
    public var compressedSize: Int64
    /// Bytes after decompression, page headers included.
    public var uncompressedSize: Int64
    /// The null count from the statistics, when written.
    public var nullCount: Int64?
    /// The absolute file offset where the chunk's first page (dictionary or data) starts.
    public var startOffset: Int64

    static func encodingName(_ raw: Int32) -> String {
        switch raw {
        case 0: "PLAIN"
        case 2: "PLAIN_DICTIONARY"
        case 3: "RLE"
        case 4: "BIT_PACKED"
        case 5: "DELTA_BINARY_PACKED"
        case 6: "DELTA_LENGTH_BYTE_ARRAY"
        case 7: "DELTA_BYTE_ARRAY"
        case 8: "RLE_DICTIONARY"
        case 9: "BYTE_STREAM_SPLIT"
        default: "ENCODING_\(raw)"
        }
    }
}
