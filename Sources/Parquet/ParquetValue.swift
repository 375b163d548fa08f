/// One value of a Parquet column: a primitive, null, or a nested list or struct.
///
/// Rows read with ``ParquetColumn/values()`` or ``ParquetRowGroup/rows()`` use these cases, and
/// ``ParquetWriter/append(_:)`` accepts them. Struct members keep the schema's order.
public enum ParquetValue: Sendable, Hashable {
    /// A missing value (Parquet null).
    case null
    /// A boolean.
    case bool(Bool)
    /// A 32-bit integer (also int8/int16/uint8/uint16 columns).
    case int32(Int32)
    /// A 64-bit integer (also uint32/uint64 columns, whose values are widened or reinterpreted).
    case int64(Int64)
    /// A 32-bit float.
    case float(Float)
    /// A 64-bit float.
    case double(Double)
    /// A UTF-8 string.
    case string(String)
    /// Raw bytes (binary and fixed-length binary columns).
    case binary([UInt8])
    /// Days since 1970-01-01.
    case date(Int32)
    /// Time since the Unix epoch in `unit` (INT96 columns read as nanoseconds).
    case timestamp(Int64, ParquetTimeUnit)
    /// A decimal number, written out exactly (e.g. `"-12.50"`).
    case decimal(String)
    /// A list.
    case list([ParquetValue])
    /// A struct: members by name, in schema order.
    case object([ParquetMember])

    /// Whether this is ``null``.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member called `name` of an ``object(_:)``, or `nil`.
    public subscript(member name: String) -> ParquetValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.name == name }?.value
    }
}

/// A named member of a struct value.
public struct ParquetMember: Sendable, Hashable {
    /// The member's name.
    public var name: String
    /// The member's value.
    public var value: ParquetValue

    /// Creates a member.
    public init(_ name: String, _ value: ParquetValue) {
        self.name = name
        self.value = value
    }
}

extension ParquetValue: ExpressibleByStringLiteral, ExpressibleByNilLiteral, ExpressibleByBooleanLiteral {
    /// Creates a ``string(_:)``.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Creates ``null``.
    public init(nilLiteral: ()) { self = .null }
    /// Creates a ``bool(_:)``.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension ParquetValue {
    /// A string, or ``null`` for `nil`.
    public init(_ value: String?) { self = value.map(ParquetValue.string) ?? .null }
    /// A double, or ``null`` for `nil`.
    public init(_ value: Double?) { self = value.map(ParquetValue.double) ?? .null }
    /// A 64-bit integer, or ``null`` for `nil`.
    public init(_ value: Int64?) { self = value.map(ParquetValue.int64) ?? .null }
    /// A 32-bit integer, or ``null`` for `nil`.
    public init(_ value: Int32?) { self = value.map(ParquetValue.int32) ?? .null }
    /// A boolean, or ``null`` for `nil`.
    public init(_ value: Bool?) { self = value.map(ParquetValue.bool) ?? .null }
    /// A struct from `(name, value)` pairs in order: `.object(["role": "user", "content": "Hi"])`.
    public static func object(_ pairs: KeyValuePairs<String, ParquetValue>) -> ParquetValue {
        .object(pairs.map { ParquetMember($0.key, $0.value) })
    }
}
