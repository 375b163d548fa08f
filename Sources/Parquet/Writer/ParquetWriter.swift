import Foundation
import Synchronization

/// Writes a Parquet file row by row, flushing a row group whenever it reaches the configured size.
///
/// The file is written under a temporary name beside `path` and appears atomically (fsync, then
/// rename) when ``close()`` succeeds; a writer that is dropped or ``abort()``ed leaves nothing behind.
///
/// ```swift
/// let schema = ParquetSchema([
///     ParquetField("query_id", .string),
///     ParquetField("candidate_idx", .int32),
///     ParquetField("persona_score", .double, nullable: true),
///     ParquetField("messages", .list(ParquetField("element", .structure([
///         ParquetField("role", .string),
///         ParquetField("content", .string, nullable: true),
///     ])))),
/// ])
/// let writer = try ParquetWriter(path: "results.parquet", schema: schema)
/// try writer.append([.string("q1"), .int32(0), .null,
///                    .list([.object(["role": "user", "content": "Hi"])])])
/// writer.metadata["model"] = "claude-sonnet-4-5"
/// try writer.close()
/// ```
///
/// A writer is not thread-safe: use it from one task (or inside one actor).
public final class ParquetWriter {
    /// The final path.
    public let path: String
    /// The schema rows must follow.
    public let schema: ParquetSchema
    /// The options in effect.
    public let options: ParquetWriterOptions
    /// Footer key/value metadata, written at ``close()``.
    ///
    /// It may be changed until then; keys are written sorted.
    public var metadata: [String: String]
    /// Rows appended so far.
    public private(set) var rowCount: Int64 = 0

    private let tree: SchemaTree
    private let elements: [SchemaElement]
    private var leaves: [LeafBuilder]
    private var rowGroups: [RowGroup] = []
    private var bufferedRows = 0
    private var handle: FileHandle?
    private let temporaryPath: String
    private var position: Int64 = 0
    private var finished = false
    private var checkpoint: [(Int, Int, Int, Int)] = []

    /// Creates the temporary file and writes the leading magic.
    ///
    /// - Parameters:
    ///   - path: Where the finished file appears.
    ///   - schema: The columns.
    ///   - options: Codec, sizes, dictionary and statistics settings.
    ///   - metadata: Initial footer key/value metadata.
    /// - Throws: ``ParquetError`` `invalidArgument`/`unsupported` for a schema that cannot be written, `io`
    ///   when the temporary file cannot be created.
    public init(
        path: String,
        schema: ParquetSchema,
        options: ParquetWriterOptions = ParquetWriterOptions(),
        metadata: [String: String] = [:]
    ) throws(ParquetError) {
        guard options.compression.isSupported else {
            throw ParquetError(.unsupported, "cannot write with codec \(options.compression.name)", file: path)
        }
        guard !schema.fields.isEmpty else {
            throw ParquetError(.invalidArgument, "a schema needs at least one field", file: path)
        }
        self.path = path
        self.schema = schema
        self.options = options
        self.metadata = metadata
        do throws(ParquetError) {
            elements = try SchemaTree.elements(for: schema)
            tree = try SchemaTree(elements: elements)
        } catch {
            throw error.located(file: path)
        }
        leaves = tree.leaves.map(LeafBuilder.init)
        let url = URL(fileURLWithPath: path)
        temporaryPath =
            url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporaryPath)
        else {
            throw ParquetError(.io, "cannot create \(temporaryPath)", file: path)
        }
        self.handle = handle
        try write(Array("PAR1".utf8))
    }

    deinit {
        if !finished {
            try? handle?.close()
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
    }

    private func write(_ bytes: [UInt8]) throws(ParquetError) {
        guard let handle else { throw ParquetError(.invalidArgument, "the writer is closed", file: path) }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw ParquetError(.io, "write failed: \(error)", file: path, offset: position)
        }
        position += Int64(bytes.count)
    }

    /// Appends one row: one value per top-level field, in schema order.
    ///
    /// - Throws: ``ParquetError`` `schemaMismatch` when a value does not fit its column (the row is then
    ///   not written, and the writer stays usable); `io` when flushing a row group fails.
    public func append(_ row: [ParquetValue]) throws(ParquetError) {
        guard !finished else { throw ParquetError(.invalidArgument, "the writer is closed", file: path) }
        guard row.count == tree.roots.count else {
            throw ParquetError(
                .schemaMismatch,
                "row has \(row.count) values but the schema has \(tree.roots.count) columns",
                file: path
            )
        }
        // Remember where each leaf stood, to undo a partly shredded row (a reused buffer: no allocation).
        if checkpoint.count != leaves.count { checkpoint = Array(repeating: (0, 0, 0, 0), count: leaves.count) }
        for index in leaves.indices {
            checkpoint[index] = (
                leaves[index].entryCount, leaves[index].definition.count, leaves[index].repetition.count,
                leaves[index].values.count
            )
        }
        do throws(ParquetError) {
            for (index, node) in tree.roots.enumerated() {
                try RecordShredder.shred(row[index], node, parentDefinition: 0, repetition: 0, into: &leaves)
            }
        } catch {
            rollBack(to: checkpoint)
            throw error.located(file: path)
        }
        bufferedRows += 1
        rowCount += 1
        if bufferedRows >= options.rowGroupRowLimit
            || (bufferedRows % 1024 == 0 && bufferedBytes >= options.rowGroupByteLimit)
        {
            try flush()
        }
    }

    /// Appends a batch of rows given column by column, in schema order (the fast path for many rows).
    ///
    /// ```swift
    /// try writer.append(columns: [
    ///     .strings(ids), .int32s(indices), .optionalDoubles(scores),
    ///     .lists(offsets: [0, 2, 3], element: .structs([.strings(roles), .strings(contents)])),
    /// ])
    /// ```
    ///
    /// The batch joins the current row group, which is flushed afterwards if it reached a limit.
    ///
    /// - Throws: ``ParquetError`` `schemaMismatch` when a column's kind or length does not fit (nothing of
    ///   the batch is then written, and the writer stays usable); `io` when flushing fails.
    public func append(columns: [ParquetColumnValues]) throws(ParquetError) {
        guard !finished else { throw ParquetError(.invalidArgument, "the writer is closed", file: path) }
        guard columns.count == tree.roots.count else {
            throw ParquetError(
                .schemaMismatch,
                "batch has \(columns.count) columns but the schema has \(tree.roots.count)",
                file: path
            )
        }
        let count = columns.first?.count ?? 0
        for (index, column) in columns.enumerated() where column.count != count {
            throw ParquetError(
                .schemaMismatch,
                "column '\(tree.roots[index].name)' has \(column.count) rows, the first column \(count)",
                file: path
            )
        }
        let saved = leaves.map { ($0.entryCount, $0.definition.count, $0.repetition.count, $0.values.count) }
        do throws(ParquetError) {
            for (index, node) in tree.roots.enumerated() {
                try BatchShredder.shred(columns[index], node, parentDefinition: 0, slots: nil, into: &leaves)
            }
        } catch {
            rollBack(to: saved)
            throw error.located(file: path)
        }
        bufferedRows += count
        rowCount += Int64(count)
        if bufferedRows >= options.rowGroupRowLimit || bufferedBytes >= options.rowGroupByteLimit {
            try flush()
        }
    }

    /// Appends several rows.
    public func append(rows: [[ParquetValue]]) throws(ParquetError) {
        for row in rows { try append(row) }
    }

    private var bufferedBytes: Int { leaves.reduce(0) { $0 + $1.bufferedBytes } }

    private func rollBack(to saved: [(Int, Int, Int, Int)]) {
        for index in leaves.indices {
            let (entries, definitions, repetitions, values) = saved[index]
            leaves[index].entryCount = entries
            leaves[index].definition.removeLast(leaves[index].definition.count - definitions)
            leaves[index].repetition.removeLast(leaves[index].repetition.count - repetitions)
            leaves[index].values.truncate(to: values)
        }
    }

    /// Writes the buffered rows as a row group now (no-op when nothing is buffered).
    ///
    /// - Throws: ``ParquetError`` `io` when writing fails.
    public func flush() throws(ParquetError) {
        guard bufferedRows > 0 else { return }
        try writeRowGroup()
    }

    private func writeRowGroup() throws(ParquetError) {
        let encoder = ColumnChunkEncoder(options: options)
        var group = RowGroup()
        group.numRows = Int64(bufferedRows)
        group.fileOffset = position
        let groupStart = position
        // Encode and compress the column chunks in parallel, then write them in schema order.
        let encoded = Self.encodeChunks(leaves, encoder: encoder)
        for index in leaves.indices {
            guard let result = encoded[index] else { continue }
            var (bytes, meta) = try result.get()
            meta.dataPageOffset += position
            if let dictionary = meta.dictionaryPageOffset { meta.dictionaryPageOffset = dictionary + position }
            try write(bytes)
            var chunk = ColumnChunk()
            chunk.fileOffset = 0
            chunk.metaData = meta
            group.columns.append(chunk)
            group.totalByteSize += meta.totalUncompressedSize
        }
        // The encoded copies are gone: clearing keeps the buffers' capacity for the next row group.
        for index in leaves.indices { leaves[index].reset() }
        group.totalCompressedSize = position - groupStart
        group.ordinal = Int16(truncatingIfNeeded: rowGroups.count)
        rowGroups.append(group)
        bufferedRows = 0
    }

    private static func encodeChunks(
        _ leaves: [LeafBuilder],
        encoder: ColumnChunkEncoder
    ) -> [Int: Result<([UInt8], ColumnMetaData), ParquetError>] {
        let results = Mutex<[Int: Result<([UInt8], ColumnMetaData), ParquetError>]>([:])
        DispatchQueue.concurrentPerform(iterations: leaves.count) { index in
            let result: Result<([UInt8], ColumnMetaData), ParquetError>
            do throws(ParquetError) {
                let (bytes, meta) = try encoder.encode(leaves[index], fileOffset: 0)
                result = .success((bytes, meta))
            } catch {
                result = .failure(error)
            }
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0 }
    }

    /// Writes the last row group and the footer, syncs the file to disk and moves it to ``path``.
    ///
    /// - Throws: ``ParquetError`` `io` when writing, syncing or renaming fails (the temporary file is removed).
    public func close() throws(ParquetError) {
        guard !finished else { return }
        do throws(ParquetError) {
            if bufferedRows > 0 || rowGroups.isEmpty { try writeRowGroup() }
            var footer = FileMetaData()
            footer.version = 2
            footer.schema = elements
            footer.numRows = rowCount
            footer.rowGroups = rowGroups
            footer.keyValueMetadata = metadata.keys.sorted().map { KeyValue(key: $0, value: metadata[$0]) }
            footer.createdBy = options.createdBy
            footer.columnOrderCount = options.statistics ? tree.leaves.count : 0
            var writer = ThriftWriter()
            footer.encode(into: &writer)
            var tail = writer.bytes
            appendUInt32(UInt32(tail.count), to: &tail)
            tail.append(contentsOf: Array("PAR1".utf8))
            try write(tail)
            do {
                try handle?.synchronize()
                try handle?.close()
            } catch {
                throw ParquetError(.io, "sync failed: \(error)", file: path)
            }
            handle = nil
            guard rename(temporaryPath, path) == 0 else {
                throw ParquetError(.io, "cannot rename \(temporaryPath) to \(path): errno \(errno)", file: path)
            }
            finished = true
        } catch {
            abort()
            throw error
        }
    }

    /// Stops writing and removes the temporary file; ``path`` is left untouched.
    public func abort() {
        finished = true
        try? handle?.close()
        handle = nil
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }
}
