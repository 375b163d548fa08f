/// Accumulates one leaf column's levels and values for the row group being written.
struct LeafBuilder: Sendable {
    let column: LeafColumn
    var definition: [UInt8] = []
    var repetition: [UInt8] = []
    var values: ColumnValues
    var entryCount = 0
    /// Buffers the chunk is encoded with (kept across row groups).
    var scratch = ChunkScratch()

    init(column: LeafColumn) {
        self.column = column
        self.values = ColumnValues(physical: column.physical, typeLength: column.typeLength)
    }

    /// An estimate of the bytes buffered (for row group sizing).
    var bufferedBytes: Int {
        let levels = definition.count + repetition.count
        switch values.physical {
        case .boolean: return levels + values.booleans.count / 8
        case .int32: return levels + 4 * values.int32s.count
        case .float: return levels + 4 * values.floats.count
        case .int64: return levels + 8 * values.int64s.count
        case .double: return levels + 8 * values.doubles.count
        case .byteArray, .fixedLenByteArray, .int96: return levels + values.bytes.count + 4 * values.offsets.count
        }
    }

    mutating func reset() {
        definition.removeAll(keepingCapacity: true)
        repetition.removeAll(keepingCapacity: true)
        values.clear()
        entryCount = 0
    }

    /// Records an entry without a value (a null, or an empty/null ancestor).
    @inline(__always)
    mutating func appendLevels(definition level: Int, repetition rep: Int) {
        if column.maxDefinition > 0 { definition.append(UInt8(level)) }
        if column.maxRepetition > 0 { repetition.append(UInt8(rep)) }
        entryCount += 1
    }

    private func mismatch(_ value: ParquetValue) -> ParquetError {
        ParquetError(
            .schemaMismatch,
            "value \(value) does not fit column type \(column.type)",
            column: column.dottedPath
        )
    }

    /// Records a present value.
    mutating func append(_ value: ParquetValue, repetition rep: Int) throws(ParquetError) {
        switch (column.physical, value) {
        case (.boolean, .bool(let flag)): values.booleans.append(flag)
        case (.int32, .int32(let number)), (.int32, .date(let number)): values.int32s.append(number)
        case (.int32, .int64(let number)):
            guard let narrow = Int32(exactly: number) else { throw mismatch(value) }
            values.int32s.append(narrow)
        case (.int64, .int64(let number)): values.int64s.append(number)
        case (.int64, .int32(let number)): values.int64s.append(Int64(number))
        case (.int64, .timestamp(let number, let unit)):
            guard case .timestamp(let columnUnit, _) = column.type else { throw mismatch(value) }
            values.int64s.append(Self.convert(number, from: unit, to: columnUnit))
        case (.float, .float(let number)): values.floats.append(number)
        case (.float, .double(let number)): values.floats.append(Float(number))
        case (.double, .double(let number)): values.doubles.append(number)
        case (.double, .float(let number)): values.doubles.append(Double(number))
        case (.double, .int32(let number)): values.doubles.append(Double(number))
        case (.double, .int64(let number)): values.doubles.append(Double(number))
        case (.byteArray, .string(let text)):
            var text = text
            text.withUTF8 { values.bytes.append(contentsOf: $0) }
            values.offsets.append(values.bytes.count)
        case (.byteArray, .binary(let bytes)): values.appendBytes(bytes)
        case (.fixedLenByteArray, .binary(let bytes)):
            guard bytes.count == column.typeLength else { throw mismatch(value) }
            values.appendBytes(bytes)
        default:
            throw mismatch(value)
        }
        appendLevels(definition: column.maxDefinition, repetition: rep)
    }

    static func convert(_ value: Int64, from: ParquetTimeUnit, to: ParquetTimeUnit) -> Int64 {
        func scale(_ unit: ParquetTimeUnit) -> Int64 {
            switch unit {
            case .millis: 1
            case .micros: 1000
            case .nanos: 1_000_000
            }
        }
        let (source, target) = (scale(from), scale(to))
        return source <= target ? value &* (target / source) : value / (source / target)
    }
}

/// Splits nested values into per-leaf levels and values (Dremel record shredding).
struct RecordShredder {
    /// Shreds `value` for `node`, whose parent is present at `parentDefinition`.
    static func shred(
        _ value: ParquetValue,
        _ node: ValueNode,
        parentDefinition: Int,
        repetition: Int,
        into leaves: inout [LeafBuilder]
    ) throws(ParquetError) {
        if case .null = value {
            guard node.isOptional else {
                throw ParquetError(.schemaMismatch, "field '\(node.name)' is not nullable but got null")
            }
            emitEmpty(node, definition: parentDefinition, repetition: repetition, into: &leaves)
            return
        }
        switch node.kind {
        case .leaf(let index):
            try leaves[index].append(value, repetition: repetition)
        case .group(let children):
            guard case .object(let members) = value else {
                throw ParquetError(.schemaMismatch, "field '\(node.name)' is a struct but got \(value)")
            }
            for (position, child) in children.enumerated() {
                // Members are usually in schema order; fall back to a search by name.
                let member: ParquetValue
                if position < members.count && members[position].name == child.name {
                    member = members[position].value
                } else {
                    member = members.first { $0.name == child.name }?.value ?? .null
                }
                try shred(member, child, parentDefinition: node.definition, repetition: repetition, into: &leaves)
            }
        case .list(let elementDefinition, let level, let element):
            guard case .list(let items) = value else {
                throw ParquetError(.schemaMismatch, "field '\(node.name)' is a list but got \(value)")
            }
            if items.isEmpty {
                emitEmpty(node, definition: node.definition, repetition: repetition, into: &leaves)
                return
            }
            for (position, item) in items.enumerated() {
                try shred(
                    item,
                    element,
                    parentDefinition: elementDefinition,
                    repetition: position == 0 ? repetition : level,
                    into: &leaves
                )
            }
        }
    }

    static func emitEmpty(
        _ node: ValueNode,
        definition: Int,
        repetition: Int,
        into leaves: inout [LeafBuilder]
    ) {
        for leaf in node.firstLeaf..<node.firstLeaf + node.leafCount {
            leaves[leaf].appendLevels(definition: definition, repetition: repetition)
        }
    }
}
