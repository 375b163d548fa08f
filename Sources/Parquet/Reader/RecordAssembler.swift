/// Rebuilds nested values from the levels of a node's leaves (Dremel record assembly).
struct RecordAssembler {
    private let leaves: [LeafData]
    /// The leaf index of `leaves[0]` in the schema.
    private let base: Int
    private var entry: [Int]
    private var valueIndex: [Int]

    init(leaves: [LeafData], base: Int) {
        self.leaves = leaves
        self.base = base
        self.entry = Array(repeating: 0, count: leaves.count)
        self.valueIndex = Array(repeating: 0, count: leaves.count)
    }

    private func failure(_ leaf: Int, _ message: String) -> ParquetError {
        ParquetError(.corruptPage, message, column: leaves[leaf].column.dottedPath)
    }

    /// Whether any entries remain in the first leaf.
    var hasMore: Bool { entry[0] < leaves[0].entryCount }

    /// Assembles every row of `node`, checking that all leaves end together.
    mutating func assembleAll(_ node: ValueNode, rowCount: Int) throws(ParquetError) -> [ParquetValue] {
        var rows: [ParquetValue] = []
        rows.reserveCapacity(rowCount)
        while hasMore {
            let local = node.firstLeaf - base
            guard leaves[local].repetitionLevel(entry[local]) == 0 else {
                throw failure(local, "row \(rows.count) does not start at repetition level 0")
            }
            rows.append(try read(node))
        }
        for index in leaves.indices where entry[index] != leaves[index].entryCount {
            throw failure(index, "leaf has \(leaves[index].entryCount) entries but assembly used \(entry[index])")
        }
        for index in leaves.indices where valueIndex[index] != leaves[index].values.count {
            throw failure(
                index,
                "leaf stores \(leaves[index].values.count) values but its levels select \(valueIndex[index])"
            )
        }
        guard rows.count == rowCount else {
            throw failure(0, "column has \(rows.count) rows but the row group has \(rowCount)")
        }
        return rows
    }

    private func peekDefinition(_ leaf: Int) throws(ParquetError) -> Int {
        guard entry[leaf] < leaves[leaf].entryCount else { throw failure(leaf, "levels end early") }
        return leaves[leaf].definitionLevel(entry[leaf])
    }

    /// Consumes one entry in every leaf under `node` (a null or empty value).
    private mutating func skip(_ node: ValueNode, below level: Int) throws(ParquetError) {
        let first = node.firstLeaf - base
        for leaf in first..<first + node.leafCount {
            guard entry[leaf] < leaves[leaf].entryCount else { throw failure(leaf, "levels end early") }
            guard leaves[leaf].definitionLevel(entry[leaf]) < level else {
                throw failure(leaf, "sibling columns disagree on definition levels")
            }
            entry[leaf] += 1
        }
    }

    private mutating func read(_ node: ValueNode) throws(ParquetError) -> ParquetValue {
        let first = node.firstLeaf - base
        guard node.leafCount > 0 else { return .null }
        let definition = try peekDefinition(first)
        if definition < node.definition {
            guard node.isOptional else {
                throw failure(first, "required field '\(node.name)' is missing (definition level \(definition))")
            }
            try skip(node, below: node.definition)
            return .null
        }
        switch node.kind {
        case .leaf:
            let index = valueIndex[first]
            guard index < leaves[first].values.count else { throw failure(first, "fewer values than levels say") }
            valueIndex[first] += 1
            entry[first] += 1
            return leaves[first].value(at: index)
        case .group(let children):
            var members: [ParquetMember] = []
            members.reserveCapacity(children.count)
            for child in children { members.append(ParquetMember(child.name, try read(child))) }
            return .object(members)
        case .list(let elementDefinition, let repetition, let element):
            if definition < elementDefinition {
                try skip(node, below: elementDefinition)
                return .list([])
            }
            var items: [ParquetValue] = []
            while true {
                let before = entry[first]
                items.append(try read(element))
                guard entry[first] > before else { throw failure(first, "list assembly made no progress") }
                guard entry[first] < leaves[first].entryCount,
                    leaves[first].repetitionLevel(entry[first]) >= repetition
                else { break }
            }
            return .list(items)
        }
    }
}
