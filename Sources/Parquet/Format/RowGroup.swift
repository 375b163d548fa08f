/// `RowGroup` from parquet.thrift.
struct RowGroup: Sendable {
    var columns: [ColumnChunk] = []
    var totalByteSize: Int64 = 0
    var numRows: Int64 = 0
    var fileOffset: Int64?
    var totalCompressedSize: Int64?
    var ordinal: Int16?

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1:
                columns = try r.readList(field) { (r: inout ThriftReader) throws(ParquetError) in
                    try ColumnChunk(from: &r)
                }
            case 2: try r.expect(field, 6); totalByteSize = try r.readI64()
            case 3: try r.expect(field, 6); numRows = try r.readI64()
            case 5: try r.expect(field, 6); fileOffset = try r.readI64()
            case 6: try r.expect(field, 6); totalCompressedSize = try r.readI64()
            case 7: try r.expect(field, 4); ordinal = try r.readI16()
            default: try r.skip(field.type)
            }
        }
        guard numRows >= 0 else { throw ParquetError(.corruptMetadata, "row group has \(numRows) rows") }
    }

    func encode(into w: inout ThriftWriter) {
        w.structList(1, columns) { w, chunk in chunk.encode(into: &w) }
        w.i64(2, totalByteSize)
        w.i64(3, numRows)
        if let fileOffset { w.i64(5, fileOffset) }
        if let totalCompressedSize { w.i64(6, totalCompressedSize) }
        if let ordinal {
            w.fieldHeader(7, 4)
            w.writeZigzag(Int64(ordinal))
        }
    }
}

/// `ColumnChunk` from parquet.thrift.
struct ColumnChunk: Sendable {
    var filePath: String?
    var fileOffset: Int64 = 0
    var metaData: ColumnMetaData?

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 8); filePath = try r.readString()
            case 2: try r.expect(field, 6); fileOffset = try r.readI64()
            case 3: try r.expect(field, 12); metaData = try ColumnMetaData(from: &r)
            default: try r.skip(field.type)
            }
        }
    }

    func encode(into w: inout ThriftWriter) {
        if let filePath { w.string(1, filePath) }
        w.i64(2, fileOffset)
        if let metaData { w.structField(3) { metaData.encode(into: &$0) } }
    }
}

/// `ColumnMetaData` from parquet.thrift.
struct ColumnMetaData: Sendable {
    var type: Int32 = 0
    var encodings: [Int32] = []
    var pathInSchema: [String] = []
    var codec: Int32 = 0
    var numValues: Int64 = 0
    var totalUncompressedSize: Int64 = 0
    var totalCompressedSize: Int64 = 0
    var dataPageOffset: Int64 = 0
    var indexPageOffset: Int64?
    var dictionaryPageOffset: Int64?
    var statistics: Statistics?

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 5); type = try r.readI32()
            case 2:
                try r.expect(field, 9)
                let (_, count) = try r.readListHeader()
                encodings = []
                for _ in 0..<count { encodings.append(try r.readI32()) }
            case 3:
                try r.expect(field, 9)
                let (_, count) = try r.readListHeader()
                pathInSchema = []
                for _ in 0..<count { pathInSchema.append(try r.readString()) }
            case 4: try r.expect(field, 5); codec = try r.readI32()
            case 5: try r.expect(field, 6); numValues = try r.readI64()
            case 6: try r.expect(field, 6); totalUncompressedSize = try r.readI64()
            case 7: try r.expect(field, 6); totalCompressedSize = try r.readI64()
            case 9: try r.expect(field, 6); dataPageOffset = try r.readI64()
            case 10: try r.expect(field, 6); indexPageOffset = try r.readI64()
            case 11: try r.expect(field, 6); dictionaryPageOffset = try r.readI64()
            case 12: try r.expect(field, 12); statistics = try Statistics(from: &r)
            default: try r.skip(field.type)
            }
        }
    }

    func encode(into w: inout ThriftWriter) {
        w.i32(1, type)
        w.i32List(2, encodings)
        w.stringList(3, pathInSchema)
        w.i32(4, codec)
        w.i64(5, numValues)
        w.i64(6, totalUncompressedSize)
        w.i64(7, totalCompressedSize)
        w.i64(9, dataPageOffset)
        if let indexPageOffset { w.i64(10, indexPageOffset) }
        if let dictionaryPageOffset { w.i64(11, dictionaryPageOffset) }
        if let statistics { w.structField(12) { statistics.encode(into: &$0) } }
    }
}

/// `Statistics` from parquet.thrift.
struct Statistics: Sendable, Equatable {
    var max: [UInt8]?
    var min: [UInt8]?
    var nullCount: Int64?
    var distinctCount: Int64?
    var maxValue: [UInt8]?
    var minValue: [UInt8]?

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 8); max = try r.readBinary()
            case 2: try r.expect(field, 8); min = try r.readBinary()
            case 3: try r.expect(field, 6); nullCount = try r.readI64()
            case 4: try r.expect(field, 6); distinctCount = try r.readI64()
            case 5: try r.expect(field, 8); maxValue = try r.readBinary()
            case 6: try r.expect(field, 8); minValue = try r.readBinary()
            default: try r.skip(field.type)
            }
        }
    }

    func encode(into w: inout ThriftWriter) {
        if let max { w.binary(1, max) }
        if let min { w.binary(2, min) }
        if let nullCount { w.i64(3, nullCount) }
        if let distinctCount { w.i64(4, distinctCount) }
        if let maxValue { w.binary(5, maxValue) }
        if let minValue { w.binary(6, minValue) }
    }
}
