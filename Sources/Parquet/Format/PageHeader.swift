/// `PageHeader` from parquet.thrift, with the member headers this library reads.
struct PageHeader: Sendable {
    static let dataPage: Int32 = 0
    static let indexPage: Int32 = 1
    static let dictionaryPage: Int32 = 2
    static let dataPageV2: Int32 = 3

    var type: Int32 = 0
    var uncompressedPageSize: Int32 = 0
    var compressedPageSize: Int32 = 0
    var crc: Int32?
    var dataPageHeader: DataPageHeader?
    var dictionaryPageHeader: DictionaryPageHeader?
    var dataPageHeaderV2: DataPageHeaderV2?

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 5); type = try r.readI32()
            case 2: try r.expect(field, 5); uncompressedPageSize = try r.readI32()
            case 3: try r.expect(field, 5); compressedPageSize = try r.readI32()
            case 4: try r.expect(field, 5); crc = try r.readI32()
            case 5: try r.expect(field, 12); dataPageHeader = try DataPageHeader(from: &r)
            case 7: try r.expect(field, 12); dictionaryPageHeader = try DictionaryPageHeader(from: &r)
            case 8: try r.expect(field, 12); dataPageHeaderV2 = try DataPageHeaderV2(from: &r)
            default: try r.skip(field.type)
            }
        }
        guard uncompressedPageSize >= 0, compressedPageSize >= 0 else {
            throw ParquetError(.corruptMetadata, "page header has a negative size")
        }
    }

    func encode(into w: inout ThriftWriter) {
        w.structBody { w in
            w.i32(1, type)
            w.i32(2, uncompressedPageSize)
            w.i32(3, compressedPageSize)
            if let crc { w.i32(4, crc) }
            if let dataPageHeader { w.structField(5) { dataPageHeader.encode(into: &$0) } }
            if let dictionaryPageHeader { w.structField(7) { dictionaryPageHeader.encode(into: &$0) } }
            if let dataPageHeaderV2 { w.structField(8) { dataPageHeaderV2.encode(into: &$0) } }
        }
    }
}

/// `DataPageHeader` (v1).
struct DataPageHeader: Sendable {
    var numValues: Int32 = 0
    var encoding: Int32 = 0
    var definitionLevelEncoding: Int32 = 3
    var repetitionLevelEncoding: Int32 = 3
    var statistics: Statistics?

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 5); numValues = try r.readI32()
            case 2: try r.expect(field, 5); encoding = try r.readI32()
            case 3: try r.expect(field, 5); definitionLevelEncoding = try r.readI32()
            case 4: try r.expect(field, 5); repetitionLevelEncoding = try r.readI32()
            default: try r.skip(field.type)
            }
        }
    }

    func encode(into w: inout ThriftWriter) {
        w.i32(1, numValues)
        w.i32(2, encoding)
        w.i32(3, definitionLevelEncoding)
        w.i32(4, repetitionLevelEncoding)
        if let statistics { w.structField(5) { statistics.encode(into: &$0) } }
    }
}

/// `DictionaryPageHeader`.
struct DictionaryPageHeader: Sendable {
    var numValues: Int32 = 0
    var encoding: Int32 = 0

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 5); numValues = try r.readI32()
            case 2: try r.expect(field, 5); encoding = try r.readI32()
            default: try r.skip(field.type)
            }
        }
    }

    func encode(into w: inout ThriftWriter) {
        w.i32(1, numValues)
        w.i32(2, encoding)
    }
}

/// `DataPageHeaderV2`.
struct DataPageHeaderV2: Sendable {
    var numValues: Int32 = 0
    var numNulls: Int32 = 0
    var numRows: Int32 = 0
    var encoding: Int32 = 0
    var definitionLevelsByteLength: Int32 = 0
    var repetitionLevelsByteLength: Int32 = 0
    var isCompressed = true

    init() {}

    init(from reader: inout ThriftReader) throws(ParquetError) {
        try reader.readStruct { r, field throws(ParquetError) in
            switch field.id {
            case 1: try r.expect(field, 5); numValues = try r.readI32()
            case 2: try r.expect(field, 5); numNulls = try r.readI32()
            case 3: try r.expect(field, 5); numRows = try r.readI32()
            case 4: try r.expect(field, 5); encoding = try r.readI32()
            case 5: try r.expect(field, 5); definitionLevelsByteLength = try r.readI32()
            case 6: try r.expect(field, 5); repetitionLevelsByteLength = try r.readI32()
            case 7: isCompressed = try r.bool(field)
            default: try r.skip(field.type)
            }
        }
    }

    func encode(into w: inout ThriftWriter) {
        w.i32(1, numValues)
        w.i32(2, numNulls)
        w.i32(3, numRows)
        w.i32(4, encoding)
        w.i32(5, definitionLevelsByteLength)
        w.i32(6, repetitionLevelsByteLength)
        w.bool(7, isCompressed)
    }
}
