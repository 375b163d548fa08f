extension ColumnValues {
    /// Decodes `count` PLAIN values and appends them.
    mutating func appendPlain(_ data: UnsafeRawBufferPointer, count: Int) throws(ParquetError) {
        var cursor = ByteCursor(data)
        try appendPlain(&cursor, count: count)
    }

    /// Decodes `count` PLAIN values from `cursor` and appends them.
    mutating func appendPlain(_ cursor: inout ByteCursor, count: Int) throws(ParquetError) {
        guard count >= 0 else { throw ByteCursor.failure("negative value count") }
        switch physical {
        case .boolean:
            let data = try cursor.take((count + 7) / 8)
            booleans.reserveGrowing(count)
            for index in 0..<count { booleans.append(data[index >> 3] >> UInt8(index & 7) & 1 == 1) }
        case .int32: try Self.copy(&cursor, count: count, into: &int32s)
        case .int64: try Self.copy(&cursor, count: count, into: &int64s)
        case .float: try Self.copy(&cursor, count: count, into: &floats)
        case .double: try Self.copy(&cursor, count: count, into: &doubles)
        case .byteArray:
            guard count <= cursor.remaining / 4 else {
                throw ByteCursor.failure("\(count) byte-array values cannot fit in \(cursor.remaining) bytes")
            }
            offsets.reserveGrowing(count)
            let buffer = cursor.buffer
            var position = cursor.position
            let end = buffer.count
            bytes.reserveGrowing((end - position) - 4 * count)
            for _ in 0..<count {
                guard end - position >= 4 else { throw ByteCursor.failure("byte-array length ends early") }
                let length = Int(buffer.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian)
                position += 4
                guard length <= end - position else {
                    throw ByteCursor.failure("byte-array value of \(length) bytes overruns the page at \(position)")
                }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[position..<position + length]).uint8)
                position += length
                offsets.append(bytes.count)
            }
            cursor.position = position
        case .fixedLenByteArray, .int96:
            let width = typeLength
            let total = count.multipliedReportingOverflow(by: width)
            guard !total.overflow else { throw ByteCursor.failure("fixed-length values overflow") }
            let data = try cursor.take(total.partialValue)
            let base = bytes.count
            bytes.append(contentsOf: data.uint8)
            offsets.reserveGrowing(count)
            for index in 0..<count { offsets.append(base + (index + 1) * width) }
        }
    }

    private static func copy<T: FixedWidthInteger>(
        _ cursor: inout ByteCursor,
        count: Int,
        into array: inout [T]
    ) throws(ParquetError) {
        let size = MemoryLayout<T>.size
        guard count <= cursor.remaining / size else {
            throw ByteCursor.failure("\(count) values of \(size) bytes cannot fit in \(cursor.remaining) bytes")
        }
        let data = try cursor.take(count * size)
        let start = array.count
        array.append(contentsOf: repeatElement(0, count: count))
        array.withUnsafeMutableBytes { destination in
            UnsafeMutableRawBufferPointer(rebasing: destination[start * size..<(start + count) * size])
                .copyMemory(from: data)
        }
        #if _endian(big)
        for index in start..<array.count { array[index] = T(littleEndian: array[index]) }
        #endif
    }

    private static func copy<T: BinaryFloatingPoint>(
        _ cursor: inout ByteCursor,
        count: Int,
        into array: inout [T]
    ) throws(ParquetError) {
        let size = MemoryLayout<T>.size
        guard count <= cursor.remaining / size else {
            throw ByteCursor.failure("\(count) values of \(size) bytes cannot fit in \(cursor.remaining) bytes")
        }
        let data = try cursor.take(count * size)
        let start = array.count
        array.append(contentsOf: repeatElement(0, count: count))
        array.withUnsafeMutableBytes { destination in
            UnsafeMutableRawBufferPointer(rebasing: destination[start * size..<(start + count) * size])
                .copyMemory(from: data)
        }
    }

    /// Appends the dictionary entries selected by `indices`.
    mutating func appendFromDictionary(_ dictionary: ColumnValues, indices: [UInt32]) throws(ParquetError) {
        let size = dictionary.count
        for index in indices where Int(index) >= size {
            throw ByteCursor.failure("dictionary index \(index) is out of range (dictionary has \(size) entries)")
        }
        switch physical {
        case .boolean: Self.gather(dictionary.booleans, indices, into: &booleans)
        case .int32: Self.gather(dictionary.int32s, indices, into: &int32s)
        case .int64: Self.gather(dictionary.int64s, indices, into: &int64s)
        case .float: Self.gather(dictionary.floats, indices, into: &floats)
        case .double: Self.gather(dictionary.doubles, indices, into: &doubles)
        case .byteArray, .fixedLenByteArray, .int96:
            // Size the byte buffer once, then copy each value's bytes straight into it: appending value by
            // value grew the buffer several times per page (a copy and fresh pages each time).
            let base = bytes.count
            var end = base
            offsets.reserveGrowing(indices.count)
            dictionary.offsets.withUnsafeBufferPointer { starts in
                for index in indices {
                    end += starts[Int(index) + 1] - starts[Int(index)]
                    offsets.append(end)
                }
            }
            bytes.append(contentsOf: repeatElement(0, count: end - base))
            bytes.withUnsafeMutableBufferPointer { target in
                dictionary.bytes.withUnsafeBufferPointer { source in
                    dictionary.offsets.withUnsafeBufferPointer { starts in
                        guard let targetBase = target.baseAddress, let sourceBase = source.baseAddress else { return }
                        var position = base
                        for index in indices {
                            let from = starts[Int(index)]
                            let length = starts[Int(index) + 1] - from
                            (targetBase + position).update(from: sourceBase + from, count: length)
                            position += length
                        }
                    }
                }
            }
        }
    }

    /// Appends `entries[index]` for each of `indices` (already checked to be in range).
    private static func gather<T>(_ entries: [T], _ indices: [UInt32], into values: inout [T]) {
        guard let first = entries.first, !indices.isEmpty else { return }
        let start = values.count
        values.reserveGrowing(indices.count)
        values.append(contentsOf: repeatElement(first, count: indices.count))
        values.withUnsafeMutableBufferPointer { target in
            entries.withUnsafeBufferPointer { entries in
                indices.withUnsafeBufferPointer { indices in
                    for position in 0..<indices.count {
                        target[start + position] = entries[Int(indices[position])]
                    }
                }
            }
        }
    }
}
