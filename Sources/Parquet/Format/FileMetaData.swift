/// `FileMetaData` from parquet.thrift: the footer.
struct FileMetaData: Sendable {
    var version: Int32 = 1
    var schema: [SchemaElement] = []
    var numRows: Int64 = 0
    var rowGroups: [RowGroup] = []
    var keyValueMetadata: [KeyValue] = []
    var createdBy: String?
    /// Number of `column_orders` entries (one `TypeDefinedOrder` per leaf when written).
    var columnOrderCount = 0

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        var sawSchema = false
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 5); version = try r.readI32()
            case 2:
                schema = try r.readList(field) { (r: inout ThriftReader) throws(ParquetError) in
                    try SchemaElement(from: &r)
                }
                sawSchema = true
            case 3: try r.expect(field, 6); numRows = try r.readI64()
            case 4:
                rowGroups = try r.readList(field) { (r: inout ThriftReader) throws(ParquetError) in
                    try RowGroup(from: &r)
                }
            case 5:
                keyValueMetadata = try r.readList(field) { (r: inout ThriftReader) throws(ParquetError) in
                    try KeyValue(from: &r)
                }
            case 6: try r.expect(field, 8); createdBy = try r.readString()
            case 7:
                try r.expect(field, 9)
                let (type, count) = try r.readListHeader()
                columnOrderCount = count
                for _ in 0..<count { try r.skip(type) }
            default: try r.skip(field.type)
            }
        }
        guard sawSchema, !schema.isEmpty else { throw ParquetError(.corruptMetadata, "footer has no schema") }
    }

    func encode(into w: inout ThriftWriter) {
        w.structBody { w in
            w.i32(1, version)
            w.structList(2, schema) { w, element in element.encode(into: &w) }
            w.i64(3, numRows)
            w.structList(4, rowGroups) { w, group in group.encode(into: &w) }
            if !keyValueMetadata.isEmpty {
                w.structList(5, keyValueMetadata) { w, pair in pair.encode(into: &w) }
            }
            if let createdBy { w.string(6, createdBy) }
            if columnOrderCount > 0 {
                // One TypeDefinedOrder (union field 1, empty struct) per leaf.
                w.structList(7, Array(repeating: 0, count: columnOrderCount)) { w, _ in
                    w.structField(1) { _ in }
                }
            }
        }
    }
}

/// `KeyValue` from parquet.thrift.
struct KeyValue: Sendable, Equatable {
    var key: String
    var value: String?

    init(key: String, value: String?) {
        self.key = key
        self.value = value
    }

    init(from reader: inout ThriftReader) throws(ParquetError) {
        var key: String?
        var value: String?
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 8); key = try r.readString()
            case 2: try r.expect(field, 8); value = try r.readString()
            default: try r.skip(field.type)
            }
        }
        guard let key else { throw ParquetError(.corruptMetadata, "key/value metadata entry without a key") }
        self.key = key
        self.value = value
    }

    func encode(into w: inout ThriftWriter) {
        w.string(1, key)
        if let value { w.string(2, value) }
    }
}
