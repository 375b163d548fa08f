/// The Snappy raw block format (not the framed format), in pure Swift.
enum Snappy {
    /// Decompresses a raw Snappy block whose preamble must announce `expectedSize` bytes.
    static func decompress(_ input: UnsafeRawBufferPointer, expectedSize: Int) throws(ParquetError) -> [UInt8] {
        var cursor = ByteCursor(input)
        let length = try cursor.readVarint()
        guard length == UInt64(expectedSize) else {
            throw ParquetError(
                .corruptPage,
                "Snappy data holds \(length) bytes but the page header says \(expectedSize)"
            )
        }
        var written = 0
        var ok = false
        // Every byte is written before it is read (copies only reach back into written data).
        let output = [UInt8](unsafeUninitializedCapacity: expectedSize) { out, initialized in
            ok = decode(out)
            initialized = ok ? expectedSize : 0
        }
        func decode(_ out: UnsafeMutableBufferPointer<UInt8>) -> Bool {
            var position = cursor.position
            let end = input.count
            while position < end {
                let tag = input[position]
                position += 1
                switch tag & 3 {
                case 0:
                    var literal = Int(tag >> 2)
                    if literal >= 60 {
                        let extra = literal - 59
                        guard end - position >= extra else { return false }
                        literal = 0
                        for index in 0..<extra { literal |= Int(input[position + index]) << (8 * index) }
                        position += extra
                    }
                    literal += 1
                    guard end - position >= literal, expectedSize - written >= literal else { return false }
                    if let target = out.baseAddress, let source = input.baseAddress {
                        (target + written).update(
                            from: (source + position).assumingMemoryBound(to: UInt8.self),
                            count: literal
                        )
                    }
                    position += literal
                    written += literal
                    continue
                case 1:
                    guard position < end else { return false }
                    let length = Int((tag >> 2) & 7) + 4
                    let offset = Int(tag >> 5) << 8 | Int(input[position])
                    position += 1
                    guard copy(out, &written, offset: offset, length: length) else { return false }
                case 2:
                    guard end - position >= 2 else { return false }
                    let length = Int(tag >> 2) + 1
                    let offset = Int(input[position]) | Int(input[position + 1]) << 8
                    position += 2
                    guard copy(out, &written, offset: offset, length: length) else { return false }
                default:
                    guard end - position >= 4 else { return false }
                    let length = Int(tag >> 2) + 1
                    var offset = 0
                    for index in 0..<4 { offset |= Int(input[position + index]) << (8 * index) }
                    position += 4
                    guard copy(out, &written, offset: offset, length: length) else { return false }
                }
            }
            return written == expectedSize
        }
        guard ok else {
            throw ParquetError(.corruptPage, "Snappy data is corrupt (decoded \(written) of \(expectedSize) bytes)")
        }
        return output
    }

    @inline(__always)
    private static func copy(
        _ out: UnsafeMutableBufferPointer<UInt8>,
        _ written: inout Int,
        offset: Int,
        length: Int
    )
        -> Bool
    {
        guard offset > 0, offset <= written, out.count - written >= length else { return false }
        var source = written - offset
        if offset >= length, let base = out.baseAddress {
            (base + written).update(from: base + source, count: length)
        } else {
            for index in 0..<length {
                out[written + index] = out[source]
                source += 1
            }
        }
        written += length
        return true
    }

    /// Compresses `input` into a raw Snappy block (greedy hash matching, like the reference encoder).
    static func compress(_ input: UnsafeRawBufferPointer) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(32 + input.count + input.count / 6)
        appendVarint(UInt64(input.count), to: &output)
        let blockSize = 1 << 16
        var table = [UInt16](repeating: 0, count: 1 << 14)
        var blockStart = 0
        while blockStart < input.count {
            let blockEnd = min(blockStart + blockSize, input.count)
            compressBlock(input, blockStart, blockEnd, &table, &output)
            blockStart = blockEnd
        }
        return output
    }

    private static func compressBlock(
        _ input: UnsafeRawBufferPointer,
        _ start: Int,
        _ end: Int,
        _ table: inout [UInt16],
        _ output: inout [UInt8]
    ) {
        let length = end - start
        guard length >= 16 else {
            emitLiteral(input, start, end, &output)
            return
        }
        for index in table.indices { table[index] = 0 }
        @inline(__always) func load32(_ position: Int) -> UInt32 {
            input.loadUnaligned(fromByteOffset: position, as: UInt32.self)
        }
        @inline(__always) func hash(_ value: UInt32) -> Int {
            Int((value &* 0x1e35_a7bd) >> 18)
        }
        let limit = end - 15
        var literalStart = start
        var position = start + 1
        var skip = 32
        table.withUnsafeMutableBufferPointer { table in
            while position < limit {
                let current = load32(position)
                let slot = hash(current)
                let candidate = start + Int(table[slot])
                table[slot] = UInt16(truncatingIfNeeded: position - start)
                if candidate < position && load32(candidate) == current {
                    // Emit pending literal, then extend the match.
                    if literalStart < position { emitLiteral(input, literalStart, position, &output) }
                    var matchLength = 4
                    while position + matchLength < end
                        && input[candidate + matchLength] == input[position + matchLength]
                    {
                        matchLength += 1
                    }
                    emitCopy(offset: position - candidate, length: matchLength, &output)
                    position += matchLength
                    literalStart = position
                    skip = 32
                    if position < limit {
                        let back = position - 1
                        table[hash(load32(back))] = UInt16(truncatingIfNeeded: back - start)
                    }
                } else {
                    position += skip >> 5
                    skip += 1
                }
            }
        }
        if literalStart < end { emitLiteral(input, literalStart, end, &output) }
    }

    private static func emitLiteral(_ input: UnsafeRawBufferPointer, _ start: Int, _ end: Int, _ output: inout [UInt8])
    {
        let count = end - start
        guard count > 0 else { return }
        let n = count - 1
        if n < 60 {
            output.append(UInt8(n << 2))
        } else if n < 1 << 8 {
            output.append(60 << 2)
            output.append(UInt8(n))
        } else if n < 1 << 16 {
            output.append(61 << 2)
            output.append(UInt8(truncatingIfNeeded: n))
            output.append(UInt8(truncatingIfNeeded: n >> 8))
        } else {
            output.append(62 << 2)
            output.append(UInt8(truncatingIfNeeded: n))
            output.append(UInt8(truncatingIfNeeded: n >> 8))
            output.append(UInt8(truncatingIfNeeded: n >> 16))
        }
        output.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[start..<end]).uint8)
    }

    private static func emitCopy(offset: Int, length: Int, _ output: inout [UInt8]) {
        var remaining = length
        while remaining >= 68 {
            emitCopyUpTo64(offset: offset, length: 64, &output)
            remaining -= 64
        }
        if remaining > 64 {
            emitCopyUpTo64(offset: offset, length: 60, &output)
            remaining -= 60
        }
        emitCopyUpTo64(offset: offset, length: remaining, &output)
    }

    private static func emitCopyUpTo64(offset: Int, length: Int, _ output: inout [UInt8]) {
        if length < 12 && offset < 2048 {
            output.append(UInt8(1 | ((length - 4) << 2) | ((offset >> 8) << 5)))
            output.append(UInt8(truncatingIfNeeded: offset))
        } else {
            output.append(UInt8(2 | ((length - 1) << 2)))
            output.append(UInt8(truncatingIfNeeded: offset))
            output.append(UInt8(truncatingIfNeeded: offset >> 8))
        }
    }
}
