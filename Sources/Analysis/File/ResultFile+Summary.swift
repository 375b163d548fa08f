import Foundation
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
        // `split` and `is_verified` first: the other columns are reduced per split as they are decoded.
        let first: [ResultColumn] = [.split, .isVerified]
        let rest = wanted.filter { !first.contains($0) && $0 != .refusalType }
        var columns = SummaryColumns(source: path, metadata: file.metadataDictionary)
        for index in file.rowGroups.indices {
            let offset = columns.rowCount
            let empty = SummaryPart.Context(splits: [], splitCount: 0, verified: [], totals: SplitTotals())
            let firstParts = await readParts(file: file, path: path, rowGroup: index, columns: first, context: empty)
            for (column, part) in zip(first, firstParts) {
                columns.append(try part.get(), as: column)
            }
            let rows = offset..<columns.split.codes.count
            // The running totals without the latencies: the tasks add only this row group's latencies, and a
            // reference held here would make appending them copy the arrays.
            var running = columns.totals
            running.latencies = nil
            let context = SummaryPart.Context(
                splits: columns.split.codes[rows],
                splitCount: columns.split.dictionary.count,
                verified: columns.isVerified[rows],
                totals: running
            )
            let parts = await readParts(file: file, path: path, rowGroup: index, columns: rest, context: context)
            for (column, part) in zip(rest, parts) {
                columns.append(try part.get(), as: column)
            }
        }
        return await ExperimentSummary.computing(columns: columns)
    }

    /// Reads `columns` of one row group, one task per column, and converts or reduces each (so converting
    /// one column overlaps decoding the next, and each column's decoded pages are freed once it is reduced).
    ///
    /// - Returns: One result per column, in order (report the first failure in that order, so errors are
    ///   deterministic).
    private static func readParts(
        file: ParquetFileReader,
        path: String,
        rowGroup index: Int,
        columns: [ResultColumn],
        context: SummaryPart.Context
    ) async -> [Result<SummaryPart, AnalysisError>] {
        let hasRefusalType = file.schema.fields.contains { $0.name == ResultColumn.refusalType.rawValue }
        // A few columns at a time (one per core): with all of them in flight, every column would be decoded
        // before any was reduced, and all their pages would be alive at once.
        let cap = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return await withTaskGroup(of: (Int, Result<SummaryPart, AnalysisError>).self) { tasks in
            var next = 0
            func addNext() {
                guard next < columns.count else { return }
                let position = next
                let column = columns[position]
                let read = column == .refusalIsRefusal && hasRefusalType ? [column, .refusalType] : [column]
                tasks.addTask {
                    (position, await readPart(file: file, path: path, rowGroup: index, columns: read, context: context))
                }
                next += 1
            }
            while next < min(cap, columns.count) { addNext() }
            var parts = [Result<SummaryPart, AnalysisError>](repeating: .success(.unused), count: columns.count)
            for await (position, part) in tasks {
                parts[position] = part
                addNext()
            }
            return parts
        }
    }

    /// Reads `columns` (one, or `refusal_is_refusal` with `refusal_type`) of one row group and converts or
    /// reduces the first.
    private static func readPart(
        file: ParquetFileReader,
        path: String,
        rowGroup index: Int,
        columns: [ResultColumn],
        context: SummaryPart.Context
    ) async -> Result<SummaryPart, AnalysisError> {
        let names = columns.map(\.rawValue)
        let group: ParquetRowGroup
        do {
            group = try await file.readRowGroup(
                index,
                columns: names,
                dictionaryColumns: Set(columns.filter(codedColumns.contains).map(\.rawValue))
            )
        } catch {
            return .failure(AnalysisError(.unreadableFile, "\(path): row group \(index): \(error.message)"))
        }
        do throws(ParquetError) {
            return .success(try SummaryPart(group, columns[0], context: context))
        } catch {
            let code: AnalysisError.Code = error.code == .schemaMismatch ? .wrongColumnType : .unreadableFile
            let column = error.column.flatMap { name in names.contains(name) ? name : nil } ?? names[0]
            return .failure(AnalysisError(code, "\(path): column `\(column)`: \(error.message)"))
        }
    }
}
