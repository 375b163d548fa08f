/// A failure to carry out an analysis: a result file that cannot be read or lacks a required column.
///
/// The message names the file and, when one is at fault, the column.
public struct AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A short stable identifier such as `missing_column`.
        public let rawValue: String

        public var description: String { rawValue }

        /// The file does not exist or is not a readable Parquet file.
        public static let unreadableFile = Code(rawValue: "unreadable_file")
        /// A required column (`query_id`, `split`, `candidate_idx`, `is_verified`) is absent.
        public static let missingColumn = Code(rawValue: "missing_column")
        /// A column has a type the result schema does not allow.
        public static let wrongColumnType = Code(rawValue: "wrong_column_type")
        /// A file pattern matched no file.
        public static let noMatch = Code(rawValue: "no_match")
        /// Writing an output file failed.
        public static let unwritableFile = Code(rawValue: "unwritable_file")
    }

    /// The kind of failure.
    public var code: Code
    /// What is wrong and where, in words.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
