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

    /// The most bytes a raw Snappy block of `count` input bytes can take (as the reference encoder).
    static func maximumCompressedLength(_ count: Int) -> Int { 32 + count + count / 6 }

    /// Compresses `input` into a raw Snappy block.
    static func compress(_ input: UnsafeRawBufferPointer) -> [UInt8] {
        var table = [UInt16](repeating: 0, count: tableSize)
        return [UInt8](unsafeUninitializedCapacity: maximumCompressedLength(input.count)) { buffer, initialized in
            initialized = table.withUnsafeMutableBufferPointer { table in
                compress(input, into: buffer.baseAddress.unsafelyUnwrapped, table: table.baseAddress.unsafelyUnwrapped)
            }
        }
    }

    /// Hash table slots (positions within a 64 KiB block).
    static let tableSize = 1 << 14

    /// Compresses `input` into `output`; returns the bytes written.
    ///
    /// `output` must hold ``maximumCompressedLength(_:)`` bytes; `table` (``tableSize`` entries) is scratch.
    /// Greedy hash matching with the reference encoder's skipping heuristic, 64 KiB blocks, 8-byte match
    /// extension.
    static func compress(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutablePointer<UInt8>,
        table: UnsafeMutablePointer<UInt16>
    ) -> Int {
        var out = output
        var value = UInt64(input.count)
        while value >= 0x80 {
            out.pointee = UInt8(truncatingIfNeeded: value) | 0x80
            out += 1
            value >>= 7
        }
        out.pointee = UInt8(value)
        out += 1
        guard let base = input.baseAddress, input.count > 0 else { return out - output }
        let blockSize = 1 << 16
        var blockStart = 0
        while blockStart < input.count {
            let blockEnd = min(blockStart + blockSize, input.count)
            out = compressBlock(base + blockStart, blockEnd - blockStart, table, out)
            blockStart = blockEnd
        }
        return out - output
    }

    @inline(__always)
    private static func load32(_ pointer: UnsafeRawPointer) -> UInt32 {
        pointer.loadUnaligned(as: UInt32.self)
    }

    @inline(__always)
    private static func hash(_ value: UInt32) -> Int {
        Int(truncatingIfNeeded: (value &* 0x1e35_a7bd) >> 18)
    }

    /// Compresses one block of at most 64 KiB (offsets fit 16 bits).
    private static func compressBlock(
        _ block: UnsafeRawPointer,
        _ length: Int,
        _ table: UnsafeMutablePointer<UInt16>,
        _ output: UnsafeMutablePointer<UInt8>
    ) -> UnsafeMutablePointer<UInt8> {
        var out = output
        let end = block + length
        guard length >= 16 else { return emitLiteral(block, length, out) }
        table.update(repeating: 0, count: tableSize)
        let limit = end - 15
        var literalStart = block
        var position = block + 1
        var nextHash = hash(load32(position))
        search: while true {
            var skip = 32
            var next = position
            var candidate: UnsafeRawPointer
            repeat {
                position = next
                let slot = nextHash
                next = position + (skip >> 5)
                skip += 1
                if next > limit { break search }
                nextHash = hash(load32(next))
                candidate = block + Int(table[slot])
                table[slot] = UInt16(truncatingIfNeeded: position - block)
            } while load32(position) != load32(candidate)
            out = emitLiteral(literalStart, position - literalStart, out)
            repeat {
                let matched = 4 + matchLength(candidate + 4, position + 4, end)
                out = emitCopy(offset: position - candidate, length: matched, out)
                position += matched
                literalStart = position
                if position >= limit { break search }
                table[hash(load32(position - 1))] = UInt16(truncatingIfNeeded: position - 1 - block)
                let slot = hash(load32(position))
                candidate = block + Int(table[slot])
                table[slot] = UInt16(truncatingIfNeeded: position - block)
            } while load32(position) == load32(candidate)
            position += 1
            nextHash = hash(load32(position))
        }
        return emitLiteral(literalStart, end - literalStart, out)
    }

    /// How many bytes at `first` equal those at `second` (`first < second`), stopping at `end`.
    @inline(__always)
    private static func matchLength(
        _ first: UnsafeRawPointer,
        _ second: UnsafeRawPointer,
        _ end: UnsafeRawPointer
    )
        -> Int
    {
        var matched = 0
        while second + matched + 8 <= end {
            let difference =
                first.loadUnaligned(fromByteOffset: matched, as: UInt64.self)
                ^ second.loadUnaligned(fromByteOffset: matched, as: UInt64.self)
            if difference != 0 { return matched + UInt64(littleEndian: difference).trailingZeroBitCount >> 3 }
            matched += 8
        }
        while second + matched < end
            && first.load(fromByteOffset: matched, as: UInt8.self)
                == second.load(fromByteOffset: matched, as: UInt8.self)
        {
            matched += 1
        }
        return matched
    }

    @inline(__always)
    private static func emitLiteral(
        _ source: UnsafeRawPointer,
        _ count: Int,
        _ output: UnsafeMutablePointer<UInt8>
    )
        -> UnsafeMutablePointer<UInt8>
    {
        guard count > 0 else { return output }
        var out = output
        let n = count - 1
        if n < 60 {
            out[0] = UInt8(n << 2)
            out += 1
        } else {
            var extra = 1
            while extra < 4 && n >> (8 * extra) != 0 { extra += 1 }
            out[0] = UInt8((59 + extra) << 2)
            for index in 0..<extra { out[1 + index] = UInt8(truncatingIfNeeded: n >> (8 * index)) }
            out += 1 + extra
        }
        UnsafeMutableRawPointer(out).copyMemory(from: source, byteCount: count)
        return out + count
    }

    @inline(__always)
    private static func emitCopy(
        offset: Int,
        length: Int,
        _ output: UnsafeMutablePointer<UInt8>
    )
        -> UnsafeMutablePointer<UInt8>
    {
        var out = output
        var remaining = length
        while remaining >= 68 {
            out = emitCopyUpTo64(offset: offset, length: 64, out)
            remaining -= 64
        }
        if remaining > 64 {
            out = emitCopyUpTo64(offset: offset, length: 60, out)
            remaining -= 60
        }
        return emitCopyUpTo64(offset: offset, length: remaining, out)
    }

    @inline(__always)
    private static func emitCopyUpTo64(
        offset: Int,
        length: Int,
        _ out: UnsafeMutablePointer<UInt8>
    )
        -> UnsafeMutablePointer<UInt8>
    {
        if length < 12 && offset < 2048 {
            out[0] = UInt8(truncatingIfNeeded: 1 | ((length - 4) << 2) | ((offset >> 8) << 5))
            out[1] = UInt8(truncatingIfNeeded: offset)
            return out + 2
        }
        out[0] = UInt8(truncatingIfNeeded: 2 | ((length - 1) << 2))
        out[1] = UInt8(truncatingIfNeeded: offset)
        out[2] = UInt8(truncatingIfNeeded: offset >> 8)
        return out + 3
    }
}
