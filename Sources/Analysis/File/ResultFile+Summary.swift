import Parquet

extension ResultFile {
    /// The text columns the summary reads as dictionary codes.
    private static let codedColumns: Set<ResultColumn> = [
        .queryID, .split, .verdict, .verificationMethod, .refusalType, .extractedAnswer, .model, .error,
    ]

    /// Reads the result file at `path` and computes its ``ExperimentSummary``, the fast way.
    ///
    /// Equal to `ExperimentSummary(table: ResultFile.read(path: path, columns: ResultColumn.statistics))`,
    /// but text columns are read as dictionary codes straight from the file's dictionary pages (no `String`
    /// per row) and only the columns the summary uses are read, so a million-row file takes a fraction of
    /// the time and memory. Files missing optional columns summarise with notes, as with a table.
    ///
    /// ```swift
    /// let summary = try await ResultFile.summary(path: "experiments/marvin/results/gsm8k.parquet")
    /// print(TextReport.inspect(summary))
    /// ```
    ///
    /// - Throws: ``AnalysisError``, as ``read(path:columns:)``.
    public static func summary(path: String) async throws(AnalysisError) -> ExperimentSummary {
        let file = try await open(path: path)
        let names = Set(file.schema.fields.map(\.name))
        let wanted = ResultColumn.statistics.filter { names.contains($0.rawValue) }
        var columns = SummaryColumns(source: path, metadata: file.metadataDictionary)
        for index in file.rowGroups.indices {
            // One task per column decodes and converts it, so converting one column overlaps decoding the
            // next, and each column's decoded pages are freed as soon as it is converted.
            let parts = await withTaskGroup(of: (Int, Result<SummaryPart, AnalysisError>).self) { tasks in
                for (position, column) in wanted.enumerated() {
                    tasks.addTask {
                        (position, await readPart(file: file, path: path, rowGroup: index, column: column))
                    }
                }
                var parts = [Result<SummaryPart, AnalysisError>](
                    repeating: .failure(AnalysisError(.unreadableFile, "\(path): row group \(index): not read")),
                    count: wanted.count
                )
                for await (position, part) in tasks { parts[position] = part }
                return parts
            }
            // Report the first failing column in schema order, so errors are deterministic.
            for (column, part) in zip(wanted, parts) {
                columns.append(try part.get(), as: column)
            }
        }
        columns.queryID = columns.queryID.replacingNulls(with: "")
        columns.split = columns.split.replacingNulls(with: "")
        return await ExperimentSummary.computing(columns: columns)
    }

    /// Reads one column of one row group and converts it for ``SummaryColumns``.
    private static func readPart(
        file: ParquetFileReader,
        path: String,
        rowGroup index: Int,
        column: ResultColumn
    ) async -> Result<SummaryPart, AnalysisError> {
        let name = column.rawValue
        let group: ParquetRowGroup
        do {
            group = try await file.readRowGroup(
                index,
                columns: [name],
                dictionaryColumns: codedColumns.contains(column) ? [name] : []
            )
        } catch {
            return .failure(AnalysisError(.unreadableFile, "\(path): row group \(index): \(error.message)"))
        }
        do throws(ParquetError) {
            return .success(try SummaryPart(group.column(name), as: column))
        } catch {
            let code: AnalysisError.Code = error.code == .schemaMismatch ? .wrongColumnType : .unreadableFile
            return .failure(AnalysisError(code, "\(path): column `\(name)`: \(error.message)"))
        }
    }
}
