/// The decoded columns of one row group.
public struct ParquetRowGroup: Sendable {
    /// The number of rows.
    public let rowCount: Int
    /// The columns read, in the order requested.
    public let columns: [ParquetColumn]
    let file: String

    /// The column called `name`.
    ///
    /// - Throws: ``ParquetError`` `invalidArgument` when it was not read.
    public func column(_ name: String) throws(ParquetError) -> ParquetColumn {
        guard let column = columns.first(where: { $0.name == name }) else {
            throw ParquetError(
                .invalidArgument,
                "column '\(name)' was not read (read: \(columns.map(\.name).joined(separator: ", ")))",
                file: file
            )
        }
        return column
    }

    /// The rows as arrays of values, one per column read, in ``columns`` order.
    public func rows() throws(ParquetError) -> [[ParquetValue]] {
        var perColumn: [[ParquetValue]] = []
        for column in columns {
            do throws(ParquetError) {
                perColumn.append(try column.values())
            } catch {
                throw error.located(file: file)
            }
        }
        return (0..<rowCount).map { row in perColumn.map { $0[row] } }
    }
}
