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
}
