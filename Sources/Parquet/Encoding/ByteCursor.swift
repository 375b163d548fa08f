/// Bounds-checked little-endian reads from a byte buffer.
struct ByteCursor {
    let buffer: UnsafeRawBufferPointer
    var position = 0

    init(_ buffer: UnsafeRawBufferPointer) {
        self.buffer = buffer
    }

    var remaining: Int { buffer.count - position }
    var isAtEnd: Bool { position >= buffer.count }

    static func failure(_ message: String) -> ParquetError {
        ParquetError(.corruptPage, message)
    }

    mutating func readByte() throws(ParquetError) -> UInt8 {
        guard position < buffer.count else { throw Self.failure("data ends early at byte \(position) of the page") }
        defer { position += 1 }
        return buffer[position]
    }

    mutating func readUInt32() throws(ParquetError) -> UInt32 {
        guard remaining >= 4 else { throw Self.failure("4-byte length ends early at byte \(position) of the page") }
        defer { position += 4 }
        return buffer.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian
    }

    mutating func readVarint() throws(ParquetError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64 else { throw Self.failure("varint too long at byte \(position) of the page") }
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    mutating func readZigzag() throws(ParquetError) -> Int64 {
        let raw = try readVarint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// Takes the next `count` bytes.
    mutating func take(_ count: Int) throws(ParquetError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= remaining else {
            throw Self.failure("needs \(count) bytes at byte \(position) of the page but \(remaining) remain")
        }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: buffer[position..<position + count])
    }

    /// Takes everything that remains.
    mutating func rest() -> UnsafeRawBufferPointer {
        defer { position = buffer.count }
        return UnsafeRawBufferPointer(rebasing: buffer[position...])
    }
}

/// The number of bits needed for values up to `maximum`.
func bitWidth(of maximum: UInt64) -> Int {
    maximum == 0 ? 0 : 64 - maximum.leadingZeroBitCount
}

extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for bodies that throw ``ParquetError`` (keeps the typed error).
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws(ParquetError) -> R) throws(ParquetError) -> R {
        let result: Result<R, ParquetError> = withUnsafeBytes { raw in
            do throws(ParquetError) {
                return .success(try body(raw))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

extension UnsafeRawBufferPointer {
    /// The same bytes as a typed buffer (our raw buffers always view `[UInt8]` storage), so that
    /// `append(contentsOf:)` copies with `memcpy` instead of byte by byte.
    @inline(__always)
    var uint8: UnsafeBufferPointer<UInt8> {
        guard let base = baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
    }
}
