/// A field header read from a Thrift compact-protocol struct.
struct ThriftField {
    /// The field id.
    var id: Int16
    /// The compact type code (1 true, 2 false, 3 i8, 4 i16, 5 i32, 6 i64, 7 double, 8 binary, 9 list, 10 set,
    /// 11 map, 12 struct).
    var type: UInt8
}

/// Decodes the Thrift compact protocol from a byte buffer, with bounds checks on every read.
///
/// Lengths and collection sizes are checked against the bytes that remain, so a corrupt header
/// cannot make the decoder allocate more than the input could hold. Unknown fields are skipped.
struct ThriftReader {
    private let bytes: [UInt8]
    /// The read position (an index into the buffer).
    private(set) var position: Int
    private let end: Int
    private var depth = 0

    /// The deepest struct or collection nesting accepted (parquet.thrift needs fewer than 10).
    static let maximumDepth = 64

    /// Creates a reader over `bytes[start..<end]`.
    init(_ bytes: [UInt8], start: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = start
        self.end = min(end ?? bytes.count, bytes.count)
    }

    /// The number of bytes not yet read.
    var remaining: Int { end - position }

    private func failure(_ message: String) -> ParquetError {
        ParquetError(.corruptMetadata, message)
    }

    mutating func readByte() throws(ParquetError) -> UInt8 {
        guard position < end else { throw failure("Thrift data ends early at byte \(position)") }
        let byte = bytes[position]
        position += 1
        return byte
    }

    mutating func readVarint() throws(ParquetError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            if shift >= 64 { throw failure("varint longer than 10 bytes at byte \(position)") }
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    mutating func readZigzag() throws(ParquetError) -> Int64 {
        let raw = try readVarint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    mutating func readI64() throws(ParquetError) -> Int64 { try readZigzag() }

    mutating func readI32() throws(ParquetError) -> Int32 {
        let value = try readZigzag()
        guard let narrow = Int32(exactly: value) else { throw failure("i32 value \(value) out of range") }
        return narrow
    }

    mutating func readI16() throws(ParquetError) -> Int16 {
        let value = try readZigzag()
        guard let narrow = Int16(exactly: value) else { throw failure("i16 value \(value) out of range") }
        return narrow
    }

    mutating func readDouble() throws(ParquetError) -> Double {
        guard remaining >= 8 else { throw failure("double ends early at byte \(position)") }
        var raw: UInt64 = 0
        for index in 0..<8 { raw |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
        position += 8
        return Double(bitPattern: raw)
    }

    mutating func readBinary() throws(ParquetError) -> [UInt8] {
        let length = try readVarint()
        guard length <= UInt64(remaining) else {
            throw failure("binary of \(length) bytes at byte \(position) exceeds the \(remaining) bytes left")
        }
        let start = position
        position += Int(length)
        return Array(bytes[start..<position])
    }

    mutating func readString() throws(ParquetError) -> String {
        String(decoding: try readBinary(), as: UTF8.self)
    }

    /// Reads a list header and returns the element type and count (checked against the bytes left).
    mutating func readListHeader() throws(ParquetError) -> (type: UInt8, count: Int) {
        let header = try readByte()
        var count = UInt64(header >> 4)
        if count == 15 { count = try readVarint() }
        let type = header & 0x0f
        // Every element takes at least one byte, except booleans' none in some encoders; be generous.
        guard count <= UInt64(remaining) else {
            throw failure("list of \(count) elements at byte \(position) exceeds the \(remaining) bytes left")
        }
        return (type, Int(count))
    }

    /// Reads the fields of a struct, calling `handle` for each; `handle` must consume the value
    /// (call ``skip(_:)`` for fields it does not know).
    mutating func readStruct(
        _ handle: (inout ThriftReader, ThriftField) throws(ParquetError) -> Void
    ) throws(ParquetError) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw failure("structs nested deeper than \(Self.maximumDepth)") }
        var lastID: Int16 = 0
        while true {
            let header = try readByte()
            if header == 0 { return }
            let type = header & 0x0f
            let delta = header >> 4
            let id: Int16
            if delta == 0 {
                id = try readI16()
            } else {
                let (sum, overflow) = lastID.addingReportingOverflow(Int16(delta))
                guard !overflow else { throw failure("field id overflows at byte \(position)") }
                id = sum
            }
            lastID = id
            try handle(&self, ThriftField(id: id, type: type))
        }
    }

    /// Reads a boolean field's value from its type code.
    func bool(_ field: ThriftField) throws(ParquetError) -> Bool {
        switch field.type {
        case 1: return true
        case 2: return false
        default: throw failure("field \(field.id) should be a bool but has type \(field.type)")
        }
    }

    /// Checks a field's type before reading it.
    func expect(_ field: ThriftField, _ type: UInt8) throws(ParquetError) {
        guard field.type == type else {
            throw failure("field \(field.id) has type \(field.type), expected \(type), at byte \(position)")
        }
    }

    /// Reads a list of structs, decoding each with `element`.
    mutating func readList<T>(
        _ field: ThriftField,
        _ element: (inout ThriftReader) throws(ParquetError) -> T
    ) throws(ParquetError) -> [T] {
        try expect(field, 9)
        let (_, count) = try readListHeader()
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw failure("lists nested deeper than \(Self.maximumDepth)") }
        var result: [T] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try element(&self)) }
        return result
    }

    /// Skips a value of the given compact type.
    mutating func skip(_ type: UInt8) throws(ParquetError) {
        switch type {
        case 1, 2: return
        case 3: _ = try readByte()
        case 4, 5, 6: _ = try readVarint()
        case 7:
            guard remaining >= 8 else { throw failure("double ends early at byte \(position)") }
            position += 8
        case 8:
            let length = try readVarint()
            guard length <= UInt64(remaining) else { throw failure("binary overruns the data at byte \(position)") }
            position += Int(length)
        case 9, 10:
            let (elementType, count) = try readListHeader()
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw failure("lists nested too deep") }
            for _ in 0..<count {
                if elementType == 1 || elementType == 2 { _ = try readByte() } else { try skip(elementType) }
            }
        case 11:
            let count = try readVarint()
            guard count <= UInt64(remaining) else { throw failure("map overruns the data at byte \(position)") }
            if count == 0 { return }
            let types = try readByte()
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw failure("maps nested too deep") }
            for _ in 0..<count {
                try skip(types >> 4)
                try skip(types & 0x0f)
            }
        case 12:
            try readStruct { reader, field throws(ParquetError) in try reader.skip(field.type) }
        default:
            throw failure("unknown Thrift type \(type) at byte \(position)")
        }
    }
}
