import Parquet

/// Appends the columns of successive row groups to a ``ResultTable``.
struct ColumnBuilder {
    let path: String
    let wanted: Set<ResultColumn>

    mutating func append(_ group: ParquetRowGroup, to table: inout ResultTable) throws(AnalysisError) {
        for column in ResultColumn.allCases where wanted.contains(column) {
            try append(column, group, to: &table)
        }
    }

    /// The error for a failure reading `column`.
    private func failure(_ error: ParquetError, _ column: ResultColumn) -> AnalysisError {
        let code: AnalysisError.Code = error.code == .schemaMismatch ? .wrongColumnType : .unreadableFile
        return AnalysisError(code, "\(path): column `\(column.rawValue)`: \(error.message)")
    }

    private func add<T>(
        _ values: [T],
        _ keyPath: WritableKeyPath<ResultTable, [T]?>,
        _ table: inout ResultTable
    ) {
        if table[keyPath: keyPath] == nil {
            table[keyPath: keyPath] = values
        } else {
            table[keyPath: keyPath]?.append(contentsOf: values)
        }
    }

    private mutating func append(
        _ column: ResultColumn,
        _ group: ParquetRowGroup,
        to table: inout ResultTable
    ) throws(AnalysisError) {
        let source: ParquetColumn
        do {
            source = try group.column(column.rawValue)
        } catch {
            throw failure(error, column)
        }
        func strings() throws(AnalysisError) -> [String?] {
            do { return try source.strings() } catch { throw failure(error, column) }
        }
        func doubles() throws(AnalysisError) -> [Double?] {
            do { return try source.doubles() } catch { throw failure(error, column) }
        }
        func integers() throws(AnalysisError) -> [Int64?] {
            do { return try source.int64s() } catch { throw failure(error, column) }
        }
        func bools() throws(AnalysisError) -> [Bool?] {
            do { return try source.bools() } catch { throw failure(error, column) }
        }
        func values() throws(AnalysisError) -> [ParquetValue] {
            do { return try source.values() } catch { throw failure(error, column) }
        }
        switch column {
        case .queryID: ResultTable.extend(&table.queryID, with: try strings().map { $0 ?? "" })
        case .split: ResultTable.extend(&table.split, with: try strings().map { $0 ?? "" })
        case .candidateIndex: ResultTable.extend(&table.candidateIndex, with: try integers().map { Int($0 ?? 0) })
        case .isVerified: ResultTable.extend(&table.isVerified, with: try bools().map { $0 ?? false })
        case .prompt: add(try strings(), \.prompt, &table)
        case .messages: add(try values().map(Self.turns), \.messages, &table)
        case .response: add(try strings(), \.response, &table)
        case .groundTruth: add(try strings(), \.groundTruth, &table)
        case .extractedAnswer: add(try strings(), \.extractedAnswer, &table)
        case .verdict: add(try strings(), \.verdict, &table)
        case .verificationMethod: add(try strings(), \.verificationMethod, &table)
        case .verificationConfidence: add(try doubles(), \.verificationConfidence, &table)
        case .verificationExplanation: add(try strings(), \.verificationExplanation, &table)
        case .refusalIsRefusal: add(try bools(), \.refusalIsRefusal, &table)
        case .refusalType: add(try strings(), \.refusalType, &table)
        case .personaScore: add(try doubles(), \.personaScore, &table)
        case .model: add(try strings(), \.model, &table)
        case .finishReason: add(try strings(), \.finishReason, &table)
        case .inputTokens: add(try integers(), \.inputTokens, &table)
        case .outputTokens: add(try integers(), \.outputTokens, &table)
        case .cacheReadTokens: add(try integers(), \.cacheReadTokens, &table)
        case .cacheWriteTokens: add(try integers(), \.cacheWriteTokens, &table)
        case .costUSD: add(try doubles(), \.costUSD, &table)
        case .latencyMs: add(try doubles(), \.latencyMs, &table)
        case .error: add(try strings(), \.error, &table)
        }
    }

    /// A stored conversation: a list of structs, or JSON text holding an array of objects.
    static func turns(_ value: ParquetValue) -> [ChatTurn]? {
        switch value {
        case .list(let elements):
            return elements.compactMap { element in
                guard case .object(let members) = element else { return nil }
                var role = ""
                var content: String?
                var fields: [String: String] = [:]
                for member in members {
                    switch (member.name, member.value) {
                    case ("role", .string(let text)): role = text
                    case ("content", .string(let text)): content = text
                    case (_, .null): continue
                    case ("content", let other): fields["content"] = ParquetJSON.text(other)
                    default: fields[member.name] = ParquetJSON.text(member.value)
                    }
                }
                return ChatTurn(role: role, content: content, fields: fields)
            }
        case .string(let text):
            return ParquetJSON.turns(fromJSON: text)
        default:
            return nil
        }
    }
}
