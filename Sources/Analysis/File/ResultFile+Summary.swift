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
    /// - Parameters:
    ///   - path: The Parquet file.
    ///   - wholeRowGroupRows: Row groups of up to this many rows are read at once (one read, fewer tasks);
    ///     larger ones column by column, each column freed once reduced, which bounds memory. The summary is
    ///     the same either way.
    /// - Returns: The summary, labelled with `path`.
    /// - Throws: ``AnalysisError``, as ``read(path:columns:)``.
    public static func summary(
        path: String,
        wholeRowGroupRows: Int = 131_072
    ) async throws(AnalysisError) -> ExperimentSummary {
        let file = try await open(path: path)
        let names = Set(file.schema.fields.map(\.name))
        let wanted = ResultColumn.statistics.filter { names.contains($0.rawValue) }
        // `split` and `is_verified` first: the other columns are reduced per split as they are decoded.
        let first: [ResultColumn] = [.split, .isVerified]
        let rest = wanted.filter { !first.contains($0) && $0 != .refusalType }
        var columns = SummaryColumns(source: path, metadata: file.metadataDictionary)
        let rowCounts = file.rowGroups.map(\.rowCount)
        // A small row group is read whole (one read, its columns decoded concurrently by the reader) while the
        // previous one is reduced; a large one column by column, so that its decoded pages are not all alive
        // at once.
        @Sendable func readIfSmall(_ index: Int) async -> Result<ParquetRowGroup, AnalysisError>? {
            guard index < rowCounts.count, rowCounts[index] <= Int64(wholeRowGroupRows) else { return nil }
            return await readWhole(file: file, path: path, rowGroup: index, columns: wanted)
        }
        var next = await readIfSmall(0)
        for index in rowCounts.indices {
            let group = next
            async let prefetched = readIfSmall(index + 1)
            func parts(
                _ list: [ResultColumn],
                _ context: SummaryPart.Context
            ) async -> [Result<SummaryPart, AnalysisError>] {
                switch group {
                case .success(let group)?:
                    await readParts(
                        file: file,
                        path: path,
                        rowGroup: index,
                        columns: list,
                        read: group,
                        context: context
                    )
                case .failure(let error)?: list.map { _ in .failure(error) }
                case nil: await readParts(file: file, path: path, rowGroup: index, columns: list, context: context)
                }
            }
            let offset = columns.rowCount
            let empty = SummaryPart.Context(splits: [], splitCount: 0, verified: [], totals: SplitTotals())
            let firstParts = await parts(first, empty)
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
            for (column, part) in zip(rest, await parts(rest, context)) {
                columns.append(try part.get(), as: column)
            }
            next = await prefetched
        }
        return await ExperimentSummary.computing(columns: columns)
    }

    /// Reads `columns` of one row group, one task per column, and converts or reduces each (so converting
    /// one column overlaps decoding the next, and each column's decoded pages are freed once it is reduced);
    /// with `read`, the row group already read whole, only converts or reduces them.
    ///
    /// - Returns: One result per column, in order (report the first failure in that order, so errors are
    ///   deterministic).
    private static func readParts(
        file: ParquetFileReader,
        path: String,
        rowGroup index: Int,
        columns: [ResultColumn],
        read: ParquetRowGroup? = nil,
        context: SummaryPart.Context
    ) async -> [Result<SummaryPart, AnalysisError>] {
        let hasRefusalType = file.schema.fields.contains { $0.name == ResultColumn.refusalType.rawValue }
        // A few columns at a time (one per core): with all of them in flight, every column would be decoded
        // before any was reduced, and all their pages would be alive at once.
        let cap = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let group = read
        return await withTaskGroup(of: (Int, Result<SummaryPart, AnalysisError>).self) { tasks in
            var next = 0
            func addNext() {
                guard next < columns.count else { return }
                let position = next
                let column = columns[position]
                let read = column == .refusalIsRefusal && hasRefusalType ? [column, .refusalType] : [column]
                tasks.addTask {
                    if let group {
                        return (position, makePart(group, path: path, column: column, context: context))
                    }
                    return (
                        position,
                        await readPart(file: file, path: path, rowGroup: index, columns: read, context: context)
                    )
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

    /// Reads `columns` of one row group at once.
    private static func readWhole(
        file: ParquetFileReader,
        path: String,
        rowGroup index: Int,
        columns: [ResultColumn]
    ) async -> Result<ParquetRowGroup, AnalysisError> {
        do {
            return .success(
                try await file.readRowGroup(
                    index,
                    columns: columns.map(\.rawValue),
                    dictionaryColumns: Set(columns.filter(codedColumns.contains).map(\.rawValue))
                )
            )
        } catch {
            return .failure(AnalysisError(.unreadableFile, "\(path): row group \(index): \(error.message)"))
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
        switch await readWhole(file: file, path: path, rowGroup: index, columns: columns) {
        case .success(let group): makePart(group, path: path, column: columns[0], context: context)
        case .failure(let error): .failure(error)
        }
    }

    /// Converts or reduces `column` of `group`.
    private static func makePart(
        _ group: ParquetRowGroup,
        path: String,
        column: ResultColumn,
        context: SummaryPart.Context
    ) -> Result<SummaryPart, AnalysisError> {
        do throws(ParquetError) {
            return .success(try SummaryPart(group, column, context: context))
        } catch {
            let code: AnalysisError.Code = error.code == .schemaMismatch ? .wrongColumnType : .unreadableFile
            // A refusal type error comes from `refusal_is_refusal`'s part, but names its own column.
            let name = error.column.flatMap { name in
                name == column.rawValue || name == ResultColumn.refusalType.rawValue ? name : nil
            }
            return .failure(AnalysisError(code, "\(path): column `\(name ?? column.rawValue)`: \(error.message)"))
        }
    }
}
