internal import Parquet

extension RowValue {
    /// Converts a Parquet value; structs become objects.
    init(parquet value: ParquetValue) {
        switch value {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .int32(let value): self = .number(Double(value))
        case .int64(let value): self = .number(Double(value))
        case .float(let value): self = .number(Double(value))
        case .double(let value): self = .number(value)
        case .string(let value): self = .string(value)
        case .binary(let bytes): self = .string(String(decoding: bytes, as: UTF8.self))
        case .date(let days): self = .number(Double(days))
        case .timestamp(let value, _): self = .number(Double(value))
        case .decimal(let text): self = .string(text)
        case .list(let values): self = .list(values.map(RowValue.init(parquet:)))
        case .object(let members):
            var object: [String: RowValue] = [:]
            for member in members { object[member.name] = RowValue(parquet: member.value) }
            self = .object(object)
        }
    }
}
