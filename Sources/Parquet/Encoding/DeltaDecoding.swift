/// Decoders for DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY and BYTE_STREAM_SPLIT.
enum DeltaDecoding {
    /// Decodes a DELTA_BINARY_PACKED stream of at most `limit` values, leaving `cursor` after it.
    static func binaryPacked(_ cursor: inout ByteCursor, limit: Int) throws(ParquetError) -> [Int64] {
        let blockSize = Int(clamping: try cursor.readVarint())
        let miniblocks = Int(clamping: try cursor.readVarint())
        let total = Int(clamping: try cursor.readVarint())
        let first = try cursor.readZigzag()
        guard blockSize > 0, blockSize % 128 == 0, miniblocks > 0, blockSize % miniblocks == 0,
            (blockSize / miniblocks) % 32 == 0
        else {
            throw ByteCursor.failure(
                "DELTA_BINARY_PACKED header is invalid (block \(blockSize), \(miniblocks) miniblocks)"
            )
        }
        guard total <= limit else {
            throw ByteCursor.failure("DELTA_BINARY_PACKED claims \(total) values, more than the \(limit) expected")
        }
        var values: [Int64] = []
        guard total > 0 else { return values }
        values.reserveCapacity(total)
        values.append(first)
        var last = first
        let perMiniblock = blockSize / miniblocks
        while values.count < total {
            let minDelta = try cursor.readZigzag()
            let widths = try cursor.take(miniblocks)
            for miniblock in 0..<miniblocks {
                if values.count >= total { break }
                let width = Int(widths[miniblock])
                guard width <= 64 else { throw ByteCursor.failure("DELTA_BINARY_PACKED bit width \(width)") }
                let data = try cursor.take(perMiniblock * width / 8)
                var bitPosition = 0
                for _ in 0..<perMiniblock {
                    let raw = readBits(data, at: bitPosition, width: width)
                    bitPosition += width
                    last = last &+ (Int64(bitPattern: raw) &+ minDelta)
                    if values.count < total { values.append(last) }
                }
            }
        }
        return values
    }

    /// Reads `width` bits (≤ 64) starting at bit `position`, LSB first.
    @inline(__always)
    static func readBits(_ data: UnsafeRawBufferPointer, at position: Int, width: Int) -> UInt64 {
        guard width > 0 else { return 0 }
        var result: UInt64 = 0
        var got = 0
        var bit = position
        while got < width {
            let byte = UInt64(data[bit >> 3]) >> UInt64(bit & 7)
            let available = 8 - (bit & 7)
            let take = min(available, width - got)
            result |= (byte & ((1 << UInt64(take)) - 1)) << UInt64(got)
            got += take
            bit += take
        }
        return result
    }

    /// Decodes DELTA_LENGTH_BYTE_ARRAY values into `output`.
    static func lengthByteArray(
        _ cursor: inout ByteCursor,
        count: Int,
        into output: inout ColumnValues
    ) throws(ParquetError) {
        let lengths = try binaryPacked(&cursor, limit: count)
        guard lengths.count == count else {
            throw ByteCursor.failure("DELTA_LENGTH_BYTE_ARRAY has \(lengths.count) lengths for \(count) values")
        }
        for length in lengths {
            guard length >= 0, length <= Int64(cursor.remaining) else {
                throw ByteCursor.failure("DELTA_LENGTH_BYTE_ARRAY value length \(length) is invalid")
            }
            output.appendBytes(try cursor.take(Int(length)).uint8)
        }
    }

    /// Decodes DELTA_BYTE_ARRAY (incremental) values into `output`.
    static func byteArray(_ cursor: inout ByteCursor, count: Int, into output: inout ColumnValues) throws(ParquetError)
    {
        let prefixes = try binaryPacked(&cursor, limit: count)
        var suffixes = ColumnValues(physical: .byteArray)
        try lengthByteArray(&cursor, count: prefixes.count, into: &suffixes)
        guard prefixes.count == count else {
            throw ByteCursor.failure("DELTA_BYTE_ARRAY has \(prefixes.count) prefixes for \(count) values")
        }
        var previous: [UInt8] = []
        for index in 0..<count {
            let prefix = prefixes[index]
            guard prefix >= 0, prefix <= Int64(previous.count) else {
                throw ByteCursor.failure("DELTA_BYTE_ARRAY prefix length \(prefix) exceeds the previous value")
            }
            var value = Array(previous[0..<Int(prefix)])
            value.append(contentsOf: suffixes.bytes[suffixes.byteRange(index)])
            if output.physical == .fixedLenByteArray && value.count != output.typeLength {
                throw ByteCursor.failure(
                    "DELTA_BYTE_ARRAY value has \(value.count) bytes, expected \(output.typeLength)"
                )
            }
            output.appendBytes(value)
            previous = value
        }
    }

    /// Decodes BYTE_STREAM_SPLIT values into `output`.
    static func byteStreamSplit(
        _ data: UnsafeRawBufferPointer,
        count: Int,
        into output: inout ColumnValues
    )
        throws(ParquetError)
    {
        let width: Int
        switch output.physical {
        case .int32, .float: width = 4
        case .int64, .double: width = 8
        case .fixedLenByteArray: width = output.typeLength
        default: throw ParquetError(.unsupported, "BYTE_STREAM_SPLIT for \(output.physical.name)")
        }
        guard width > 0, count <= data.count / width else {
            throw ByteCursor.failure("BYTE_STREAM_SPLIT needs \(count) × \(width) bytes, page has \(data.count)")
        }
        var joined = [UInt8](repeating: 0, count: count * width)
        for index in 0..<count {
            for stream in 0..<width { joined[index * width + stream] = data[stream * count + index] }
        }
        try joined.withBytes { (raw: UnsafeRawBufferPointer) throws(ParquetError) in
            try output.appendPlain(raw, count: count)
        }
    }
}
