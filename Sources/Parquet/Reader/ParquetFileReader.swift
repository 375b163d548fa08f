/// Random access to a Parquet file through any ``ByteSource``: the footer first, then single row groups
/// and only the requested columns.
///
/// ```swift
/// let file = try await ParquetFileReader.open(FileByteSource(path: "results.parquet"))
/// for index in file.rowGroups.indices {
///     let group = try await file.readRowGroup(index, columns: ["query_id", "messages"])
///     let ids = try group.column("query_id").strings()
///     let messages = try group.column("messages").values()   // [.list([.object(...)])]
/// }
/// ```
///
/// Memory stays bounded by one row group of the requested columns. The reader is a value type and
/// `Sendable`; several tasks may read different row groups concurrently.
public struct ParquetFileReader: Sendable {
    /// Where the bytes come from.
    public let source: any ByteSource
    /// The file's size in bytes.
    public let fileSize: Int64
    let metadata: FileMetaData
    let tree: SchemaTree
    private let footerStart: Int64

    /// The schema (top-level fields).
    public var schema: ParquetSchema { tree.schema }
    /// The total number of rows.
    public var rowCount: Int64 { metadata.numRows }
    /// The writer named in the footer (`parquet-cpp-arrow version 26.0.1`, `bon version …`).
    public var createdBy: String? { metadata.createdBy }
    /// The format version from the footer (1 or 2).
    public var formatVersion: Int { Int(metadata.version) }

    /// The footer's key/value metadata in file order (including `ARROW:schema` when present).
    public var keyValueMetadata: [(key: String, value: String)] {
        metadata.keyValueMetadata.map { ($0.key, $0.value ?? "") }
    }

    /// Key/value metadata as a dictionary, as pyarrow's `schema.metadata` would show it.
    ///
    /// The footer's pairs, plus the custom metadata stored only inside an `ARROW:schema` entry;
    /// the `ARROW:schema` entry itself is left out.
    public var metadataDictionary: [String: String] {
        var result: [String: String] = [:]
        for pair in metadata.keyValueMetadata where pair.key != "ARROW:schema" {
            result[pair.key] = pair.value ?? ""
        }
        if let arrow = metadata.keyValueMetadata.first(where: { $0.key == "ARROW:schema" })?.value {
            for (key, value) in ArrowSchemaMetadata.customMetadata(base64: arrow) where result[key] == nil {
                result[key] = value
            }
        }
        return result
    }

    /// The row groups as described by the footer.
    public var rowGroups: [ParquetRowGroupInfo] {
        metadata.rowGroups.map { group in
            ParquetRowGroupInfo(
                rowCount: group.numRows,
                totalByteSize: group.totalByteSize,
                columns: group.columns.enumerated().map { index, chunk in
                    let meta = chunk.metaData
                    return ParquetColumnChunkInfo(
                        path: meta?.pathInSchema.joined(separator: ".")
                            ?? (index < tree.leaves.count ? tree.leaves[index].dottedPath : "?"),
                        physicalType: meta.flatMap { PhysicalType(rawValue: $0.type) }?.name ?? "?",
                        compression: meta.flatMap { ParquetCompression(rawValue: $0.codec) },
                        encodings: meta?.encodings.map(ParquetColumnChunkInfo.encodingName) ?? [],
                        valueCount: meta?.numValues ?? 0,
                        compressedSize: meta?.totalCompressedSize ?? 0,
                        uncompressedSize: meta?.totalUncompressedSize ?? 0,
                        nullCount: meta?.statistics?.nullCount,
                        startOffset: meta.map { meta in
                            if let dictionary = meta.dictionaryPageOffset, dictionary > 0,
                                dictionary < meta.dataPageOffset
                            {
                                return dictionary
                            }
                            return meta.dataPageOffset
                        } ?? 0
                    )
                }
            )
        }
    }

    /// Opens a file: reads and decodes the footer (one or two reads from `source`).
    ///
    /// - Throws: ``ParquetError`` with code `badMagic`, `truncated` or `corruptMetadata` when the file
    ///   is not a readable Parquet file, `io` when the source fails.
    public static func open(_ source: any ByteSource) async throws(ParquetError) -> ParquetFileReader {
        let name = source.name
        let size = try await io(source) { try await source.size() }
        guard size >= 12 else {
            throw ParquetError(.truncated, "file has \(size) bytes, too small for Parquet", file: name, offset: 0)
        }
        let tailLength = Int(min(size, 64 * 1024))
        let tail = try await io(source) { try await source.read(offset: size - Int64(tailLength), length: tailLength) }
        guard tail.count == tailLength else {
            throw ParquetError(.io, "source returned \(tail.count) bytes instead of \(tailLength)", file: name)
        }
        guard tail.suffix(4).elementsEqual("PAR1".utf8) else {
            throw ParquetError(.badMagic, "file does not end with PAR1", file: name, offset: size - 4)
        }
        let head: [UInt8]
        if Int64(tailLength) == size {
            head = Array(tail.prefix(4))
        } else {
            head = try await io(source) { try await source.read(offset: 0, length: 4) }
        }
        guard head.elementsEqual("PAR1".utf8) else {
            throw ParquetError(.badMagic, "file does not start with PAR1", file: name, offset: 0)
        }
        let lengthBytes = tail[(tailLength - 8)..<(tailLength - 4)]
        let footerLength = lengthBytes.reversed().reduce(Int64(0)) { $0 << 8 | Int64($1) }
        let footerStart = size - 8 - footerLength
        guard footerLength > 0, footerStart >= 4 else {
            throw ParquetError(
                .truncated,
                "footer length \(footerLength) does not fit in a file of \(size) bytes",
                file: name,
                offset: size - 8
            )
        }
        let footer: [UInt8]
        if footerLength + 8 <= Int64(tailLength) {
            let start = tailLength - 8 - Int(footerLength)
            footer = Array(tail[start..<(tailLength - 8)])
        } else {
            footer = try await io(source) { try await source.read(offset: footerStart, length: Int(footerLength)) }
        }
        do throws(ParquetError) {
            var reader = ThriftReader(footer)
            let metadata = try FileMetaData(from: &reader)
            let tree = try SchemaTree(elements: metadata.schema)
            for (index, group) in metadata.rowGroups.enumerated() where group.columns.count != tree.leaves.count {
                throw ParquetError(
                    .corruptMetadata,
                    "row group \(index) has \(group.columns.count) column chunks for \(tree.leaves.count) leaf columns"
                )
            }
            return ParquetFileReader(
                source: source,
                fileSize: size,
                metadata: metadata,
                tree: tree,
                footerStart: footerStart
            )
        } catch {
            throw error.located(file: name, offset: footerStart)
        }
    }

    private init(source: any ByteSource, fileSize: Int64, metadata: FileMetaData, tree: SchemaTree, footerStart: Int64)
    {
        self.source = source
        self.fileSize = fileSize
        self.metadata = metadata
        self.tree = tree
        self.footerStart = footerStart
    }

    /// Opens a local file.
    public static func open(path: String) async throws(ParquetError) -> ParquetFileReader {
        try await open(FileByteSource(path: path))
    }

    private static func io<T>(
        _ source: any ByteSource,
        _ body: () async throws -> T
    ) async throws(ParquetError) -> T {
        do {
            return try await body()
        } catch let error as ParquetError {
            throw error.located(file: source.name)
        } catch {
            throw ParquetError(.io, "reading failed: \(error)", file: source.name)
        }
    }

    /// Reads one row group's columns.
    ///
    /// - Parameters:
    ///   - index: The row group, `0..<rowGroups.count`.
    ///   - columns: Top-level column names to read, in the order wanted; `nil` reads all.
    /// - Returns: The decoded columns.
    /// - Throws: ``ParquetError``: `invalidArgument` for an unknown column or index, `unsupported` for an
    ///   encoding or codec this library lacks, `corruptPage`/`truncated` for damaged data, `io` for the source.
    public func readRowGroup(_ index: Int, columns: [String]? = nil) async throws(ParquetError) -> ParquetRowGroup {
        try await readRowGroup(index, columns: columns, dictionaryColumns: [])
    }

    /// Reads one row group's columns, keeping `dictionaryColumns` dictionary-coded.
    ///
    /// - Parameters:
    ///   - index: The row group, `0..<rowGroups.count`.
    ///   - columns: Top-level column names to read, in the order wanted; `nil` reads all.
    ///   - dictionaryColumns: Flat string/binary columns to keep dictionary-coded rather than expanded into
    ///     one value per row: read them with ``ParquetColumn/dictionaryStrings()`` (the other accessors
    ///     still work, expanding on demand).
    /// - Returns: The decoded columns.
    /// - Throws: ``ParquetError``, as ``readRowGroup(_:columns:)``.
    public func readRowGroup(
        _ index: Int,
        columns: [String]?,
        dictionaryColumns: Set<String>
    ) async throws(ParquetError) -> ParquetRowGroup {
        guard index >= 0, index < metadata.rowGroups.count else {
            throw ParquetError(
                .invalidArgument,
                "row group \(index) does not exist (the file has \(metadata.rowGroups.count))",
                file: source.name
            )
        }
        let group = metadata.rowGroups[index]
        let roots = try tree.rootIndices(columns)
        guard group.numRows <= Int64(Int32.max) else {
            throw ParquetError(.corruptMetadata, "row group \(index) claims \(group.numRows) rows", file: source.name)
        }
        var ranges: [(leaf: Int, start: Int64, length: Int64)] = []
        var coded = Set<Int>()
        for root in roots {
            let node = tree.roots[root]
            if case .leaf = node.kind, dictionaryColumns.contains(node.name) { coded.insert(node.firstLeaf) }
            for leaf in node.firstLeaf..<node.firstLeaf + node.leafCount {
                let (start, length) = try chunkRange(group.columns[leaf], leaf: tree.leaves[leaf])
                ranges.append((leaf, start, length))
            }
        }
        var chunks = try await fetch(ranges)
        // Decode the column chunks concurrently; each is independent.
        var jobs: [(leaf: Int, start: Int64, bytes: [UInt8], meta: ColumnMetaData)] = []
        for (leaf, start, _) in ranges {
            guard let meta = group.columns[leaf].metaData, let bytes = chunks[leaf] else { continue }
            jobs.append((leaf, start, bytes, meta))
        }
        chunks = [:]
        let leaves = tree.leaves
        let name = source.name
        let codedLeaves = coded
        let results = await withTaskGroup(of: (Int, Result<LeafData, ParquetError>).self) { tasks in
            for job in jobs {
                tasks.addTask {
                    (
                        job.leaf,
                        Self.decodeChunk(
                            job.bytes,
                            meta: job.meta,
                            column: leaves[job.leaf],
                            start: job.start,
                            file: name,
                            keepsDictionary: codedLeaves.contains(job.leaf)
                        )
                    )
                }
            }
            var collected: [Int: Result<LeafData, ParquetError>] = [:]
            for await (leaf, result) in tasks { collected[leaf] = result }
            return collected
        }
        var decoded: [Int: LeafData] = [:]
        for job in jobs {
            // Report the first failing column in file order, so errors are deterministic.
            guard let result = results[job.leaf] else { continue }
            decoded[job.leaf] = try result.get()
        }
        let rowCount = Int(group.numRows)
        let result = roots.map { root in
            let node = tree.roots[root]
            let leaves = (node.firstLeaf..<node.firstLeaf + node.leafCount).compactMap { decoded[$0] }
            return ParquetColumn(node: node, leaves: leaves, rowCount: rowCount)
        }
        return ParquetRowGroup(rowCount: rowCount, columns: result, file: source.name)
    }

    private static func decodeChunk(
        _ bytes: [UInt8],
        meta: ColumnMetaData,
        column: LeafColumn,
        start: Int64,
        file: String,
        keepsDictionary: Bool
    ) -> Result<LeafData, ParquetError> {
        guard let codec = ParquetCompression(rawValue: meta.codec), codec.isSupported else {
            return .failure(
                ParquetError(
                    .unsupported,
                    "compression codec \(meta.codec) is not supported",
                    file: file,
                    column: column.dottedPath,
                    offset: start
                )
            )
        }
        var decoder = ColumnChunkDecoder(
            column: column,
            codec: codec,
            baseOffset: start,
            expectedEntries: meta.numValues,
            expectedBytes: meta.totalUncompressedSize,
            keepsDictionary: keepsDictionary
        )
        do throws(ParquetError) {
            return .success(try decoder.decode(bytes))
        } catch {
            return .failure(error.located(file: file, column: column.dottedPath, offset: start))
        }
    }

    private func chunkRange(_ chunk: ColumnChunk, leaf: LeafColumn) throws(ParquetError) -> (Int64, Int64) {
        guard let meta = chunk.metaData else {
            throw ParquetError(
                .unsupported,
                "column chunk without inline metadata",
                file: source.name,
                column: leaf.dottedPath
            )
        }
        guard chunk.filePath == nil else {
            throw ParquetError(
                .unsupported,
                "column chunk stored in another file (\(chunk.filePath ?? ""))",
                file: source.name,
                column: leaf.dottedPath
            )
        }
        guard meta.type == leaf.physical.rawValue else {
            throw ParquetError(
                .corruptMetadata,
                "column chunk type \(meta.type) differs from the schema's \(leaf.physical.name)",
                file: source.name,
                column: leaf.dottedPath
            )
        }
        var start = meta.dataPageOffset
        if let dictionary = meta.dictionaryPageOffset, dictionary > 0, dictionary < start { start = dictionary }
        let length = meta.totalCompressedSize
        guard start >= 4, length >= 0, length <= Int64(Int32.max), start + length <= footerStart else {
            throw ParquetError(
                .corruptMetadata,
                "column chunk range \(start)+\(length) lies outside the data area (4..<\(footerStart))",
                file: source.name,
                column: leaf.dottedPath,
                offset: start
            )
        }
        guard meta.numValues >= 0 else {
            throw ParquetError(.corruptMetadata, "column chunk claims \(meta.numValues) values", file: source.name)
        }
        return (start, length)
    }

    /// Reads the byte ranges, merging neighbours into one read each.
    private func fetch(
        _ ranges: [(leaf: Int, start: Int64, length: Int64)]
    ) async throws(ParquetError) -> [Int: [UInt8]] {
        let sorted = ranges.sorted { $0.start < $1.start }
        var result: [Int: [UInt8]] = [:]
        var index = 0
        while index < sorted.count {
            var end = sorted[index].start + sorted[index].length
            var last = index
            while last + 1 < sorted.count, sorted[last + 1].start <= end + 64 * 1024,
                sorted[last + 1].start + sorted[last + 1].length - sorted[index].start <= 256 * 1024 * 1024
            {
                last += 1
                end = max(end, sorted[last].start + sorted[last].length)
            }
            let start = sorted[index].start
            let length = Int(end - start)
            let source = self.source
            let bytes = try await Self.io(source) { try await source.read(offset: start, length: length) }
            guard bytes.count == length else {
                throw ParquetError(
                    .truncated,
                    "read \(bytes.count) of \(length) bytes",
                    file: source.name,
                    offset: start
                )
            }
            for item in sorted[index...last] {
                let from = Int(item.start - start)
                result[item.leaf] = Array(bytes[from..<from + Int(item.length)])
            }
            index = last + 1
        }
        return result
    }
}
