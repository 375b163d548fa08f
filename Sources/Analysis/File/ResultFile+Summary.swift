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
            let group: ParquetRowGroup
            do {
                group = try await file.readRowGroup(
                    index,
                    columns: wanted.map(\.rawValue),
                    dictionaryColumns: Set(wanted.filter(codedColumns.contains).map(\.rawValue))
                )
            } catch {
                throw AnalysisError(.unreadableFile, "\(path): row group \(index): \(error.message)")
            }
            try append(group, wanted: wanted, path: path, to: &columns)
        }
        columns.queryID = columns.queryID.replacingNulls(with: "")
        columns.split = columns.split.replacingNulls(with: "")
        return await ExperimentSummary.computing(columns: columns)
    }

    private static func append(
        _ group: ParquetRowGroup,
        wanted: [ResultColumn],
        path: String,
        to columns: inout SummaryColumns
    ) throws(AnalysisError) {
        for column in wanted {
            do throws(ParquetError) {
                let source = try group.column(column.rawValue)
                func coded(_ keyPath: WritableKeyPath<SummaryColumns, ParquetDictionaryColumn?>) throws(ParquetError) {
                    let part = try source.dictionaryStrings()
                    if columns[keyPath: keyPath] == nil {
                        columns[keyPath: keyPath] = part
                    } else {
                        columns[keyPath: keyPath]?.append(part)
                    }
                }
                func add<T>(_ values: [T], _ keyPath: WritableKeyPath<SummaryColumns, [T]?>) {
                    if columns[keyPath: keyPath] == nil {
                        columns[keyPath: keyPath] = values
                    } else {
                        columns[keyPath: keyPath]?.append(contentsOf: values)
                    }
                }
                switch column {
                case .queryID: columns.queryID.append(try source.dictionaryStrings())
                case .split: columns.split.append(try source.dictionaryStrings())
                case .candidateIndex: columns.candidateIndex += try source.int64s(nullsAs: 0).map { Int($0) }
                case .isVerified: columns.isVerified += try source.bools().map { $0 ?? false }
                case .verdict: try coded(\.verdict)
                case .verificationMethod: try coded(\.verificationMethod)
                case .refusalType: try coded(\.refusalType)
                case .extractedAnswer: try coded(\.extractedAnswer)
                case .model: try coded(\.model)
                case .error: try coded(\.error)
                case .refusalIsRefusal: add(try source.bools(), \.refusalIsRefusal)
                case .personaScore: add(try source.doubles(nullsAs: .nan), \.personaScore)
                case .costUSD: add(try source.doubles(nullsAs: 0), \.costUSD)
                case .latencyMs: add(try source.doubles(nullsAs: .nan), \.latencyMs)
                case .inputTokens: add(try source.int64s(nullsAs: 0), \.inputTokens)
                case .outputTokens: add(try source.int64s(nullsAs: 0), \.outputTokens)
                case .cacheReadTokens: add(try source.int64s(nullsAs: 0), \.cacheReadTokens)
                case .cacheWriteTokens: add(try source.int64s(nullsAs: 0), \.cacheWriteTokens)
                default: continue
                }
            } catch {
                let code: AnalysisError.Code = error.code == .schemaMismatch ? .wrongColumnType : .unreadableFile
                throw AnalysisError(code, "\(path): column `\(column.rawValue)`: \(error.message)")
            }
        }
    }
}
