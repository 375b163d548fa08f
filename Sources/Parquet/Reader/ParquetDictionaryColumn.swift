/// A string column as codes into its distinct values: what ``ParquetColumn/dictionaryStrings()`` returns.
public struct ParquetDictionaryColumn: Sendable, Hashable {
    /// The distinct values, in order of first use.
    public var dictionary: [String]
    /// One code per row: an index into ``dictionary``, or `-1` for null.
    public var codes: [Int32]

    /// Creates a coded column.
    public init(dictionary: [String], codes: [Int32]) {
        self.dictionary = dictionary
        self.codes = codes
    }

    /// The value of `row`, or `nil` for null.
    public subscript(row: Int) -> String? {
        let code = codes[row]
        return code < 0 ? nil : dictionary[Int(code)]
    }
}
