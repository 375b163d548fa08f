import Foundation

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
    /// The row group being encoded and written in the background, if any.
    private var pending: RowGroupJob?
    /// Cleared leaf buffers of a written row group, reused for the next one.
    private var spareLeaves: [LeafBuilder]?
    /// Why a background row group failed; every later call reports it.
    private var failure: ParquetError?

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
        _ = pending?.wait()
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
        if let failure { throw failure }
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
            try startRowGroup()
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
        if let failure { throw failure }
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
            try startRowGroup()
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

    /// Writes the buffered rows as a row group now (no-op when nothing is buffered) and waits until it is
    /// written.
    ///
    /// - Throws: ``ParquetError`` `io` when writing fails.
    public func flush() throws(ParquetError) {
        if let failure { throw failure }
        if bufferedRows > 0 { try startRowGroup() }
        try finishPending()
    }

    /// Hands the buffered rows to a background job that encodes, compresses and writes them while the next
    /// row group fills (after the previous job is done: at most one row group is in flight).
    private func startRowGroup() throws(ParquetError) {
        try finishPending()
        guard let handle else { throw ParquetError(.invalidArgument, "the writer is closed", file: path) }
        var handoff = spareLeaves ?? tree.leaves.map(LeafBuilder.init)
        spareLeaves = nil
        swap(&handoff, &leaves)
        pending = RowGroupJob(
            leaves: consume handoff,
            rows: bufferedRows,
            ordinal: rowGroups.count,
            position: position,
            handle: handle,
            options: options,
            path: path
        )
        bufferedRows = 0
    }

    /// Waits for the row group in flight and records it in the footer.
    private func finishPending() throws(ParquetError) {
        guard let job = pending else { return }
        pending = nil
        switch job.wait() {
        case .success(let outcome):
            rowGroups.append(outcome.group)
            position += outcome.bytesWritten
            spareLeaves = job.takeLeaves()
        case .failure(let error):
            failure = error
            throw error
        }
    }

    /// Writes the last row group and the footer, syncs the file to disk and moves it to ``path``.
    ///
    /// - Throws: ``ParquetError`` `io` when writing, syncing or renaming fails (the temporary file is removed).
    public func close() throws(ParquetError) {
        guard !finished else { return }
        do throws(ParquetError) {
            if let failure { throw failure }
            if bufferedRows > 0 || (rowGroups.isEmpty && pending == nil) { try startRowGroup() }
            try finishPending()
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
        _ = pending?.wait()
        pending = nil
        finished = true
        try? handle?.close()
        handle = nil
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }
}
