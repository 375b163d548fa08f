/// Eight bytes at a time: the zero-byte test `(x - 0x01…01) & ~x & 0x80…80` that the JSON scanner and writer
/// use to find the next byte of interest in a string.
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset`, the first in the lowest bits.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// High bits marking the bytes of `word` equal to `byte` (exact up to the first mark; the caller reads only
    /// that one), before masking with ``highs``.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x
    }

    /// The offset of the first marked byte of a non-zero `marks`.
    @inline(__always)
    static func firstMark(_ marks: UInt64) -> Int { marks.trailingZeroBitCount / 8 }
}
