/// One column's values for a batch append (``ParquetWriter/append(columns:)``).
///
/// Typed cases go straight into the column buffers and are the fast path. Nested columns are given
/// Arrow-style: ``lists(offsets:element:nulls:)`` holds every row's elements in one child column and
/// ``structs(_:nulls:)`` one column per member, so a `list<struct<role: string, content: string>>` column
/// is `.lists(offsets: [0, 3, 5], element: .structs([.strings(roles), .strings(contents)]))`.
/// ``values(_:)`` accepts any column at all (slower: one ``ParquetValue`` per value).
public indirect enum ParquetColumnValues: Sendable {
    case strings([String])
    case optionalStrings([String?])
    case int32s([Int32])
    case optionalInt32s([Int32?])
    case int64s([Int64])
    case optionalInt64s([Int64?])
    case doubles([Double])
    case optionalDoubles([Double?])
    case bools([Bool])
    case optionalBools([Bool?])
    case values([ParquetValue])
    /// A list column: row `i` holds elements `offsets[i]..<offsets[i + 1]` of `element`.
    ///
    /// `offsets` has one more entry than there are rows, starts at 0, never decreases and ends at
    /// `element.count`. `nulls`, when given, has one flag per row (`true`: the list is null; its elements,
    /// if any, are skipped).
    case lists(offsets: [Int], element: ParquetColumnValues, nulls: [Bool]? = nil)
    /// A struct column: one column per member, in schema order, each with one value per row.
    ///
    /// `nulls`, when given, has one flag per row (`true`: the struct is null; its members' values are skipped).
    case structs([ParquetColumnValues], nulls: [Bool]? = nil)

    /// The number of rows.
    public var count: Int {
        switch self {
        case .strings(let items): items.count
        case .optionalStrings(let items): items.count
        case .int32s(let items): items.count
        case .optionalInt32s(let items): items.count
        case .int64s(let items): items.count
        case .optionalInt64s(let items): items.count
        case .doubles(let items): items.count
        case .optionalDoubles(let items): items.count
        case .bools(let items): items.count
        case .optionalBools(let items): items.count
        case .values(let items): items.count
        case .lists(let offsets, _, _): max(offsets.count - 1, 0)
        case .structs(let members, let nulls): nulls?.count ?? members.first?.count ?? 0
        }
    }
}

extension LeafBuilder {
    /// Appends a typed batch to a leaf with no list above it; a null is recorded at `nullDefinition`.
    mutating func appendBatch(
        _ batch: ParquetColumnValues,
        field: String,
        nullDefinition: UInt8 = 0
    ) throws(ParquetError) {
        let maximum = UInt8(column.maxDefinition)
        func mismatch() -> ParquetError {
            ParquetError(.schemaMismatch, "batch for column '\(field)' does not match its type \(column.type)")
        }
        func present(_ count: Int) {
            if column.maxDefinition > 0 { definition.append(contentsOf: repeatElement(maximum, count: count)) }
            entryCount += count
        }
        func optional<T>(_ items: [T?], _ add: (T) -> Void) throws(ParquetError) {
            guard column.maxDefinition > 0 else {
                throw ParquetError(.schemaMismatch, "column '\(field)' is not nullable but the batch has optionals")
            }
            definition.reserveGrowing(items.count)
            for item in items {
                if let item {
                    add(item)
                    definition.append(maximum)
                } else {
                    definition.append(nullDefinition)
                }
            }
            entryCount += items.count
        }
        switch (column.physical, batch) {
        case (.byteArray, .strings(let items)):
            values.offsets.reserveGrowing(items.count)
            for var item in items { item.withUTF8 { values.appendBytes($0) } }
            present(items.count)
        case (.byteArray, .optionalStrings(let items)):
            try optional(items) { (item: String) in
                var item = item
                item.withUTF8 { values.appendBytes($0) }
            }
        case (.int32, .int32s(let items)):
            values.int32s += items
            present(items.count)
        case (.int32, .optionalInt32s(let items)): try optional(items) { values.int32s.append($0) }
        case (.int64, .int64s(let items)):
            values.int64s += items
            present(items.count)
        case (.int64, .optionalInt64s(let items)): try optional(items) { values.int64s.append($0) }
        case (.double, .doubles(let items)):
            values.doubles += items
            present(items.count)
        case (.double, .optionalDoubles(let items)): try optional(items) { values.doubles.append($0) }
        case (.boolean, .bools(let items)):
            values.booleans += items
            present(items.count)
        case (.boolean, .optionalBools(let items)): try optional(items) { values.booleans.append($0) }
        default:
            throw mismatch()
        }
    }
}
