/// The unit of a timestamp or time of day.
public enum ParquetTimeUnit: String, Sendable, Hashable {
    case millis, micros, nanos
}

/// The type of a Parquet column as a reader sees it: a primitive, or a list, struct or map of fields.
///
/// Each case maps to one Parquet physical type plus annotation, as pyarrow writes it:
/// `.string` is `BYTE_ARRAY` annotated `STRING`, `.list` is the standard three-level `LIST` group,
/// `.structure` is a plain group.
public indirect enum ParquetType: Sendable, Hashable {
    /// `BOOLEAN`.
    case boolean
    /// `INT32`.
    case int32
    /// `INT64`.
    case int64
    /// `INT32`/`INT64` annotated as an integer of another width or signedness (int8, uint32, …).
    case integer(bitWidth: Int, signed: Bool)
    /// `FLOAT` (32-bit).
    case float
    /// `DOUBLE`.
    case double
    /// `BYTE_ARRAY` annotated `STRING` (UTF-8).
    case string
    /// `BYTE_ARRAY` without annotation.
    case binary
    /// `FIXED_LEN_BYTE_ARRAY` of the given width.
    case fixedBinary(length: Int)
    /// `INT32` annotated `DATE`: days since 1970-01-01.
    case date
    /// `INT64` annotated `TIMESTAMP`, or legacy `INT96`: time since the Unix epoch.
    case timestamp(unit: ParquetTimeUnit, isAdjustedToUTC: Bool)
    /// `INT32`/`INT64` annotated `TIME`: time since midnight.
    case time(unit: ParquetTimeUnit)
    /// `DECIMAL` (read only): an unscaled integer with `scale` digits after the point.
    case decimal(precision: Int, scale: Int)
    /// Legacy `INT96` timestamps as read (nanoseconds since the epoch).
    case int96
    /// A three-level `LIST` of the given element field.
    case list(ParquetField)
    /// A group of named fields.
    case structure([ParquetField])
    /// A `MAP` of key to value, read as a list of `{key, value}` objects.
    case map(key: ParquetField, value: ParquetField)
}

/// A named column or nested field with its type and nullability.
///
/// ```swift
/// let message = ParquetField("element", .structure([
///     ParquetField("role", .string),
///     ParquetField("content", .string, nullable: true),
/// ]))
/// let messages = ParquetField("messages", .list(message))
/// ```
public struct ParquetField: Sendable, Hashable {
    /// The field's name.
    public var name: String
    /// The field's type.
    public var type: ParquetType
    /// Whether the field may be null (Parquet `OPTIONAL`); `false` means `REQUIRED`.
    public var isNullable: Bool

    /// Creates a field.
    ///
    /// - Parameters:
    ///   - name: The column or member name.
    ///   - type: Its type.
    ///   - nullable: Whether values may be null.
    public init(_ name: String, _ type: ParquetType, nullable: Bool = false) {
        self.name = name
        self.type = type
        self.isNullable = nullable
    }
}

/// The top-level fields (columns) of a Parquet file, in order.
public struct ParquetSchema: Sendable, Hashable {
    /// The columns, in file order.
    public var fields: [ParquetField]

    /// Creates a schema from its top-level fields.
    public init(_ fields: [ParquetField]) {
        self.fields = fields
    }

    /// The index of the top-level field called `name`.
    public func index(of name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }
}
