/// Decodes the pages of one column chunk (dictionary and data pages v1/v2) into ``LeafData``.
struct ColumnChunkDecoder {
    let column: LeafColumn
    let codec: ParquetCompression
    /// The absolute file offset of `bytes[0]`, for error messages.
    let baseOffset: Int64
    /// The number of entries the footer promises (`ColumnMetaData.num_values`).
    let expectedEntries: Int64
    /// The chunk's size after decompression as the footer claims it (`total_uncompressed_size`).
    let expectedBytes: Int64

    /// Keep byte-array values dictionary-coded (``LeafData/codes``) instead of expanding them.
    let keepsDictionary: Bool

    private var dictionary: ColumnValues?
    /// Where the current dictionary starts in ``LeafData/values`` when keeping dictionaries.
    private var dictionaryBase = 0

    init(
        column: LeafColumn,
        codec: ParquetCompression,
        baseOffset: Int64,
        expectedEntries: Int64,
        expectedBytes: Int64 = 0,
        keepsDictionary: Bool = false
    ) {
        self.keepsDictionary =
            keepsDictionary && (column.physical == .byteArray || column.physical == .fixedLenByteArray)
        self.column = column
        self.codec = codec
        self.baseOffset = baseOffset
        self.expectedEntries = expectedEntries
        self.expectedBytes = expectedBytes
    }

    /// Decodes all pages in `bytes`.
    mutating func decode(_ bytes: [UInt8]) throws(ParquetError) -> LeafData {
        var data = LeafData(column: column)
        if keepsDictionary {
            data.codes = []
        }
        reserve(&data, compressedBytes: bytes.count)
        var position = 0
        while position < bytes.count {
            let pageOffset = baseOffset + Int64(position)
            var reader = ThriftReader(bytes, start: position)
            let header: PageHeader
            do throws(ParquetError) {
                header = try PageHeader(from: &reader)
            } catch {
                throw error.located(column: column.dottedPath, offset: pageOffset)
            }
            let bodyStart = reader.position
            let bodyLength = Int(header.compressedPageSize)
            guard bodyLength <= bytes.count - bodyStart else {
                throw ParquetError(
                    .truncated,
                    "page body of \(bodyLength) bytes runs past the column chunk's end",
                    column: column.dottedPath,
                    offset: pageOffset
                )
            }
            do throws(ParquetError) {
                try bytes.withBytes { (raw: UnsafeRawBufferPointer) throws(ParquetError) in
                    let body = UnsafeRawBufferPointer(rebasing: raw[bodyStart..<bodyStart + bodyLength])
                    try decodePage(header, body, into: &data)
                }
            } catch {
                throw error.located(column: column.dottedPath, offset: pageOffset)
            }
            position = bodyStart + bodyLength
            if Int64(data.entryCount) >= expectedEntries && header.type != PageHeader.dictionaryPage {
                break
            }
        }
        guard Int64(data.entryCount) == expectedEntries else {
            throw ParquetError(
                .corruptPage,
                "column chunk holds \(data.entryCount) entries but the footer says \(expectedEntries)",
                column: column.dottedPath,
                offset: baseOffset
            )
        }
        return data
    }

    /// Sizes the value buffers once from the footer's claims, so they do not grow (and copy) page by page.
    ///
    /// The claims are only trusted up to what the compressed bytes present could expand to (and 1 GiB), so
    /// a corrupt footer cannot cause a large allocation; growing past a low estimate stays correct.
    private func reserve(_ data: inout LeafData, compressedBytes: Int) {
        // Levels, codes and fixed-width values: one entry per entry at most (RLE runs let a few bytes claim
        // many entries, hence the looser bound).
        let entries = min(Int(clamping: expectedEntries), compressedBytes * 256, 1 << 26)
        if column.maxDefinition > 0 { data.definition.reserveCapacity(entries) }
        if column.maxRepetition > 0 { data.repetition.reserveCapacity(entries) }
        if keepsDictionary {
            data.codes?.reserveCapacity(entries)
            return
        }
        if column.physical != .byteArray && column.physical != .fixedLenByteArray && column.physical != .int96 {
            data.values.reserve(entries)
            return
        }
        guard column.physical == .byteArray, expectedBytes > 0 else { return }
        let bound = min(Int(clamping: expectedBytes), compressedBytes * 64, 1 << 30)
        guard bound > 0 else { return }
        data.values.bytes.reserveCapacity(bound)
        data.values.offsets.reserveCapacity(min(Int(clamping: expectedEntries), bound / 4) + 1)
    }

    private mutating func decodePage(
        _ header: PageHeader,
        _ body: UnsafeRawBufferPointer,
        into data: inout LeafData
    ) throws(ParquetError) {
        switch header.type {
        case PageHeader.dictionaryPage:
            guard let dictionaryHeader = header.dictionaryPageHeader else {
                throw ParquetError(.corruptMetadata, "dictionary page without a dictionary page header")
            }
            guard dictionaryHeader.encoding == 0 || dictionaryHeader.encoding == 2 else {
                throw ParquetError(.unsupported, "dictionary page encoding \(dictionaryHeader.encoding)")
            }
            let plain = try codec.decompress(body, size: Int(header.uncompressedPageSize))
            var values = ColumnValues(physical: column.physical, typeLength: column.typeLength)
            let count = Int(dictionaryHeader.numValues)
            guard count >= 0 else { throw ParquetError(.corruptMetadata, "dictionary has \(count) entries") }
            try plain.withBytes { (raw: UnsafeRawBufferPointer) throws(ParquetError) in
                try values.appendPlain(raw, count: count)
            }
            if keepsDictionary {
                dictionaryBase = data.values.count
                data.values.append(contentsOf: values)
            }
            dictionary = values
        case PageHeader.dataPage:
            guard let pageHeader = header.dataPageHeader else {
                throw ParquetError(.corruptMetadata, "data page without a data page header")
            }
            let count = try entryCount(pageHeader.numValues, data)
            let plain = try codec.decompress(body, size: Int(header.uncompressedPageSize))
            try plain.withBytes { (raw: UnsafeRawBufferPointer) throws(ParquetError) in
                var cursor = ByteCursor(raw)
                if column.maxRepetition > 0 {
                    let length = Int(try cursor.readUInt32())
                    let levels = try cursor.take(length)
                    try RLEHybrid.decode(
                        levels,
                        bitWidth: bitWidth(of: UInt64(column.maxRepetition)),
                        count: count,
                        into: &data.repetition
                    )
                }
                if column.maxDefinition > 0 {
                    guard pageHeader.definitionLevelEncoding == 3 else {
                        throw ParquetError(
                            .unsupported,
                            "definition level encoding \(pageHeader.definitionLevelEncoding)"
                        )
                    }
                    let length = Int(try cursor.readUInt32())
                    let levels = try cursor.take(length)
                    try RLEHybrid.decode(
                        levels,
                        bitWidth: bitWidth(of: UInt64(column.maxDefinition)),
                        count: count,
                        into: &data.definition
                    )
                }
                let present = presentCount(data, last: count)
                try decodeValues(pageHeader.encoding, cursor.rest(), count: present, into: &data)
            }
            try finishPage(&data, count: count)
        case PageHeader.dataPageV2:
            guard let pageHeader = header.dataPageHeaderV2 else {
                throw ParquetError(.corruptMetadata, "data page v2 without its header")
            }
            let count = try entryCount(pageHeader.numValues, data)
            let repetitionLength = Int(pageHeader.repetitionLevelsByteLength)
            let definitionLength = Int(pageHeader.definitionLevelsByteLength)
            guard repetitionLength >= 0, definitionLength >= 0, repetitionLength + definitionLength <= body.count else {
                throw ParquetError(.corruptPage, "data page v2 level lengths exceed the page")
            }
            var cursor = ByteCursor(body)
            let repetitionBytes = try cursor.take(repetitionLength)
            let definitionBytes = try cursor.take(definitionLength)
            if column.maxRepetition > 0 {
                try RLEHybrid.decode(
                    repetitionBytes,
                    bitWidth: bitWidth(of: UInt64(column.maxRepetition)),
                    count: count,
                    into: &data.repetition
                )
            }
            if column.maxDefinition > 0 {
                try RLEHybrid.decode(
                    definitionBytes,
                    bitWidth: bitWidth(of: UInt64(column.maxDefinition)),
                    count: count,
                    into: &data.definition
                )
            }
            let present = presentCount(data, last: count)
            let valueBytes = cursor.rest()
            let uncompressedValues = Int(header.uncompressedPageSize) - repetitionLength - definitionLength
            if pageHeader.isCompressed && codec != .uncompressed {
                let plain = try codec.decompress(valueBytes, size: uncompressedValues)
                try plain.withBytes { (raw: UnsafeRawBufferPointer) throws(ParquetError) in
                    try decodeValues(pageHeader.encoding, raw, count: present, into: &data)
                }
            } else {
                try decodeValues(pageHeader.encoding, valueBytes, count: present, into: &data)
            }
            try finishPage(&data, count: count)
        default:
            // Index pages and unknown page types are skipped.
            return
        }
    }

    private func entryCount(_ numValues: Int32, _ data: LeafData) throws(ParquetError) -> Int {
        guard numValues >= 0, Int64(data.entryCount) + Int64(numValues) <= expectedEntries else {
            throw ParquetError(
                .corruptPage,
                "data page claims \(numValues) entries; the chunk has room for \(expectedEntries - Int64(data.entryCount))"
            )
        }
        return Int(numValues)
    }

    /// The number of stored values among the last `last` entries (those at the maximum definition level).
    private func presentCount(_ data: LeafData, last: Int) -> Int {
        guard column.maxDefinition > 0 else { return last }
        return data.definition.count(of: UInt8(column.maxDefinition), from: data.definition.count - last)
    }

    private func finishPage(_ data: inout LeafData, count: Int) throws(ParquetError) {
        data.entryCount += count
        if column.maxDefinition > 0 {
            let maximum = UInt8(column.maxDefinition)
            if let level = data.definition.firstLevel(above: maximum, from: data.definition.count - count) {
                throw ParquetError(.corruptPage, "definition level \(level) exceeds the maximum \(maximum)")
            }
        }
        if column.maxRepetition > 0 {
            let maximum = UInt8(column.maxRepetition)
            if let level = data.repetition.firstLevel(above: maximum, from: data.repetition.count - count) {
                throw ParquetError(.corruptPage, "repetition level \(level) exceeds the maximum \(maximum)")
            }
        }
    }

    /// Decodes one page's values into `data`: expanded, or, when keeping dictionaries, as codes (a plain
    /// page's values are appended to ``LeafData/values`` and coded one to one).
    private func decodeValues(
        _ encoding: Int32,
        _ bytes: UnsafeRawBufferPointer,
        count: Int,
        into data: inout LeafData
    ) throws(ParquetError) {
        guard keepsDictionary else {
            try decodeValues(encoding, bytes, count: count, into: &data.values)
            return
        }
        if encoding == 2 || encoding == 8 {
            let indices = try dictionaryIndices(bytes, count: count)
            let size = UInt32(dictionary?.count ?? 0)
            let base = UInt32(dictionaryBase)
            for index in indices where index >= size {
                throw ByteCursor.failure("dictionary index \(index) is out of range (dictionary has \(size) entries)")
            }
            data.codes?.append(contentsOf: indices.lazy.map { $0 &+ base })
            return
        }
        var page = ColumnValues(physical: column.physical, typeLength: column.typeLength)
        try decodeValues(encoding, bytes, count: count, into: &page)
        let first = UInt32(data.values.count)
        data.values.append(contentsOf: page)
        data.codes?.append(contentsOf: first..<first + UInt32(page.count))
    }

    /// The RLE/bit-packed dictionary indices of a dictionary-encoded page.
    private func dictionaryIndices(_ bytes: UnsafeRawBufferPointer, count: Int) throws(ParquetError) -> [UInt32] {
        guard dictionary != nil else {
            throw ParquetError(.corruptPage, "dictionary-encoded page without a dictionary page")
        }
        guard count > 0 else { return [] }
        var cursor = ByteCursor(bytes)
        let width = Int(try cursor.readByte())
        var indices: [UInt32] = []
        indices.reserveCapacity(count)
        try RLEHybrid.decode(cursor.rest(), bitWidth: width, count: count, into: &indices)
        return indices
    }

    private func decodeValues(
        _ encoding: Int32,
        _ bytes: UnsafeRawBufferPointer,
        count: Int,
        into values: inout ColumnValues
    ) throws(ParquetError) {
        switch encoding {
        case 0:
            try values.appendPlain(bytes, count: count)
        case 2, 8:
            let indices = try dictionaryIndices(bytes, count: count)
            guard let dictionary, !indices.isEmpty else { return }
            try values.appendFromDictionary(dictionary, indices: indices)
        case 3:
            guard column.physical == .boolean else {
                throw ParquetError(.unsupported, "RLE encoding for \(column.physical.name) values")
            }
            var cursor = ByteCursor(bytes)
            let length = Int(try cursor.readUInt32())
            var bits: [UInt8] = []
            try RLEHybrid.decode(try cursor.take(length), bitWidth: 1, count: count, into: &bits)
            values.booleans.append(contentsOf: bits.lazy.map { $0 == 1 })
        case 5:
            var cursor = ByteCursor(bytes)
            let decoded = try DeltaDecoding.binaryPacked(&cursor, limit: count)
            guard decoded.count == count else {
                throw ParquetError(.corruptPage, "DELTA_BINARY_PACKED holds \(decoded.count) values, expected \(count)")
            }
            switch column.physical {
            case .int32: values.int32s.append(contentsOf: decoded.lazy.map { Int32(truncatingIfNeeded: $0) })
            case .int64: values.int64s.append(contentsOf: decoded)
            default: throw ParquetError(.unsupported, "DELTA_BINARY_PACKED for \(column.physical.name)")
            }
        case 6:
            guard column.physical == .byteArray else {
                throw ParquetError(.unsupported, "DELTA_LENGTH_BYTE_ARRAY for \(column.physical.name)")
            }
            var cursor = ByteCursor(bytes)
            try DeltaDecoding.lengthByteArray(&cursor, count: count, into: &values)
        case 7:
            guard column.physical == .byteArray || column.physical == .fixedLenByteArray else {
                throw ParquetError(.unsupported, "DELTA_BYTE_ARRAY for \(column.physical.name)")
            }
            var cursor = ByteCursor(bytes)
            try DeltaDecoding.byteArray(&cursor, count: count, into: &values)
        case 9:
            try DeltaDecoding.byteStreamSplit(bytes, count: count, into: &values)
        default:
            throw ParquetError(.unsupported, "value encoding \(encoding) is not supported")
        }
    }
}
