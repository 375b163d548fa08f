import Foundation
import Parquet

/// Reads result files (DESIGN.md, "The result file") into ``ResultTable``s.
///
/// Only the requested columns are decoded; optional columns the file lacks stay `nil`, so files
/// written by the original Python tool (only `query_id`, `split`, `candidate_idx`, `is_verified`, …)
/// read fine.
///
/// ```swift
/// let table = try await ResultFile.read(path: "experiments/marvin/results/gsm8k.parquet")
/// print(TextReport.inspect(ExperimentSummary(table: table)))
/// ```
public enum ResultFile {
    /// Reads `columns` (those the file has) of the result file at `path`.
    ///
    /// - Parameters:
    ///   - path: The Parquet file.
    ///   - columns: The columns wanted; ``ResultColumn/statistics`` for inspect, compare and report.
    /// - Returns: The table, labelled with `path`, with the footer metadata.
    /// - Throws: ``AnalysisError``: `unreadableFile` when the file cannot be opened or decoded,
    ///   `missingColumn` when a required column is absent, `wrongColumnType` when a column has a type the
    ///   schema does not allow.
    public static func read(
        path: String,
        columns: [ResultColumn] = ResultColumn.allCases
    ) async throws(AnalysisError) -> ResultTable {
        let file = try await open(path: path)
        let names = Set(file.schema.fields.map(\.name))
        let wanted = (ResultColumn.required + columns.filter { !ResultColumn.required.contains($0) })
            .filter { names.contains($0.rawValue) }
        var table = ResultTable(source: path, metadata: file.metadataDictionary)
        // Decode the columns in parallel lanes (one per core, at most 4); each lane reads its own columns.
        let laneCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4, wanted.count))
        var lanes = [[ResultColumn]](repeating: [], count: laneCount)
        for (position, column) in wanted.sorted(by: { cost($0) > cost($1) }).enumerated() {
            // Snake order keeps the lanes' costs close.
            let round = position / laneCount
            let slot = position % laneCount
            lanes[round % 2 == 0 ? slot : laneCount - 1 - slot].append(column)
        }
        for index in file.rowGroups.indices {
            let parts = try await readLanes(file: file, path: path, rowGroup: index, lanes: lanes)
            for part in parts {
                table.absorb(part)
            }
        }
        return table
    }

    /// Opens `path` as Parquet and checks that it has the required columns.
    static func open(path: String) async throws(AnalysisError) -> ParquetFileReader {
        let file: ParquetFileReader
        do {
            file = try await ParquetFileReader.open(path: path)
        } catch {
            throw AnalysisError(.unreadableFile, "\(path): cannot read as Parquet: \(error.message)")
        }
        let names = Set(file.schema.fields.map(\.name))
        let missing = ResultColumn.required.filter { !names.contains($0.rawValue) }
        guard missing.isEmpty else {
            throw AnalysisError(
                .missingColumn,
                "\(path): not a result file: missing required column(s) "
                    + missing.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            )
        }
        return file
    }

    /// A rough relative decoding cost, to balance the lanes: strings cost more than numbers.
    private static func cost(_ column: ResultColumn) -> Int {
        switch column {
        case .messages: 50
        case .prompt, .response, .verificationExplanation: 20
        case .queryID, .model, .verdict, .verificationMethod, .extractedAnswer, .split, .finishReason, .groundTruth:
            5
        default: 1
        }
    }

    private static func readLanes(
        file: ParquetFileReader,
        path: String,
        rowGroup index: Int,
        lanes: [[ResultColumn]]
    ) async throws(AnalysisError) -> [ResultTable] {
        let results = await withTaskGroup(of: (Int, Result<ResultTable, AnalysisError>).self) { group in
            for (lane, columns) in lanes.enumerated() where !columns.isEmpty {
                group.addTask {
                    (lane, await readLane(file: file, path: path, rowGroup: index, columns: columns))
                }
            }
            var results: [(Int, Result<ResultTable, AnalysisError>)] = []
            for await result in group {
                results.append(result)
            }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var parts: [ResultTable] = []
        for result in results {
            parts.append(try result.get())
        }
        return parts
    }

    private static func readLane(
        file: ParquetFileReader,
        path: String,
        rowGroup index: Int,
        columns: [ResultColumn]
    ) async -> Result<ResultTable, AnalysisError> {
        let group: ParquetRowGroup
        do {
            group = try await file.readRowGroup(index, columns: columns.map(\.rawValue))
        } catch {
            return .failure(AnalysisError(.unreadableFile, "\(path): row group \(index): \(error.message)"))
        }
        var part = ResultTable(source: path)
        var builder = ColumnBuilder(path: path, wanted: Set(columns))
        do {
            try builder.append(group, to: &part)
        } catch {
            return .failure(error)
        }
        return .success(part)
    }
}
