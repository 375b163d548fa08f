import Foundation

/// One top-level column of one row group, decoded: typed arrays for flat columns, values for any column.
///
/// Typed accessors (``strings()``, ``int32s()``, ``doubles()``, …) are the fast path for flat
/// columns; ``values()`` works for every column, nested or not.
///
/// ```swift
/// let group = try await file.readRowGroup(0, columns: ["split", "is_verified"])
/// let splits = try group.column("split").strings()      // [String?]
/// let verified = try group.column("is_verified").bools() // [Bool?]
/// ```
public struct ParquetColumn: Sendable {
    /// The column's field (name, type, nullability).
    public var field: ParquetField { node.field }
    /// The number of rows.
    public let rowCount: Int
    let node: ValueNode
    let leaves: [LeafData]

    init(node: ValueNode, leaves: [LeafData], rowCount: Int) {
        self.node = node
        self.leaves = leaves
        self.rowCount = rowCount
    }

    /// The column's name.
    public var name: String { node.name }

    /// Every row's value (nested lists and structs assembled).
    ///
    /// - Throws: ``ParquetError`` when the levels are inconsistent (a corrupt file).
    public func values() throws(ParquetError) -> [ParquetValue] {
        if case .leaf = node.kind {
            let leaf = try flatLeaf("values")
            try check(leaf)
            return flat(leaf) { leaf, index in leaf.value(at: index) }.map { $0 ?? .null }
        }
        var assembler = RecordAssembler(leaves: leaves, base: node.firstLeaf)
        return try assembler.assembleAll(node, rowCount: rowCount)
    }

    /// The flat leaf, or an error naming the accessor.
    private func flatLeaf(_ accessor: String) throws(ParquetError) -> LeafData {
        try codedLeaf(accessor).expanded()
    }

    /// The flat leaf, possibly dictionary-coded, or an error naming the accessor.
    private func codedLeaf(_ accessor: String) throws(ParquetError) -> LeafData {
        guard case .leaf = node.kind, let leaf = leaves.first else {
            throw ParquetError(
                .schemaMismatch,
                "\(accessor)() needs a flat column, but '\(name)' is \(field.type)",
                column: name
            )
        }
        return leaf
    }

    /// Walks the definition levels of a flat column, producing `nil` for nulls.
    private func flat<T>(_ leaf: LeafData, _ transform: (LeafData, Int) -> T) -> [T?] {
        let maximum = UInt8(leaf.column.maxDefinition)
        if leaf.definition.isEmpty {
            return (0..<leaf.values.count).map { transform(leaf, $0) }
        }
        var result: [T?] = []
        result.reserveCapacity(leaf.entryCount)
        var index = 0
        for level in leaf.definition {
            if level == maximum {
                result.append(transform(leaf, index))
                index += 1
            } else {
                result.append(nil)
            }
        }
        return result
    }

    private func check(_ leaf: LeafData) throws(ParquetError) {
        guard leaf.entryCount == rowCount else {
            throw ParquetError(
                .corruptPage,
                "column has \(leaf.entryCount) entries but the row group has \(rowCount) rows",
                column: name
            )
        }
        let maximum = UInt8(leaf.column.maxDefinition)
        let present = leaf.definition.isEmpty ? leaf.entryCount : leaf.definition.count(of: maximum)
        let stored = leaf.codes?.count ?? leaf.values.count
        guard present == stored else {
            throw ParquetError(
                .corruptPage,
                "column stores \(stored) values but its levels select \(present)",
                column: name
            )
        }
    }

    private func typed<T>(
        _ accessor: String,
        _ physical: Set<PhysicalType>,
        _ transform: (LeafData, Int) -> T
    ) throws(ParquetError) -> [T?] {
        flat(try checkedLeaf(accessor, physical), transform)
    }

    /// The leaf (expanded, or dictionary-coded when `coded`) of a column whose physical type is one of
    /// `physical`, checked against the row count; read once per accessor call.
    private func checkedLeaf(
        _ accessor: String,
        _ physical: Set<PhysicalType>,
        coded: Bool = false
    ) throws(ParquetError) -> LeafData {
        let leaf = try coded ? codedLeaf(accessor) : flatLeaf(accessor)
        guard physical.contains(leaf.column.physical) else {
            throw ParquetError(
                .schemaMismatch,
                "\(accessor)() cannot read column '\(name)' of type \(field.type)",
                column: name
            )
        }
        try check(leaf)
        return leaf
    }

    /// The values of a string (or binary) column as text; `nil` for nulls.
    public func strings() throws(ParquetError) -> [String?] {
        try typed("strings", [.byteArray, .fixedLenByteArray]) { leaf, index in
            leaf.values.bytes.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[leaf.values.byteRange(index)]), as: UTF8.self)
            }
        }
    }

    /// The values of an int32 column (also int8/int16/date); `nil` for nulls.
    public func int32s() throws(ParquetError) -> [Int32?] {
        try typed("int32s", [.int32]) { leaf, index in leaf.values.int32s[index] }
    }

    /// The values of an int64 or int32 column, widened; `nil` for nulls.
    public func int64s() throws(ParquetError) -> [Int64?] {
        let leaf = try checkedLeaf("int64s", [.int64, .int32])
        if leaf.column.physical == .int32 {
            return flat(leaf) { leaf, index in Int64(leaf.values.int32s[index]) }
        }
        return flat(leaf) { leaf, index in leaf.values.int64s[index] }
    }

    /// The values of a double or float column, widened; `nil` for nulls.
    public func doubles() throws(ParquetError) -> [Double?] {
        let leaf = try checkedLeaf("doubles", [.double, .float])
        if leaf.column.physical == .float {
            return flat(leaf) { leaf, index in Double(leaf.values.floats[index]) }
        }
        return flat(leaf) { leaf, index in leaf.values.doubles[index] }
    }

    /// The values of an int64 or int32 column, widened, with nulls read as `null`.
    ///
    /// Cheaper than ``int64s()`` for large columns: no optional per row, and no copy at all for a required
    /// int64 column.
    public func int64s(nullsAs null: Int64) throws(ParquetError) -> [Int64] {
        let leaf = try checkedLeaf("int64s", [.int64, .int32])
        if leaf.column.physical == .int64 {
            return Self.filled(leaf, leaf.values.int64s, null: null)
        }
        return Self.filled(leaf, leaf.values.int32s.map(Int64.init), null: null)
    }

    /// The values of a double or float column, widened, with nulls read as `null` (for example `.nan`).
    ///
    /// Cheaper than ``doubles()`` for large columns: no optional per row, and no copy at all for a required
    /// double column.
    public func doubles(nullsAs null: Double) throws(ParquetError) -> [Double] {
        let leaf = try checkedLeaf("doubles", [.double, .float])
        if leaf.column.physical == .double {
            return Self.filled(leaf, leaf.values.doubles, null: null)
        }
        return Self.filled(leaf, leaf.values.floats.map(Double.init), null: null)
    }

    /// The stored `values` spread over the rows, `null` where the definition level marks a null.
    private static func filled<T>(_ leaf: LeafData, _ values: [T], null: T) -> [T] {
        // `check` has matched the stored values to the levels: as many as rows means no nulls.
        if values.count == leaf.entryCount { return values }
        let maximum = UInt8(leaf.column.maxDefinition)
        var result = [T](repeating: null, count: leaf.entryCount)
        var stored = 0
        for (row, level) in leaf.definition.enumerated() where level == maximum {
            result[row] = values[stored]
            stored += 1
        }
        return result
    }

    /// The values of a boolean column, with nulls read as `null`.
    ///
    /// Cheaper than ``bools()`` for large columns: no optional per row, and no copy at all for a required
    /// column.
    public func bools(nullsAs null: Bool) throws(ParquetError) -> [Bool] {
        let leaf = try checkedLeaf("bools", [.boolean])
        return Self.filled(leaf, leaf.values.booleans, null: null)
    }

    /// The values of a boolean column; `nil` for nulls.
    public func bools() throws(ParquetError) -> [Bool?] {
        try typed("bools", [.boolean]) { leaf, index in leaf.values.booleans[index] }
    }

    /// The raw bytes of a binary or string column; `nil` for nulls.
    public func binaries() throws(ParquetError) -> [[UInt8]?] {
        try typed("binaries", [.byteArray, .fixedLenByteArray]) { leaf, index in
            Array(leaf.values.bytes[leaf.values.byteRange(index)])
        }
    }

    /// The values of a flat string (or binary) column as dictionary codes: each distinct text once, and
    /// one code per row (`-1` for null), without a `String` per row.
    ///
    /// Fastest for columns named in `dictionaryColumns` when the row group was read (the file's own
    /// dictionary pages are used); otherwise the codes are built by hashing the values. Pages written
    /// without a dictionary (pyarrow falls back to plain pages when a dictionary grows too large) are coded
    /// too. Dictionary entries are numbered in order of first use; unused file entries are dropped.
    ///
    /// ```swift
    /// let group = try await file.readRowGroup(0, columns: ["split"], dictionaryColumns: ["split"])
    /// let split = try group.column("split").dictionaryStrings()
    /// let name = split.dictionary[Int(split.codes[0])]
    /// ```
    public func dictionaryStrings() throws(ParquetError) -> ParquetDictionaryColumn {
        let leaf = try checkedLeaf("dictionaryStrings", [.byteArray, .fixedLenByteArray], coded: true)
        let values = leaf.values
        return values.bytes.withUnsafeBytes { bytes in
            // Distinct entry of each stored value (the dictionary, plus any plain pages' values). Plain pages
            // repeat values in runs (the candidates of one query), so a value equal to the previous one
            // reuses its entry without hashing.
            var table = ByteHashTable(bytes: bytes)
            var distinct = [Int32](repeating: 0, count: values.count)
            values.offsets.withUnsafeBufferPointer { offsets in
                var previous = 0..<0
                var previousEntry: Int32 = -1
                for index in 0..<values.count {
                    let range = offsets[index]..<offsets[index + 1]
                    if previousEntry >= 0, Self.equal(bytes, range, previous) {
                        distinct[index] = previousEntry
                        continue
                    }
                    previousEntry = Int32(table.insert(range).entry)
                    previous = range
                    distinct[index] = previousEntry
                }
            }
            // Number the entries in order of first use, row by row; the strings are made once, afterwards.
            var firstUse = [Int32](repeating: -1, count: table.entries.count)
            var order: [Int] = []
            var codes = [Int32](repeating: -1, count: rowCount)
            let maximum = UInt8(leaf.column.maxDefinition)
            let coded = leaf.codes != nil
            codes.withUnsafeMutableBufferPointer { codes in
                distinct.withUnsafeBufferPointer { distinct in
                    firstUse.withUnsafeMutableBufferPointer { firstUse in
                        (leaf.codes ?? []).withUnsafeBufferPointer { storedCodes in
                            leaf.definition.withUnsafeBufferPointer { levels in
                                var stored = 0
                                for row in 0..<rowCount where levels.isEmpty || levels[row] == maximum {
                                    let entry = Int(distinct[coded ? Int(storedCodes[stored]) : stored])
                                    stored += 1
                                    var code = firstUse[entry]
                                    if code < 0 {
                                        code = Int32(order.count)
                                        firstUse[entry] = code
                                        order.append(entry)
                                    }
                                    codes[row] = code
                                }
                            }
                        }
                    }
                }
            }
            let dictionary = order.map { entry in
                String(decoding: UnsafeRawBufferPointer(rebasing: bytes[table.entries[entry]]), as: UTF8.self)
            }
            return ParquetDictionaryColumn(dictionary: dictionary, codes: codes)
        }
    }

    /// Whether the bytes at `left` and `right` are the same.
    private static func equal(_ bytes: UnsafeRawBufferPointer, _ left: Range<Int>, _ right: Range<Int>) -> Bool {
        guard left.count == right.count else { return false }
        guard let base = bytes.baseAddress, !left.isEmpty else { return true }
        return memcmp(base + left.lowerBound, base + right.lowerBound, left.count) == 0
    }
}
