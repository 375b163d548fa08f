internal import Parquet

/// Reads a Parquet data file a row group at a time through any ``ByteSource`` (a local file, or HTTP
/// ranges against the Hub), fetching the footer once and then only the columns a ``Query`` needs.
struct ParquetRowReader: RowReader {
    /// Top-level columns the normaliser reads; others (license, generator, …) are never fetched.
    static let neededColumns = [
        "uuid", "id", "messages", "conversations", "metadata", "tools", "input", "output", "category",
        "prompt", "problem", "question", "response", "solution", "answer",
    ]

    private let file: ParquetFileReader

    /// Opens the file: reads its footer.
    static func open(_ source: any ByteSource) async throws(DatasetError) -> ParquetRowReader {
        do {
            return ParquetRowReader(file: try await ParquetFileReader.open(source))
        } catch {
            throw DatasetError(.unreadableFile, "cannot read Parquet file \(source.name): \(error.message)")
        }
    }

    func units() async throws(DatasetError) -> [RowUnit] {
        var first = 0
        return file.rowGroups.enumerated().map { index, group in
            defer { first += Int(group.rowCount) }
            return RowUnit(ordinal: index, firstRow: first, rowCount: Int(group.rowCount))
        }
    }

    func readRows(of unit: RowUnit, _ body: (FileRow) throws(DatasetError) -> Bool) async throws(DatasetError) {
        let available = Set(file.schema.fields.map(\.name))
        let columns = Self.neededColumns.filter(available.contains)
        var rows: [[String: RowValue]] = []
        do {
            let group = try await file.readRowGroup(unit.ordinal, columns: columns)
            rows = Array(repeating: [:], count: group.rowCount)
            for column in group.columns {
                let values = try column.values()
                for (index, value) in values.enumerated() where index < rows.count {
                    rows[index][column.name] = RowValue(parquet: value)
                }
            }
        } catch {
            throw DatasetError(
                .unreadableFile,
                "cannot read row group \(unit.ordinal) of \(file.source.name): \(error.message)"
            )
        }
        for (offset, row) in rows.enumerated() {
            guard try body(FileRow(index: unit.firstRow + offset, value: .success(row))) else { return }
        }
    }
}
