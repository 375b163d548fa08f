/// The decoded contents of one leaf column in one row group: levels and non-null values.
struct LeafData: Sendable {
    var column: LeafColumn
    /// Repetition levels, one per entry; empty when the column is not repeated.
    var repetition: [UInt8] = []
    /// Definition levels, one per entry; empty when the column is required all the way down.
    var definition: [UInt8] = []
    /// The number of level entries (values, nulls and empty lists).
    var entryCount = 0
    var values: ColumnValues
    /// Dictionary codes: one index into ``values`` per stored value, or `nil` when not kept.
    ///
    /// Set when the chunk was decoded keeping its dictionary: ``values`` then holds the dictionary entries
    /// (plus the values of any plain pages) instead of one value per stored value.
    var codes: [UInt32]?

    init(column: LeafColumn) {
        self.column = column
        self.values = ColumnValues(physical: column.physical, typeLength: column.typeLength)
    }

    @inline(__always)
    func definitionLevel(_ entry: Int) -> Int {
        definition.isEmpty ? column.maxDefinition : Int(definition[entry])
    }

    @inline(__always)
    func repetitionLevel(_ entry: Int) -> Int {
        repetition.isEmpty ? 0 : Int(repetition[entry])
    }

    /// This leaf with ``codes`` expanded into one value per stored value.
    func expanded() throws(ParquetError) -> LeafData {
        guard let codes else { return self }
        var plain = LeafData(column: column)
        plain.repetition = repetition
        plain.definition = definition
        plain.entryCount = entryCount
        try plain.values.appendFromDictionary(values, indices: codes)
        return plain
    }
}
