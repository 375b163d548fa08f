/// An error reading or writing a Parquet file: what went wrong and where.
///
/// The message names the file, and when known the column and the byte offset, so that a
/// corrupt or unsupported file can be located without a debugger.
public struct ParquetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A short stable identifier such as `truncated` or `corrupt_page`.
        public let rawValue: String

        public var description: String { rawValue }

        /// The file ends before a structure it promises.
        public static let truncated = Code(rawValue: "truncated")
        /// The `PAR1` magic is missing at the start or the end.
        public static let badMagic = Code(rawValue: "bad_magic")
        /// The Thrift footer or a page header cannot be decoded.
        public static let corruptMetadata = Code(rawValue: "corrupt_metadata")
        /// A page body (levels, values, compressed data) is inconsistent.
        public static let corruptPage = Code(rawValue: "corrupt_page")
        /// The file uses a feature this library does not implement.
        public static let unsupported = Code(rawValue: "unsupported")
        /// A column, row group or value does not match the schema.
        public static let schemaMismatch = Code(rawValue: "schema_mismatch")
        /// Reading or writing the underlying bytes failed.
        public static let io = Code(rawValue: "io")
        /// A caller passed an argument that cannot be honoured.
        public static let invalidArgument = Code(rawValue: "invalid_argument")
    }

    /// The kind of failure.
    public var code: Code
    /// What is wrong, in words.
    public var message: String
    /// The file (path or URL) being read or written, when known.
    public var file: String?
    /// The column path (`messages.list.element.role`), when the failure belongs to one column.
    public var column: String?
    /// The absolute byte offset in the file where the failing structure starts, when known.
    public var offset: Int64?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String? = nil, column: String? = nil, offset: Int64? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.column = column
        self.offset = offset
    }

    public var description: String {
        var text = "parquet \(code): \(message)"
        var place: [String] = []
        if let file { place.append("file \(file)") }
        if let column { place.append("column \(column)") }
        if let offset { place.append("offset \(offset)") }
        if !place.isEmpty { text += " (" + place.joined(separator: ", ") + ")" }
        return text
    }

    /// Returns a copy with the file, column and offset filled in where still unknown.
    func located(file: String? = nil, column: String? = nil, offset: Int64? = nil) -> ParquetError {
        var copy = self
        if copy.file == nil { copy.file = file }
        if copy.column == nil { copy.column = column }
        if copy.offset == nil { copy.offset = offset }
        return copy
    }
}
