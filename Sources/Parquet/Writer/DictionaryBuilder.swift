import Foundation

/// Dictionary encoding for low-cardinality byte-array columns (`split`, `model`, `verdict`).
struct DictionaryBuilder {
    var values: ColumnValues
    var indices: [UInt32]

    /// The largest dictionary page written (as pyarrow: 1 MiB), and the most entries.
    static let maximumBytes = 1 << 20
    static let maximumEntries = 1 << 16

    /// Builds a dictionary when a sample of the values repeats enough; `nil` means "write PLAIN".
    static func build(_ source: ColumnValues) -> DictionaryBuilder? {
        guard source.physical == .byteArray else { return nil }
        let count = source.count
        guard count >= 2 else { return nil }
        // Sample the first values: give up on mostly-distinct or long values.
        let sample = min(count, 1024)
        guard source.offsets[sample] / sample <= 256 else { return nil }
        return source.bytes.withUnsafeBytes { bytes -> DictionaryBuilder? in
            var table = ByteHashTable(bytes: bytes)
            for index in 0..<sample { _ = table.insert(source.byteRange(index)) }
            guard table.entries.count * 2 <= sample || table.entries.count <= 16 else { return nil }
            var indices: [UInt32] = []
            indices.reserveCapacity(count)
            var dictionaryBytes = table.entries.reduce(0) { $0 + $1.count }
            for index in 0..<count {
                let range = source.byteRange(index)
                let (entry, isNew) = table.insert(range)
                if isNew {
                    dictionaryBytes += range.count
                    if dictionaryBytes > maximumBytes || table.entries.count > maximumEntries { return nil }
                }
                indices.append(UInt32(entry))
            }
            var dictionary = ColumnValues(physical: .byteArray)
            dictionary.bytes.reserveCapacity(dictionaryBytes)
            dictionary.offsets.reserveCapacity(table.entries.count + 1)
            for range in table.entries { dictionary.appendBytes(UnsafeRawBufferPointer(rebasing: bytes[range])) }
            return DictionaryBuilder(values: dictionary, indices: indices)
        }
    }
}
