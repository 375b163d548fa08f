/// Where the items of a nested batch column land in the leaves: one slot per entry, in row order.
///
/// A slot is an item of the column (`items[slot] >= 0`) or an entry without a value (`-1`: an empty or null
/// ancestor), which every leaf below records at `definitions[slot]`.
struct BatchSlots {
    var items: [Int] = []
    var definitions: [UInt8] = []
    var repetitions: [UInt8] = []

    init(capacity: Int) {
        items.reserveCapacity(capacity)
        definitions.reserveCapacity(capacity)
        repetitions.reserveCapacity(capacity)
    }

    var count: Int { items.count }

    @inline(__always)
    mutating func item(_ index: Int, repetition: UInt8) {
        items.append(index)
        definitions.append(0)
        repetitions.append(repetition)
    }

    @inline(__always)
    mutating func absent(definition: UInt8, repetition: UInt8) {
        items.append(-1)
        definitions.append(definition)
        repetitions.append(repetition)
    }
}

/// Shreds a column batch (``ParquetColumnValues``) into the leaves, a whole column at a time.
///
/// Each level of nesting turns its parent's slots into its children's (a list expands rows into elements, a
/// struct passes rows on), so a leaf is filled in one pass without building a ``ParquetValue`` per value.
enum BatchShredder {
    /// Shreds `column` for `node`, whose parent is present at `parentDefinition`.
    ///
    /// - Parameters:
    ///   - column: The batch's values for `node`.
    ///   - node: The schema node.
    ///   - parentDefinition: The definition level at which `node`'s parent is present.
    ///   - slots: Where `column`'s items go; `nil` means "item `i` is row `i`, repetition 0".
    ///   - leaves: The leaf buffers to fill.
    /// - Throws: ``ParquetError`` `schemaMismatch` when the batch does not fit the schema.
    static func shred(
        _ column: ParquetColumnValues,
        _ node: ValueNode,
        parentDefinition: Int,
        slots: BatchSlots?,
        into leaves: inout [LeafBuilder]
    ) throws(ParquetError) {
        func notNullable() -> ParquetError {
            ParquetError(.schemaMismatch, "field '\(node.name)' is not nullable but the batch has a null")
        }
        switch (column, node.kind) {
        case (.values(let items), _):
            guard let slots else {
                for item in items {
                    try RecordShredder.shred(
                        item,
                        node,
                        parentDefinition: parentDefinition,
                        repetition: 0,
                        into: &leaves
                    )
                }
                return
            }
            for slot in 0..<slots.count {
                let item = slots.items[slot]
                if item < 0 {
                    RecordShredder.emitEmpty(
                        node,
                        definition: Int(slots.definitions[slot]),
                        repetition: Int(slots.repetitions[slot]),
                        into: &leaves
                    )
                } else {
                    try RecordShredder.shred(
                        items[item],
                        node,
                        parentDefinition: parentDefinition,
                        repetition: Int(slots.repetitions[slot]),
                        into: &leaves
                    )
                }
            }

        case (.lists(let offsets, let element, let nulls), .list(let elementDefinition, let level, let elementNode)):
            let rows = offsets.count - 1
            guard rows >= 0, offsets[0] == 0, offsets[rows] == element.count else {
                throw ParquetError(
                    .schemaMismatch,
                    "list batch for '\(node.name)' needs offsets from 0 to its \(element.count) elements"
                )
            }
            for row in 0..<rows where offsets[row] > offsets[row + 1] {
                throw ParquetError(
                    .schemaMismatch,
                    "list batch for '\(node.name)' has decreasing offsets at row \(row)"
                )
            }
            guard nulls == nil || nulls?.count == rows else {
                throw ParquetError(
                    .schemaMismatch,
                    "list batch for '\(node.name)' has \(rows) rows but \(nulls?.count ?? 0) null flags"
                )
            }
            var children = BatchSlots(capacity: element.count + 16)
            let own = UInt8(node.definition)
            let absentParent = UInt8(parentDefinition)
            let continuation = UInt8(level)
            func expand(_ row: Int, repetition: UInt8) throws(ParquetError) {
                if let nulls, nulls[row] {
                    guard node.isOptional else { throw notNullable() }
                    children.absent(definition: absentParent, repetition: repetition)
                    return
                }
                let start = offsets[row]
                let end = offsets[row + 1]
                if start == end {
                    children.absent(definition: own, repetition: repetition)
                    return
                }
                children.item(start, repetition: repetition)
                for index in start + 1..<end { children.item(index, repetition: continuation) }
            }
            if let slots {
                for slot in 0..<slots.count {
                    let row = slots.items[slot]
                    if row < 0 {
                        children.absent(definition: slots.definitions[slot], repetition: slots.repetitions[slot])
                    } else {
                        try expand(row, repetition: slots.repetitions[slot])
                    }
                }
            } else {
                for row in 0..<rows { try expand(row, repetition: 0) }
            }
            try shred(
                element,
                elementNode,
                parentDefinition: elementDefinition,
                slots: children,
                into: &leaves
            )

        case (.structs(let members, let nulls), .group(let childNodes)):
            let rows = column.count
            guard members.count == childNodes.count else {
                throw ParquetError(
                    .schemaMismatch,
                    "struct batch for '\(node.name)' has \(members.count) members but the schema has \(childNodes.count)"
                )
            }
            for (index, member) in members.enumerated() where member.count != rows {
                throw ParquetError(
                    .schemaMismatch,
                    "member '\(childNodes[index].name)' of '\(node.name)' has \(member.count) values, not \(rows)"
                )
            }
            var children = slots
            if let nulls, nulls.contains(true) {
                guard node.isOptional else { throw notNullable() }
                var masked = BatchSlots(capacity: slots?.count ?? rows)
                let absentParent = UInt8(parentDefinition)
                for slot in 0..<(slots?.count ?? rows) {
                    let row = slots.map { $0.items[slot] } ?? slot
                    let repetition = slots?.repetitions[slot] ?? 0
                    if row < 0 {
                        masked.absent(definition: slots?.definitions[slot] ?? 0, repetition: repetition)
                    } else if nulls[row] {
                        masked.absent(definition: absentParent, repetition: repetition)
                    } else {
                        masked.item(row, repetition: repetition)
                    }
                }
                children = masked
            }
            for (index, member) in members.enumerated() {
                try shred(member, childNodes[index], parentDefinition: node.definition, slots: children, into: &leaves)
            }

        case (_, .leaf(let index)):
            guard let slots else {
                try leaves[index].appendBatch(column, field: node.name, nullDefinition: UInt8(parentDefinition))
                return
            }
            try leaves[index].appendSlots(
                column,
                slots,
                field: node.name,
                isOptional: node.isOptional,
                nullDefinition: parentDefinition
            )

        default:
            throw ParquetError(
                .schemaMismatch,
                "batch for '\(node.name)' does not match its type \(node.field.type) (nested columns take "
                    + ".lists, .structs or .values)"
            )
        }
    }
}

extension LeafBuilder {
    /// Appends the items of a typed batch that `slots` places (a leaf below a list or a nullable struct).
    mutating func appendSlots(
        _ batch: ParquetColumnValues,
        _ slots: BatchSlots,
        field: String,
        isOptional: Bool,
        nullDefinition: Int
    ) throws(ParquetError) {
        let present = column.maxDefinition
        if case .lists = batch { throw ParquetError(.schemaMismatch, "field '\(field)' is not a list") }
        if case .structs = batch { throw ParquetError(.schemaMismatch, "field '\(field)' is not a struct") }
        func null(_ repetition: Int) throws(ParquetError) {
            guard isOptional else {
                throw ParquetError(.schemaMismatch, "field '\(field)' is not nullable but the batch has a null")
            }
            appendLevels(definition: nullDefinition, repetition: repetition)
        }
        if column.physical == .byteArray, case .strings(let items) = batch {
            values.offsets.reserveGrowing(slots.count)
            for slot in 0..<slots.count {
                let item = slots.items[slot]
                let repetition = Int(slots.repetitions[slot])
                if item < 0 {
                    appendLevels(definition: Int(slots.definitions[slot]), repetition: repetition)
                } else {
                    var text = items[item]
                    text.withUTF8 { values.appendBytes($0) }
                    appendLevels(definition: present, repetition: repetition)
                }
            }
            return
        }
        for slot in 0..<slots.count {
            let item = slots.items[slot]
            let repetition = Int(slots.repetitions[slot])
            if item < 0 {
                appendLevels(definition: Int(slots.definitions[slot]), repetition: repetition)
                continue
            }
            let value = batch.value(at: item)
            if case .null = value {
                try null(repetition)
            } else {
                try append(value, repetition: repetition)
            }
        }
    }
}

extension ParquetColumnValues {
    /// Item `index` as a ``ParquetValue`` (the slow path for leaves below lists).
    func value(at index: Int) -> ParquetValue {
        switch self {
        case .strings(let items): .string(items[index])
        case .optionalStrings(let items): ParquetValue(items[index])
        case .int32s(let items): .int32(items[index])
        case .optionalInt32s(let items): ParquetValue(items[index])
        case .int64s(let items): .int64(items[index])
        case .optionalInt64s(let items): ParquetValue(items[index])
        case .doubles(let items): .double(items[index])
        case .optionalDoubles(let items): ParquetValue(items[index])
        case .bools(let items): .bool(items[index])
        case .optionalBools(let items): ParquetValue(items[index])
        case .values(let items): items[index]
        case .lists, .structs: .null
        }
    }
}
