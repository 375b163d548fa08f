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
        var seen = Set<ArraySlice<UInt8>>()
        for index in 0..<sample { seen.insert(source.bytes[source.byteRange(index)]) }
        guard seen.count * 2 <= sample || seen.count <= 16 else { return nil }
        var lookup: [ArraySlice<UInt8>: UInt32] = [:]
        var dictionary = ColumnValues(physical: .byteArray)
        var indices: [UInt32] = []
        indices.reserveCapacity(count)
        for index in 0..<count {
            let key = source.bytes[source.byteRange(index)]
            if let existing = lookup[key] {
                indices.append(existing)
            } else {
                let next = UInt32(dictionary.count)
                lookup[key] = next
                dictionary.appendBytes(key)
                indices.append(next)
                if dictionary.bytes.count > maximumBytes || dictionary.count > maximumEntries { return nil }
            }
        }
        return DictionaryBuilder(values: dictionary, indices: indices)
    }
}
