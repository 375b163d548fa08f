/// The RLE / bit-packed hybrid encoding used for levels, dictionary indices and RLE booleans.
enum RLEHybrid {
    /// Decodes `count` values of `bitWidth` bits from `data` and appends them to `output`.
    ///
    /// - Throws: ``ParquetError`` when the data ends before `count` values or a value exceeds `T`.
    static func decode<T: FixedWidthInteger>(
        _ data: UnsafeRawBufferPointer,
        bitWidth: Int,
        count: Int,
        into output: inout [T]
    ) throws(ParquetError) {
        guard bitWidth >= 0, bitWidth <= 32 else {
            throw ByteCursor.failure("RLE bit width \(bitWidth) is larger than 32")
        }
        let target = output.count + count
        if bitWidth == 0 {
            // Every value is 0; the runs carry no payload.
            output.append(contentsOf: repeatElement(0, count: count))
            return
        }
        let maximum = UInt64(1) << UInt64(bitWidth) - 1
        guard maximum <= UInt64(T.max) || T.bitWidth >= 32 else {
            throw ByteCursor.failure("RLE bit width \(bitWidth) is too wide for the value type")
        }
        var cursor = ByteCursor(data)
        let valueBytes = (bitWidth + 7) / 8
        while output.count < target {
            guard !cursor.isAtEnd else {
                throw ByteCursor.failure("RLE data ends after \(output.count - (target - count)) of \(count) values")
            }
            let header = try cursor.readVarint()
            if header & 1 == 0 {
                let runLength = Int(clamping: header >> 1)
                let payload = try cursor.take(valueBytes)
                var value: UInt64 = 0
                for index in 0..<valueBytes { value |= UInt64(payload[index]) << UInt64(8 * index) }
                guard value <= maximum, let typed = T(exactly: value) else {
                    throw ByteCursor.failure("RLE run value \(value) does not fit \(bitWidth) bits")
                }
                let take = min(runLength, target - output.count)
                output.append(contentsOf: repeatElement(typed, count: take))
            } else {
                let groups = Int(clamping: header >> 1)
                let wanted = groups.multipliedReportingOverflow(by: bitWidth)
                guard !wanted.overflow else { throw ByteCursor.failure("bit-packed run too long") }
                let available = min(wanted.partialValue, cursor.remaining)
                let payload = try cursor.take(available)
                let values = min(groups * 8, (available * 8) / bitWidth, target - output.count)
                unpack(payload, bitWidth: bitWidth, count: values, into: &output)
                if values == 0 && available == 0 && groups > 0 {
                    throw ByteCursor.failure("bit-packed run has no data")
                }
            }
        }
    }

    /// Unpacks `count` values of `bitWidth` (≤ 32) bits, LSB first.
    static func unpack<T: FixedWidthInteger>(
        _ data: UnsafeRawBufferPointer,
        bitWidth: Int,
        count: Int,
        into output: inout [T]
    ) {
        guard count > 0 else { return }
        let mask = UInt64(1) << UInt64(bitWidth) - 1
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: count))
        output.withUnsafeMutableBufferPointer { target in
            // While 8 bytes can be loaded at the value's first byte, one unaligned load holds the whole value
            // (at most 32 bits after a shift of at most 7).
            let fast = data.count >= 8 ? min(count, ((data.count - 8) * 8) / bitWidth + 1) : 0
            var bit = 0
            for index in 0..<fast {
                let word = UInt64(littleEndian: data.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self))
                target[start + index] = T(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
                bit += bitWidth
            }
            for index in fast..<count {
                var value: UInt64 = 0
                var taken = 0
                while taken < bitWidth {
                    let position = bit + taken
                    let available = min(8 - position & 7, bitWidth - taken)
                    let byte = UInt64(data[position >> 3]) >> UInt64(position & 7)
                    value |= (byte & (UInt64(1) << UInt64(available) - 1)) << UInt64(taken)
                    taken += available
                }
                target[start + index] = T(truncatingIfNeeded: value)
                bit += bitWidth
            }
        }
    }

    /// Encodes values with RLE runs for repeats of 8 or more and bit-packed runs otherwise.
    static func encode<T: FixedWidthInteger>(_ values: [T], bitWidth: Int, into output: inout [UInt8]) {
        guard bitWidth > 0, !values.isEmpty else {
            if !values.isEmpty {
                // Width 0: one RLE run with no payload.
                appendVarint(UInt64(values.count) << 1, to: &output)
            }
            return
        }
        var pending: [T] = []
        pending.reserveCapacity(512)
        var index = 0
        let count = values.count
        func flushPending(_ output: inout [UInt8]) {
            guard !pending.isEmpty else { return }
            while pending.count % 8 != 0 { pending.append(0) }
            appendVarint(UInt64(pending.count / 8) << 1 | 1, to: &output)
            pack(pending, bitWidth: bitWidth, into: &output)
            pending.removeAll(keepingCapacity: true)
        }
        while index < count {
            let value = values[index]
            var run = 1
            while index + run < count && values[index + run] == value { run += 1 }
            if run >= 8 {
                var remainingRun = run
                let fill = (8 - pending.count % 8) % 8
                if fill > 0 {
                    pending.append(contentsOf: repeatElement(value, count: fill))
                    remainingRun -= fill
                }
                if remainingRun >= 8 {
                    flushPending(&output)
                    appendVarint(UInt64(remainingRun) << 1, to: &output)
                    var payload = UInt64(value)
                    for _ in 0..<(bitWidth + 7) / 8 {
                        output.append(UInt8(truncatingIfNeeded: payload))
                        payload >>= 8
                    }
                } else {
                    pending.append(contentsOf: repeatElement(value, count: remainingRun))
                }
            } else {
                pending.append(contentsOf: repeatElement(value, count: run))
            }
            index += run
            if pending.count >= 504 {
                // Keep bit-packed runs at most 63 groups long (a one-byte header), as Arrow does.
                let whole = pending.count - pending.count % 8
                appendVarint(UInt64(whole / 8) << 1 | 1, to: &output)
                pack(pending[0..<whole], bitWidth: bitWidth, into: &output)
                pending.removeFirst(whole)
            }
        }
        flushPending(&output)
    }

    /// Packs values LSB first; `values.count` must be a multiple of 8.
    static func pack<C: Collection>(_ values: C, bitWidth: Int, into output: inout [UInt8])
    where C.Element: FixedWidthInteger {
        var accumulator: UInt64 = 0
        var bits = 0
        let mask = UInt64(1) << UInt64(bitWidth) - 1
        for value in values {
            accumulator |= (UInt64(truncatingIfNeeded: value) & mask) << UInt64(bits)
            bits += bitWidth
            while bits >= 8 {
                output.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator >>= 8
                bits -= 8
            }
        }
        if bits > 0 { output.append(UInt8(truncatingIfNeeded: accumulator)) }
    }
}

/// Appends an unsigned LEB128 varint.
func appendVarint(_ value: UInt64, to output: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
        output.append(UInt8(truncatingIfNeeded: value) | 0x80)
        value >>= 7
    }
    output.append(UInt8(value))
}

/// Appends a 4-byte little-endian integer.
func appendUInt32(_ value: UInt32, to output: inout [UInt8]) {
    output.append(UInt8(truncatingIfNeeded: value))
    output.append(UInt8(truncatingIfNeeded: value >> 8))
    output.append(UInt8(truncatingIfNeeded: value >> 16))
    output.append(UInt8(truncatingIfNeeded: value >> 24))
}

extension Array where Element == UInt8 {
    /// How many levels from `start` on equal `level`, eight at a time.
    func count(of level: UInt8, from start: Int = 0) -> Int {
        withUnsafeBytes { bytes in
            let ones: UInt64 = 0x0101_0101_0101_0101
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            let pattern = UInt64(level) &* ones
            var count = 0
            var offset = start
            while offset + 8 <= bytes.count {
                let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ pattern
                // The high bit of each byte is set exactly where that byte of `word` is zero.
                count &+= (~(((word & low7) &+ low7) | word | low7)).nonzeroBitCount
                offset += 8
            }
            for index in offset..<bytes.count where bytes[index] == level { count += 1 }
            return count
        }
    }

    /// The first level from `start` on above `maximum`, or `nil` when there is none.
    func firstLevel(above maximum: UInt8, from start: Int) -> UInt8? {
        if maximum < 0x80, (maximum & (maximum &+ 1)) == 0 {
            // maximum = 2^k − 1: a level above it has a bit outside the low k bits.
            let outside = UInt64(~maximum) &* 0x0101_0101_0101_0101
            let clean = withUnsafeBytes { bytes in
                var offset = start
                var seen: UInt64 = 0
                while offset + 8 <= bytes.count {
                    seen |= bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    offset += 8
                }
                for index in offset..<bytes.count { seen |= UInt64(bytes[index]) }
                return seen & outside == 0
            }
            if clean { return nil }
        }
        return self[start...].first { $0 > maximum }
    }
}
