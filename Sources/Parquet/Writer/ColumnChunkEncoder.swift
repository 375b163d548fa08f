/// Encodes one leaf's buffered row group data into a column chunk: optional dictionary page, data pages v1.
struct ColumnChunkEncoder: Sendable {
    let options: ParquetWriterOptions

    /// Encodes the chunk into `leaf.scratch.output`; returns its metadata (offsets relative to `fileOffset`,
    /// the chunk's position).
    func encode(_ leaf: inout LeafBuilder, fileOffset: Int64) throws(ParquetError) -> ColumnMetaData {
        let column = leaf.column
        // The chunk's buffers are the leaf's, reused from row group to row group.
        var scratch = ChunkScratch()
        swap(&scratch, &leaf.scratch)
        defer { swap(&scratch, &leaf.scratch) }
        var output = scratch.output
        scratch.output = []
        output.removeAll(keepingCapacity: true)
        defer { scratch.output = output }
        // One allocation for the whole chunk (pages are appended; untouched capacity costs nothing).
        output.reserveCapacity(leaf.bufferedBytes + 4096)
        var uncompressedTotal: Int64 = 0
        var meta = ColumnMetaData()
        meta.type = column.physical.rawValue
        meta.pathInSchema = column.path
        meta.codec = options.compression.rawValue
        meta.numValues = Int64(leaf.entryCount)

        let dictionary = options.dictionary ? DictionaryBuilder.build(leaf.values) : nil
        if let dictionary {
            var plain: [UInt8] = []
            Self.appendPlain(dictionary.values, 0..<dictionary.values.count, into: &plain)
            var header = PageHeader()
            header.type = PageHeader.dictionaryPage
            var dictionaryHeader = DictionaryPageHeader()
            dictionaryHeader.numValues = Int32(dictionary.values.count)
            dictionaryHeader.encoding = 0
            header.dictionaryPageHeader = dictionaryHeader
            meta.dictionaryPageOffset = fileOffset
            uncompressedTotal += try writePage(header, body: plain, into: &output, scratch: &scratch)
        }
        meta.dataPageOffset = fileOffset + Int64(output.count)

        // Split into pages at row boundaries once a page's values pass the size limit.
        let hasRepetition = column.maxRepetition > 0
        let hasDefinition = column.maxDefinition > 0
        let maximum = UInt8(column.maxDefinition)
        var entryStart = 0
        var valueStart = 0
        var nullCount: Int64 = 0
        // One page body buffer, reused (each page is compressed and copied into the chunk before the next).
        var body = scratch.body
        scratch.body = []
        defer { scratch.body = body }
        repeat {
            var entry = entryStart
            var valueEnd = valueStart
            var bytes = 0
            while entry < leaf.entryCount {
                if bytes >= options.pageByteLimit && (!hasRepetition || leaf.repetition[entry] == 0) { break }
                if !hasDefinition || leaf.definition[entry] == maximum {
                    bytes += Self.size(of: leaf.values, valueEnd)
                    valueEnd += 1
                } else {
                    nullCount += 1
                }
                entry += 1
                bytes += 1
            }
            body.removeAll(keepingCapacity: true)
            body.reserveCapacity(bytes + 64)
            if hasRepetition {
                Self.appendLevels(leaf.repetition[entryStart..<entry], max: column.maxRepetition, into: &body)
            }
            if hasDefinition {
                Self.appendLevels(leaf.definition[entryStart..<entry], max: column.maxDefinition, into: &body)
            }
            var header = PageHeader()
            header.type = PageHeader.dataPage
            var pageHeader = DataPageHeader()
            pageHeader.numValues = Int32(entry - entryStart)
            if let dictionary {
                pageHeader.encoding = 8
                let width = max(bitWidth(of: UInt64(max(dictionary.values.count - 1, 0))), 1)
                body.append(UInt8(width))
                RLEHybrid.encode(Array(dictionary.indices[valueStart..<valueEnd]), bitWidth: width, into: &body)
            } else {
                pageHeader.encoding = 0
                Self.appendPlain(leaf.values, valueStart..<valueEnd, into: &body)
            }
            header.dataPageHeader = pageHeader
            uncompressedTotal += try writePage(header, body: body, into: &output, scratch: &scratch)
            entryStart = entry
            valueStart = valueEnd
        } while entryStart < leaf.entryCount

        meta.encodings = dictionary == nil ? [0, 3] : [0, 3, 8]
        meta.totalCompressedSize = Int64(output.count)
        meta.totalUncompressedSize = uncompressedTotal
        if options.statistics {
            meta.statistics = StatisticsBuilder.build(leaf.values, column: column, nullCount: nullCount)
        }
        return meta
    }

    /// Compresses and appends one page; returns its uncompressed size including the header.
    private func writePage(
        _ header: PageHeader,
        body: [UInt8],
        into output: inout [UInt8],
        scratch: inout ChunkScratch
    ) throws(ParquetError) -> Int64 {
        guard body.count <= Int(Int32.max) else {
            throw ParquetError(.invalidArgument, "a page would exceed 2 GiB; lower the page size limit")
        }
        var header = header
        header.uncompressedPageSize = Int32(body.count)
        var writer = ThriftWriter()
        switch options.compression {
        case .uncompressed:
            header.compressedPageSize = Int32(body.count)
            header.encode(into: &writer)
            output.append(contentsOf: writer.bytes)
            output.append(contentsOf: body)
        case .snappy:
            // Compress into a buffer reused across pages, then copy once into the chunk.
            let length = scratch.snappy(body)
            header.compressedPageSize = Int32(length)
            header.encode(into: &writer)
            output.append(contentsOf: writer.bytes)
            scratch.compressed.withUnsafeBufferPointer { output.append(contentsOf: $0.prefix(length)) }
        default:
            let compressed = try body.withBytes { (raw: UnsafeRawBufferPointer) throws(ParquetError) -> [UInt8] in
                try options.compression.compress(raw, level: options.compressionLevel)
            }
            header.compressedPageSize = Int32(compressed.count)
            header.encode(into: &writer)
            output.append(contentsOf: writer.bytes)
            output.append(contentsOf: compressed)
        }
        return Int64(writer.bytes.count + body.count)
    }

    @inline(__always)
    private static func size(of values: ColumnValues, _ index: Int) -> Int {
        switch values.physical {
        case .boolean: 0
        case .int32, .float: 4
        case .int64, .double: 8
        case .byteArray: values.offsets[index + 1] - values.offsets[index] + 4
        case .fixedLenByteArray, .int96: values.offsets[index + 1] - values.offsets[index]
        }
    }

    private static func appendLevels(_ levels: ArraySlice<UInt8>, max: Int, into body: inout [UInt8]) {
        var encoded: [UInt8] = []
        RLEHybrid.encode(Array(levels), bitWidth: bitWidth(of: UInt64(max)), into: &encoded)
        appendUInt32(UInt32(encoded.count), to: &body)
        body.append(contentsOf: encoded)
    }

    /// PLAIN-encodes values `range`.
    static func appendPlain(_ values: ColumnValues, _ range: Range<Int>, into body: inout [UInt8]) {
        switch values.physical {
        case .boolean:
            var bits: [UInt8] = []
            bits.reserveCapacity(range.count)
            for index in range { bits.append(values.booleans[index] ? 1 : 0) }
            while bits.count % 8 != 0 { bits.append(0) }
            RLEHybrid.pack(bits, bitWidth: 1, into: &body)
        case .int32: values.int32s[range].withUnsafeBytes { body.append(contentsOf: $0) }
        case .int64: values.int64s[range].withUnsafeBytes { body.append(contentsOf: $0) }
        case .float: values.floats[range].withUnsafeBytes { body.append(contentsOf: $0) }
        case .double: values.doubles[range].withUnsafeBytes { body.append(contentsOf: $0) }
        case .byteArray:
            guard !range.isEmpty else { return }
            let start = values.offsets[range.lowerBound]
            let end = values.offsets[range.upperBound]
            body.reserveCapacity(body.count + end - start + 4 * range.count)
            values.bytes.withUnsafeBufferPointer { bytes in
                for index in range {
                    let from = values.offsets[index]
                    let to = values.offsets[index + 1]
                    withUnsafeBytes(of: UInt32(truncatingIfNeeded: to - from).littleEndian) {
                        body.append(contentsOf: $0)
                    }
                    body.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<to]))
                }
            }
        case .fixedLenByteArray, .int96:
            guard !range.isEmpty else { return }
            body.append(contentsOf: values.bytes[values.offsets[range.lowerBound]..<values.offsets[range.upperBound]])
        }
    }
}

/// The buffers a column chunk is encoded with, kept (cleared) from page to page and row group to row group.
struct ChunkScratch: Sendable {
    /// The encoded chunk: pages with their headers.
    var output: [UInt8] = []
    /// One page's uncompressed body.
    var body: [UInt8] = []
    /// One page compressed.
    var compressed: [UInt8] = []
    var table: [UInt16] = []

    /// Snappy-compresses `body` into ``compressed``; returns the compressed length.
    mutating func snappy(_ body: [UInt8]) -> Int {
        let bound = Snappy.maximumCompressedLength(body.count)
        if compressed.count < bound { compressed = [UInt8](repeating: 0, count: bound) }
        if table.isEmpty { table = [UInt16](repeating: 0, count: Snappy.tableSize) }
        return body.withUnsafeBytes { input in
            compressed.withUnsafeMutableBufferPointer { output in
                table.withUnsafeMutableBufferPointer { table in
                    Snappy.compress(
                        input,
                        into: output.baseAddress.unsafelyUnwrapped,
                        table: table.baseAddress.unsafelyUnwrapped
                    )
                }
            }
        }
    }
}
