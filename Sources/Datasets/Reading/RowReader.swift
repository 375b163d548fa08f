/// One row of a data file as read, or why it could not be read (a malformed JSON line).
struct FileRow: Sendable {
    /// The row's index in its file, counting from 0.
    var index: Int
    /// The row's columns, or the reason it was skipped.
    var value: Result<[String: RowValue], NemotronNormalizer.Skip>
}

/// A unit of a data file that is read at once: a Parquet row group, or a whole JSON Lines file.
struct RowUnit: Sendable, Hashable {
    /// The unit's position in the file.
    var ordinal: Int
    /// The index of its first row in the file.
    var firstRow: Int
    /// Rows in the unit, when known before reading it.
    var rowCount: Int?
}

/// Reads the rows of one data file, unit by unit, fetching only what is asked for.
protocol RowReader: Sendable {
    /// The file's units in file order.
    func units() async throws(DatasetError) -> [RowUnit]
    /// Calls `body` with each row of `unit` in order until it returns `false`.
    func readRows(
        of unit: RowUnit,
        _ body: (FileRow) throws(DatasetError) -> Bool
    ) async throws(DatasetError)
}
