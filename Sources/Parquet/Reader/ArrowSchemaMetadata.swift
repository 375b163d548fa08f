import Foundation

/// Reads the schema-level custom metadata out of pyarrow's `ARROW:schema` footer entry.
///
/// The entry is base64 of an Arrow IPC `Message` flatbuffer whose header is a `Schema`; only
/// `Schema.custom_metadata` is extracted. Any malformation yields an empty result (the entry is
/// auxiliary), never a crash.
enum ArrowSchemaMetadata {
    static func customMetadata(base64: String) -> [(String, String)] {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else { return [] }
        let bytes = [UInt8](data)
        var start = 4
        if bytes.count >= 8 && bytes[0..<4].allSatisfy({ $0 == 0xff }) { start = 8 }
        guard bytes.count > start else { return [] }
        let buffer = FlatBuffer(bytes: Array(bytes[start...]))
        guard let message = buffer.rootTable(),
            let headerType = buffer.scalarU8(table: message, field: 1), headerType == 1,
            let schema = buffer.table(table: message, field: 2),
            let pairs = buffer.vector(table: schema, field: 2)
        else { return [] }
        var result: [(String, String)] = []
        for index in 0..<pairs.count {
            guard let pair = buffer.tableElement(vector: pairs.start, index: index),
                let key = buffer.string(table: pair, field: 0)
            else { continue }
            result.append((key, buffer.string(table: pair, field: 1) ?? ""))
        }
        return result
    }
}

/// Minimal bounds-checked flatbuffer access.
private struct FlatBuffer {
    let bytes: [UInt8]

    func u32(_ at: Int) -> UInt32? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3])
            << 24
    }

    func u16(_ at: Int) -> UInt16? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    func rootTable() -> Int? {
        guard let offset = u32(0) else { return nil }
        return Int(offset)
    }

    /// The absolute position of a table field, or nil when absent.
    func fieldPosition(table: Int, field: Int) -> Int? {
        guard let soffset = u32(table) else { return nil }
        let vtable = table - Int(Int32(bitPattern: soffset))
        guard let vtableSize = u16(vtable) else { return nil }
        let entry = 4 + 2 * field
        guard entry + 2 <= Int(vtableSize), let offset = u16(vtable + entry), offset != 0 else { return nil }
        return table + Int(offset)
    }

    func scalarU8(table: Int, field: Int) -> UInt8? {
        guard let position = fieldPosition(table: table, field: field), position < bytes.count else { return nil }
        return bytes[position]
    }

    func table(table: Int, field: Int) -> Int? {
        guard let position = fieldPosition(table: table, field: field), let offset = u32(position) else { return nil }
        return position + Int(offset)
    }

    func vector(table: Int, field: Int) -> (start: Int, count: Int)? {
        guard let position = fieldPosition(table: table, field: field), let offset = u32(position) else { return nil }
        let vector = position + Int(offset)
        guard let count = u32(vector), Int(count) <= bytes.count / 4 else { return nil }
        return (vector + 4, Int(count))
    }

    func tableElement(vector start: Int, index: Int) -> Int? {
        let position = start + 4 * index
        guard let offset = u32(position) else { return nil }
        return position + Int(offset)
    }

    func string(table: Int, field: Int) -> String? {
        guard let position = fieldPosition(table: table, field: field), let offset = u32(position) else { return nil }
        let start = position + Int(offset)
        guard let length = u32(start), start + 4 + Int(length) <= bytes.count else { return nil }
        return String(decoding: bytes[(start + 4)..<(start + 4 + Int(length))], as: UTF8.self)
    }
}
