/// Encodes the Thrift compact protocol into a growing byte buffer.
struct ThriftWriter {
    /// The encoded bytes.
    private(set) var bytes: [UInt8] = []
    private var lastID: Int16 = 0
    private var stack: [Int16] = []

    init() {}

    mutating func writeVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func writeRawByte(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func writeZigzag(_ value: Int64) {
        writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func fieldHeader(_ id: Int16, _ type: UInt8) {
        let delta = Int(id) - Int(lastID)
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type)
        } else {
            bytes.append(type)
            writeZigzag(Int64(id))
        }
        lastID = id
    }

    mutating func i32(_ id: Int16, _ value: Int32) {
        fieldHeader(id, 5)
        writeZigzag(Int64(value))
    }

    mutating func i64(_ id: Int16, _ value: Int64) {
        fieldHeader(id, 6)
        writeZigzag(value)
    }

    mutating func bool(_ id: Int16, _ value: Bool) {
        fieldHeader(id, value ? 1 : 2)
    }

    mutating func binary(_ id: Int16, _ value: [UInt8]) {
        fieldHeader(id, 8)
        writeVarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func string(_ id: Int16, _ value: String) {
        binary(id, Array(value.utf8))
    }

    /// Writes a struct-valued field; `body` writes its fields.
    mutating func structField(_ id: Int16, _ body: (inout ThriftWriter) -> Void) {
        fieldHeader(id, 12)
        structBody(body)
    }

    /// Writes a struct's fields and its stop byte (for list elements and the top level).
    mutating func structBody(_ body: (inout ThriftWriter) -> Void) {
        stack.append(lastID)
        lastID = 0
        body(&self)
        bytes.append(0)
        lastID = stack.removeLast()
    }

    mutating func listHeader(_ id: Int16, count: Int, elementType: UInt8) {
        fieldHeader(id, 9)
        if count < 15 {
            bytes.append(UInt8(count) << 4 | elementType)
        } else {
            bytes.append(0xf0 | elementType)
            writeVarint(UInt64(count))
        }
    }

    mutating func structList<T>(_ id: Int16, _ items: [T], _ body: (inout ThriftWriter, T) -> Void) {
        listHeader(id, count: items.count, elementType: 12)
        for item in items { structBody { body(&$0, item) } }
    }

    mutating func i32List(_ id: Int16, _ items: [Int32]) {
        listHeader(id, count: items.count, elementType: 5)
        for item in items { writeZigzag(Int64(item)) }
    }

    mutating func stringList(_ id: Int16, _ items: [String]) {
        listHeader(id, count: items.count, elementType: 8)
        for item in items {
            let utf8 = Array(item.utf8)
            writeVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }
}
