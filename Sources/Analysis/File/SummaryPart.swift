import Parquet

/// One column of one row group, converted to the form ``SummaryColumns`` keeps.
enum SummaryPart: Sendable {
    case coded(ParquetDictionaryColumn)
    case integers([Int])
    case int64s([Int64])
    case doubles([Double])
    case flags([Bool])
    case optionalFlags([Bool?])
    /// A column the summary does not use.
    case unused

    /// Converts `source`, the file's column for `column`: text as dictionary codes, nulls as
    /// ``SummaryColumns`` documents for each column.
    init(_ source: ParquetColumn, as column: ResultColumn) throws(ParquetError) {
        switch column {
        case .queryID, .split, .verdict, .verificationMethod, .refusalType, .extractedAnswer, .model, .error:
            self = .coded(try source.dictionaryStrings())
        case .candidateIndex: self = .integers(try source.int64s(nullsAs: 0).map { Int($0) })
        case .isVerified: self = .flags(try source.bools().map { $0 ?? false })
        case .refusalIsRefusal: self = .optionalFlags(try source.bools())
        case .personaScore, .latencyMs: self = .doubles(try source.doubles(nullsAs: .nan))
        case .costUSD: self = .doubles(try source.doubles(nullsAs: 0))
        case .inputTokens, .outputTokens, .cacheReadTokens, .cacheWriteTokens:
            self = .int64s(try source.int64s(nullsAs: 0))
        default: self = .unused
        }
    }
}

extension SummaryColumns {
    /// Appends one row group's `part` of `column`.
    mutating func append(_ part: SummaryPart, as column: ResultColumn) {
        func add<T>(_ values: [T], _ keyPath: WritableKeyPath<SummaryColumns, [T]?>) {
            if self[keyPath: keyPath] == nil {
                self[keyPath: keyPath] = values
            } else {
                self[keyPath: keyPath]?.append(contentsOf: values)
            }
        }
        func coded(
            _ part: ParquetDictionaryColumn,
            _ keyPath: WritableKeyPath<SummaryColumns, ParquetDictionaryColumn?>
        ) {
            if self[keyPath: keyPath] == nil {
                self[keyPath: keyPath] = part
            } else {
                self[keyPath: keyPath]?.append(part)
            }
        }
        switch (part, column) {
        case (.coded(let part), .queryID): queryID.append(part)
        case (.coded(let part), .split): split.append(part)
        case (.coded(let part), .verdict): coded(part, \.verdict)
        case (.coded(let part), .verificationMethod): coded(part, \.verificationMethod)
        case (.coded(let part), .refusalType): coded(part, \.refusalType)
        case (.coded(let part), .extractedAnswer): coded(part, \.extractedAnswer)
        case (.coded(let part), .model): coded(part, \.model)
        case (.coded(let part), .error): coded(part, \.error)
        case (.integers(let values), .candidateIndex):
            if candidateIndex.isEmpty { candidateIndex = values } else { candidateIndex += values }
        case (.flags(let values), .isVerified):
            if isVerified.isEmpty { isVerified = values } else { isVerified += values }
        case (.optionalFlags(let values), .refusalIsRefusal): add(values, \.refusalIsRefusal)
        case (.doubles(let values), .personaScore): add(values, \.personaScore)
        case (.doubles(let values), .costUSD): add(values, \.costUSD)
        case (.doubles(let values), .latencyMs): add(values, \.latencyMs)
        case (.int64s(let values), .inputTokens): add(values, \.inputTokens)
        case (.int64s(let values), .outputTokens): add(values, \.outputTokens)
        case (.int64s(let values), .cacheReadTokens): add(values, \.cacheReadTokens)
        case (.int64s(let values), .cacheWriteTokens): add(values, \.cacheWriteTokens)
        default: break
        }
    }
}
