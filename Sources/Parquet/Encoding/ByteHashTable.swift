import Foundation

/// Open addressing over byte ranges of one buffer: entry numbers in first-seen order.
struct ByteHashTable {
    let bytes: UnsafeRawBufferPointer
    /// Distinct values, in first-seen order (ranges into `bytes`).
    var entries: [Range<Int>] = []
    private var hashes: [UInt64] = []
    /// Entry number + 1 per slot; 0 is empty.
    private var slots = [Int32](repeating: 0, count: 256)

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The entry number of the value at `range`, adding it if it is new.
    mutating func insert(_ range: Range<Int>) -> (entry: Int, isNew: Bool) {
        let hash = Self.hash(bytes, range)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let entry = stored - 1
            if hashes[entry] == hash && equal(entries[entry], range) { return (entry, false) }
            slot = (slot + 1) & mask
        }
        let entry = entries.count
        entries.append(range)
        hashes.append(hash)
        slots[slot] = Int32(entry + 1)
        if entries.count * 2 > slots.count { grow() }
        return (entry, true)
    }

    private func equal(_ left: Range<Int>, _ right: Range<Int>) -> Bool {
        guard left.count == right.count else { return false }
        guard left.count > 0, let base = bytes.baseAddress else { return true }
        return memcmp(base + left.lowerBound, base + right.lowerBound, left.count) == 0
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// A fast 64-bit hash of the bytes (multiply-mix over 8-byte words).
    static func hash(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: range.count) &* multiplier
        var position = range.lowerBound
        while position + 8 <= range.upperBound {
            let word = bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            position += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while position < range.upperBound {
            tail |= UInt64(bytes[position]) << shift
            shift += 8
            position += 1
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ (hash >> 32)
    }
}
