/// `SchemaElement` from parquet.thrift: one node of the flattened schema tree.
struct SchemaElement: Sendable {
    var type: Int32?
    var typeLength: Int32?
    var repetition: Int32?
    var name: String = ""
    var numChildren: Int32?
    var convertedType: Int32?
    var scale: Int32?
    var precision: Int32?
    var fieldID: Int32?
    var logicalType: LogicalTypeAnnotation?

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        var sawName = false
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 5); type = try r.readI32()
            case 2: try r.expect(field, 5); typeLength = try r.readI32()
            case 3: try r.expect(field, 5); repetition = try r.readI32()
            case 4: try r.expect(field, 8); name = try r.readString(); sawName = true
            case 5: try r.expect(field, 5); numChildren = try r.readI32()
            case 6: try r.expect(field, 5); convertedType = try r.readI32()
            case 7: try r.expect(field, 5); scale = try r.readI32()
            case 8: try r.expect(field, 5); precision = try r.readI32()
            case 9: try r.expect(field, 5); fieldID = try r.readI32()
            case 10: try r.expect(field, 12); logicalType = try LogicalTypeAnnotation(from: &r)
            default: try r.skip(field.type)
            }
        }
        guard sawName else { throw ParquetError(.corruptMetadata, "schema element without a name") }
    }

    func encode(into w: inout ThriftWriter) {
        if let type { w.i32(1, type) }
        if let typeLength { w.i32(2, typeLength) }
        if let repetition { w.i32(3, repetition) }
        w.string(4, name)
        if let numChildren { w.i32(5, numChildren) }
        if let convertedType { w.i32(6, convertedType) }
        if let scale { w.i32(7, scale) }
        if let precision { w.i32(8, precision) }
        if let fieldID { w.i32(9, fieldID) }
        if let logicalType { w.structField(10) { logicalType.encode(into: &$0) } }
    }
}

/// The `LogicalType` union from parquet.thrift (the members this library interprets).
enum LogicalTypeAnnotation: Sendable, Equatable {
    case string, map, list, enumeration, date, json, bson, uuid, float16, unknown
    case decimal(scale: Int32, precision: Int32)
    case time(utc: Bool, unit: ParquetTimeUnit)
    case timestamp(utc: Bool, unit: ParquetTimeUnit)
    case integer(bitWidth: Int8, signed: Bool)
    case other(Int16)

    init(from reader: inout ThriftReader) throws(ParquetError) {
        var result: LogicalTypeAnnotation = .other(0)
        try reader.readStruct { r, field throws(ParquetError) in
            guard field.type == 12 else { return try r.skip(field.type) }
            switch field.id {
            case 1: result = .string; try r.skip(12)
            case 2: result = .map; try r.skip(12)
            case 3: result = .list; try r.skip(12)
            case 4: result = .enumeration; try r.skip(12)
            case 5:
                var scale: Int32 = 0
                var precision: Int32 = 0
                try r.readStruct { r, f throws(ParquetError) in
                    switch f.id {
                    case 1: try r.expect(f, 5); scale = try r.readI32()
                    case 2: try r.expect(f, 5); precision = try r.readI32()
                    default: try r.skip(f.type)
                    }
                }
                result = .decimal(scale: scale, precision: precision)
            case 6: result = .date; try r.skip(12)
            case 7, 8:
                var utc = false
                var unit = ParquetTimeUnit.micros
                try r.readStruct { r, f throws(ParquetError) in
                    switch f.id {
                    case 1: utc = try r.bool(f)
                    case 2:
                        try r.expect(f, 12)
                        try r.readStruct { r, u throws(ParquetError) in
                            switch u.id {
                            case 1: unit = .millis
                            case 2: unit = .micros
                            case 3: unit = .nanos
                            default: break
                            }
                            try r.skip(u.type)
                        }
                    default: try r.skip(f.type)
                    }
                }
                result = field.id == 7 ? .time(utc: utc, unit: unit) : .timestamp(utc: utc, unit: unit)
            case 10:
                var width: Int8 = 64
                var signed = true
                try r.readStruct { r, f throws(ParquetError) in
                    switch f.id {
                    case 1: try r.expect(f, 3); width = Int8(bitPattern: try r.readByte())
                    case 2: signed = try r.bool(f)
                    default: try r.skip(f.type)
                    }
                }
                result = .integer(bitWidth: width, signed: signed)
            case 11: result = .unknown; try r.skip(12)
            case 12: result = .json; try r.skip(12)
            case 13: result = .bson; try r.skip(12)
            case 14: result = .uuid; try r.skip(12)
            case 15: result = .float16; try r.skip(12)
            default: result = .other(field.id); try r.skip(12)
            }
        }
        self = result
    }

    func encode(into w: inout ThriftWriter) {
        func empty(_ id: Int16) { w.structField(id) { _ in } }
        switch self {
        case .string: empty(1)
        case .map: empty(2)
        case .list: empty(3)
        case .enumeration: empty(4)
        case .decimal(let scale, let precision):
            w.structField(5) { w in
                w.i32(1, scale)
                w.i32(2, precision)
            }
        case .date: empty(6)
        case .time(let utc, let unit), .timestamp(let utc, let unit):
            let id: Int16 = if case .time = self { 7 } else { 8 }
            w.structField(id) { w in
                w.bool(1, utc)
                w.structField(2) { w in
                    let member: Int16 =
                        switch unit {
                        case .millis: 1
                        case .micros: 2
                        case .nanos: 3
                        }
                    w.structField(member) { _ in }
                }
            }
        case .integer(let width, let signed):
            w.structField(10) { w in
                w.fieldHeader(1, 3)
                w.writeRawByte(UInt8(bitPattern: width))
                w.bool(2, signed)
            }
        case .unknown: empty(11)
        case .json: empty(12)
        case .bson: empty(13)
        case .uuid: empty(14)
        case .float16: empty(15)
        case .other(let id): empty(id)
        }
    }
}
