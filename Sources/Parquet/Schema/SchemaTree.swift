/// One leaf (primitive) column of the schema with its levels, as stored in column chunks.
struct LeafColumn: Sendable {
    /// Position among the leaves (= column chunk index in every row group).
    var index: Int
    /// Names from the top-level field down to the leaf, root excluded.
    var path: [String]
    var physical: PhysicalType
    /// Width for `FIXED_LEN_BYTE_ARRAY`.
    var typeLength: Int
    var maxDefinition: Int
    var maxRepetition: Int
    /// How values of this leaf are presented.
    var type: ParquetType

    var dottedPath: String { path.joined(separator: ".") }
}

/// A node of the value tree: how levels map to nulls, lists and structs.
struct ValueNode: Sendable {
    indirect enum Kind: Sendable {
        case leaf(Int)
        case group([ValueNode])
        /// `elementDefinition`: the definition level meaning "the list has at least one element";
        /// `repetition`: the repetition level that continues this list.
        case list(elementDefinition: Int, repetition: Int, element: ValueNode)
    }

    var name: String
    var isOptional: Bool
    /// The definition level at which this node is present (non-null).
    var definition: Int
    var kind: Kind
    var firstLeaf: Int
    var leafCount: Int
    var field: ParquetField
}

/// The schema of a file: the public fields, the value tree and the leaf columns.
struct SchemaTree: Sendable {
    var schema: ParquetSchema
    var roots: [ValueNode]
    var leaves: [LeafColumn]

    /// The deepest nesting accepted.
    static let maximumDepth = 64

    /// Rebuilds the tree from the footer's flattened schema.
    init(elements: [SchemaElement]) throws(ParquetError) {
        guard let root = elements.first else { throw ParquetError(.corruptMetadata, "empty schema") }
        var builder = Builder(elements: elements)
        let count = Int(root.numChildren ?? 0)
        guard count >= 0, count < elements.count else {
            throw ParquetError(.corruptMetadata, "schema root claims \(count) children but has \(elements.count - 1)")
        }
        builder.position = 1
        var roots: [ValueNode] = []
        for _ in 0..<count {
            roots.append(try builder.node(parentDefinition: 0, parentRepetition: 0, path: [], depth: 1))
        }
        guard builder.position == elements.count else {
            throw ParquetError(.corruptMetadata, "schema has \(elements.count - builder.position) unreachable elements")
        }
        self.roots = roots
        self.leaves = builder.leaves
        self.schema = ParquetSchema(roots.map(\.field))
    }

    /// Looks up top-level fields by name; `nil` selects all.
    func rootIndices(_ names: [String]?) throws(ParquetError) -> [Int] {
        guard let names else { return Array(roots.indices) }
        var result: [Int] = []
        for name in names {
            guard let index = roots.firstIndex(where: { $0.name == name }) else {
                let known = roots.map(\.name).joined(separator: ", ")
                throw ParquetError(.invalidArgument, "no column named '\(name)' (columns: \(known))")
            }
            result.append(index)
        }
        return result
    }

    private struct Builder {
        let elements: [SchemaElement]
        var position = 0
        var leaves: [LeafColumn] = []

        mutating func next(depth: Int) throws(ParquetError) -> SchemaElement {
            guard depth <= SchemaTree.maximumDepth else {
                throw ParquetError(.corruptMetadata, "schema nested deeper than \(SchemaTree.maximumDepth)")
            }
            guard position < elements.count else {
                throw ParquetError(.corruptMetadata, "schema ends early: a group claims more children than exist")
            }
            defer { position += 1 }
            return elements[position]
        }

        func repetition(_ element: SchemaElement) throws(ParquetError) -> Repetition {
            guard let raw = element.repetition else { return .optional }
            guard let value = Repetition(rawValue: raw) else {
                throw ParquetError(.corruptMetadata, "schema element '\(element.name)' has repetition \(raw)")
            }
            return value
        }

        /// Builds the node for the next element.
        mutating func node(
            parentDefinition: Int,
            parentRepetition: Int,
            path: [String],
            depth: Int
        ) throws(ParquetError) -> ValueNode {
            let element = try next(depth: depth)
            let repetition = try repetition(element)
            if repetition == .repeated {
                // A bare repeated field is a list of its non-repeated self.
                let elementDefinition = parentDefinition + 1
                let level = parentRepetition + 1
                let first = leaves.count
                let inner = try body(
                    element,
                    isOptional: false,
                    definition: elementDefinition,
                    repetition: level,
                    path: path + [element.name],
                    depth: depth
                )
                let field = ParquetField(element.name, .list(inner.field), nullable: false)
                return ValueNode(
                    name: element.name,
                    isOptional: false,
                    definition: parentDefinition,
                    kind: .list(elementDefinition: elementDefinition, repetition: level, element: inner),
                    firstLeaf: first,
                    leafCount: leaves.count - first,
                    field: field
                )
            }
            let optional = repetition == .optional
            return try body(
                element,
                isOptional: optional,
                definition: parentDefinition + (optional ? 1 : 0),
                repetition: parentRepetition,
                path: path + [element.name],
                depth: depth
            )
        }

        private func isListAnnotated(_ element: SchemaElement) -> Bool {
            element.logicalType == .list || element.convertedType == 3
        }

        private func isMapAnnotated(_ element: SchemaElement) -> Bool {
            element.logicalType == .map || element.convertedType == 1 || element.convertedType == 2
        }

        /// Builds a node whose own repetition has been accounted for.
        mutating func body(
            _ element: SchemaElement,
            isOptional: Bool,
            definition: Int,
            repetition: Int,
            path: [String],
            depth: Int
        ) throws(ParquetError) -> ValueNode {
            let first = leaves.count
            let childCount = Int(element.numChildren ?? 0)
            if element.type == nil || childCount > 0 {
                guard childCount >= 0, childCount <= elements.count - position else {
                    throw ParquetError(
                        .corruptMetadata,
                        "schema group '\(element.name)' claims \(childCount) children"
                    )
                }
                if (isListAnnotated(element) || isMapAnnotated(element)) && childCount == 1,
                    let list = try listNode(
                        element,
                        isOptional: isOptional,
                        definition: definition,
                        repetition: repetition,
                        path: path,
                        depth: depth
                    )
                {
                    return list
                }
                var children: [ValueNode] = []
                for _ in 0..<childCount {
                    children.append(
                        try node(
                            parentDefinition: definition,
                            parentRepetition: repetition,
                            path: path,
                            depth: depth + 1
                        )
                    )
                }
                let field = ParquetField(element.name, .structure(children.map(\.field)), nullable: isOptional)
                return ValueNode(
                    name: element.name,
                    isOptional: isOptional,
                    definition: definition,
                    kind: .group(children),
                    firstLeaf: first,
                    leafCount: leaves.count - first,
                    field: field
                )
            }
            guard let raw = element.type, let physical = PhysicalType(rawValue: raw) else {
                throw ParquetError(.corruptMetadata, "schema element '\(element.name)' has unknown type")
            }
            let type = try Self.leafType(element, physical)
            let leafIndex = leaves.count
            leaves.append(
                LeafColumn(
                    index: leafIndex,
                    path: path,
                    physical: physical,
                    typeLength: Int(element.typeLength ?? 0),
                    maxDefinition: definition,
                    maxRepetition: repetition,
                    type: type
                )
            )
            guard definition <= 250, repetition <= 250 else {
                throw ParquetError(.unsupported, "column '\(path.joined(separator: "."))' is nested too deeply")
            }
            return ValueNode(
                name: element.name,
                isOptional: isOptional,
                definition: definition,
                kind: .leaf(leafIndex),
                firstLeaf: leafIndex,
                leafCount: 1,
                field: ParquetField(element.name, type, nullable: isOptional)
            )
        }

        /// A LIST or MAP group with its single repeated child; `nil` if the child is not repeated.
        mutating func listNode(
            _ element: SchemaElement,
            isOptional: Bool,
            definition: Int,
            repetition: Int,
            path: [String],
            depth: Int
        ) throws(ParquetError) -> ValueNode? {
            guard position < elements.count, elements[position].repetition == Repetition.repeated.rawValue else {
                return nil
            }
            let first = leaves.count
            let repeated = try next(depth: depth + 1)
            let elementDefinition = definition + 1
            let level = repetition + 1
            let repeatedChildren = Int(repeated.numChildren ?? 0)
            let inner: ValueNode
            let isMap = isMapAnnotated(element)
            let threeLevel =
                !isMap && repeated.type == nil && repeatedChildren == 1 && repeated.name != "array"
                && repeated.name != element.name + "_tuple"
            if threeLevel {
                inner = try node(
                    parentDefinition: elementDefinition,
                    parentRepetition: level,
                    path: path + [repeated.name],
                    depth: depth + 2
                )
            } else {
                inner = try body(
                    repeated,
                    isOptional: false,
                    definition: elementDefinition,
                    repetition: level,
                    path: path + [repeated.name],
                    depth: depth + 1
                )
            }
            var type = ParquetType.list(inner.field)
            if isMap, case .group(let members) = inner.kind, members.count == 2 {
                type = .map(key: members[0].field, value: members[1].field)
            }
            return ValueNode(
                name: element.name,
                isOptional: isOptional,
                definition: definition,
                kind: .list(elementDefinition: elementDefinition, repetition: level, element: inner),
                firstLeaf: first,
                leafCount: leaves.count - first,
                field: ParquetField(element.name, type, nullable: isOptional)
            )
        }

        static func leafType(_ element: SchemaElement, _ physical: PhysicalType) throws(ParquetError) -> ParquetType {
            let converted = element.convertedType
            switch physical {
            case .boolean: return .boolean
            case .int32, .int64:
                let is64 = physical == .int64
                switch element.logicalType {
                case .integer(let width, let signed):
                    if signed && Int(width) == (is64 ? 64 : 32) { return is64 ? .int64 : .int32 }
                    return .integer(bitWidth: Int(width), signed: signed)
                case .date: return .date
                case .timestamp(let utc, let unit): return .timestamp(unit: unit, isAdjustedToUTC: utc)
                case .time(_, let unit): return .time(unit: unit)
                case .decimal(let scale, let precision):
                    return .decimal(precision: Int(precision), scale: Int(scale))
                default: break
                }
                switch converted {
                case 5: return .decimal(precision: Int(element.precision ?? 0), scale: Int(element.scale ?? 0))
                case 6: return .date
                case 7: return .time(unit: .millis)
                case 8: return .time(unit: .micros)
                case 9: return .timestamp(unit: .millis, isAdjustedToUTC: true)
                case 10: return .timestamp(unit: .micros, isAdjustedToUTC: true)
                case 11: return .integer(bitWidth: 8, signed: false)
                case 12: return .integer(bitWidth: 16, signed: false)
                case 13: return .integer(bitWidth: 32, signed: false)
                case 14: return .integer(bitWidth: 64, signed: false)
                case 15: return .integer(bitWidth: 8, signed: true)
                case 16: return .integer(bitWidth: 16, signed: true)
                default: return is64 ? .int64 : .int32
                }
            case .int96: return .int96
            case .float: return .float
            case .double: return .double
            case .byteArray:
                switch element.logicalType {
                case .string, .json, .enumeration: return .string
                case .decimal(let scale, let precision):
                    return .decimal(precision: Int(precision), scale: Int(scale))
                default: break
                }
                switch converted {
                case 0, 4, 19: return .string
                case 5: return .decimal(precision: Int(element.precision ?? 0), scale: Int(element.scale ?? 0))
                default: return .binary
                }
            case .fixedLenByteArray:
                guard let length = element.typeLength, length >= 0 else {
                    throw ParquetError(.corruptMetadata, "fixed-length column '\(element.name)' has no valid length")
                }
                if case .decimal(let scale, let precision) = element.logicalType {
                    return .decimal(precision: Int(precision), scale: Int(scale))
                }
                if converted == 5 {
                    return .decimal(precision: Int(element.precision ?? 0), scale: Int(element.scale ?? 0))
                }
                return .fixedBinary(length: Int(length))
            }
        }
    }
}
