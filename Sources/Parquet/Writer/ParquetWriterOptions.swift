/// Settings for ``ParquetWriter``.
public struct ParquetWriterOptions: Sendable {
    /// The page codec; Snappy by default (as pyarrow).
    public var compression: ParquetCompression = .snappy
    /// The codec's level (zstd, gzip); `nil` uses the codec's default.
    public var compressionLevel: Int32?
    /// A row group is flushed once this many rows are buffered.
    public var rowGroupRowLimit: Int = 1_000_000
    /// A row group is flushed once its buffered data reaches about this many bytes.
    ///
    /// The writer holds about two row groups: one filling while the previous one is encoded and written.
    public var rowGroupByteLimit: Int = 64 * 1024 * 1024
    /// A data page is cut (at a row boundary) once its values reach about this many bytes.
    public var pageByteLimit: Int = 1024 * 1024
    /// Dictionary-encode string columns whose values repeat (a sample decides per column chunk).
    public var dictionary = true
    /// Write min/max/null-count statistics per column chunk.
    public var statistics = true
    /// The footer's `created_by` (name the application and its version).
    public var createdBy = "bon"

    /// Creates options; every setting has a default.
    public init(
        compression: ParquetCompression = .snappy,
        rowGroupRowLimit: Int = 1_000_000,
        rowGroupByteLimit: Int = 64 * 1024 * 1024,
        createdBy: String = "bon"
    ) {
        self.compression = compression
        self.rowGroupRowLimit = rowGroupRowLimit
        self.rowGroupByteLimit = rowGroupByteLimit
        self.createdBy = createdBy
    }
}
