extension ParquetType: CustomStringConvertible {
    /// A compact, Arrow-like spelling such as `list<struct<role: string, content: string>>`.
    public var description: String {
        switch self {
        case .boolean: "bool"
        case .int32: "int32"
        case .int64: "int64"
        case .integer(let width, let signed): "\(signed ? "" : "u")int\(width)"
        case .float: "float"
        case .double: "double"
        case .string: "string"
        case .binary: "binary"
        case .fixedBinary(let length): "fixed_size_binary[\(length)]"
        case .date: "date32"
        case .timestamp(let unit, let utc): "timestamp[\(unit.rawValue)\(utc ? ", UTC" : "")]"
        case .time(let unit): "time[\(unit.rawValue)]"
        case .decimal(let precision, let scale): "decimal(\(precision), \(scale))"
        case .int96: "int96"
        case .list(let element): "list<\(element.type)>"
        case .structure(let fields):
            "struct<" + fields.map { "\($0.name): \($0.type)" }.joined(separator: ", ") + ">"
        case .map(let key, let value): "map<\(key.type), \(value.type)>"
        }
    }
}
