import Parquet

/// One column of one row group, converted to what ``SummaryColumns`` keeps of it: codes or values for the
/// columns read row by row, updated ``SplitTotals`` for the columns that are only counted or summed.
enum SummaryPart: Sendable {
    case coded(ParquetDictionaryColumn)
    case integers([Int64])
    case flags([Bool])
    case totals(SplitTotals)
    /// A column the summary does not use.
    case unused

    /// What a column's reduction needs of the row group: the split and verification of each of its rows
    /// and the totals so far (sums continue in row order).
    struct Context: Sendable {
        var splits: ArraySlice<Int32>
        var splitCount: Int
        var verified: ArraySlice<Bool>
        var totals: SplitTotals
    }

    /// Converts or reduces `column` of `group` (which holds `refusal_type` too, when the file has it, for
    /// `refusal_is_refusal`).
    init(_ group: ParquetRowGroup, _ column: ResultColumn, context: Context) throws(ParquetError) {
        let source = try group.column(column.rawValue)
        let splits = context.splits
        let count = context.splitCount
        var totals = context.totals
        switch column {
        case .queryID, .split, .extractedAnswer:
            self = .coded(try source.dictionaryStrings())
            return
        case .candidateIndex:
            self = .integers(try source.int64s(nullsAs: 0))
            return
        case .isVerified:
            self = .flags(try source.bools(nullsAs: false))
            return
        case .verdict: totals.addVerdicts(try source.dictionaryStrings(), splits: splits, splitCount: count)
        case .verificationMethod: totals.addMethods(try source.dictionaryStrings(), splits: splits, splitCount: count)
        case .model: totals.addModels(try source.dictionaryStrings())
        case .error: totals.addErrors(try source.dictionaryStrings(), splits: splits, splitCount: count)
        case .refusalIsRefusal:
            let types = group.columns.contains { $0.name == ResultColumn.refusalType.rawValue }
            totals.addRefusals(
                try source.bools(),
                types: types ? try group.column(ResultColumn.refusalType.rawValue).dictionaryStrings() : nil,
                splits: splits,
                splitCount: count
            )
        case .personaScore:
            totals.addPersonaScores(
                try source.doubles(nullsAs: .nan),
                verified: context.verified,
                splits: splits,
                splitCount: count
            )
        case .inputTokens, .outputTokens, .cacheReadTokens, .cacheWriteTokens:
            let total: WritableKeyPath<SplitTotals, [Int64]?> =
                switch column {
                case .inputTokens: \.inputTokens
                case .outputTokens: \.outputTokens
                case .cacheReadTokens: \.cacheReadTokens
                default: \.cacheWriteTokens
                }
            totals.addTokens(try source.int64s(nullsAs: 0), to: total, splits: splits, splitCount: count)
        case .costUSD: totals.addCosts(try source.doubles(nullsAs: 0), splits: splits, splitCount: count)
        case .latencyMs:
            // Only this row group's latencies (the context has none): the caller appends them to the totals.
            totals.addLatencies(try source.doubles(nullsAs: .nan), splits: splits, splitCount: count)
        default:
            self = .unused
            return
        }
        self = .totals(totals)
    }
}

extension SummaryColumns {
    /// Appends one row group's `part` of `column`.
    mutating func append(_ part: SummaryPart, as column: ResultColumn) {
        switch (part, column) {
        case (.coded(let part), .queryID):
            queryID.append(part.replacingNulls(with: ""), known: &knownCodes[column, default: [:]])
        case (.coded(let part), .split):
            split.append(part.replacingNulls(with: ""), known: &knownCodes[column, default: [:]])
        case (.coded(let part), .extractedAnswer):
            if extractedAnswer == nil {
                extractedAnswer = part
            } else {
                extractedAnswer?.append(part, known: &knownCodes[column, default: [:]])
            }
        case (.integers(let values), .candidateIndex):
            if candidateIndex.isEmpty { candidateIndex = values } else { candidateIndex += values }
        case (.flags(let values), .isVerified):
            if isVerified.isEmpty { isVerified = values } else { isVerified += values }
        case (.totals(let other), _): totals.take(column, from: other)
        default: break
        }
    }
}

extension SplitTotals {
    /// Takes the fields that `column` fills from `other`: these totals with one more row group of the
    /// column added (for latencies, only that row group's, which are appended).
    mutating func take(_ column: ResultColumn, from other: SplitTotals) {
        switch column {
        case .verdict: verdicts = other.verdicts
        case .verificationMethod: methods = other.methods
        case .model: models = other.models
        case .error: errors = other.errors
        case .refusalIsRefusal:
            refusalRows = other.refusalRows
            refusals = other.refusals
            refusalTypes = other.refusalTypes
        case .personaScore:
            personaCount = other.personaCount
            personaSum = other.personaSum
            personaVerifiedCount = other.personaVerifiedCount
            personaVerifiedSum = other.personaVerifiedSum
        case .inputTokens: inputTokens = other.inputTokens
        case .outputTokens: outputTokens = other.outputTokens
        case .cacheReadTokens: cacheReadTokens = other.cacheReadTokens
        case .cacheWriteTokens: cacheWriteTokens = other.cacheWriteTokens
        case .costUSD: cost = other.cost
        case .latencyMs:
            guard let added = other.latencies else { return }
            // Move the arrays out first so that appending does not copy them.
            var merged = latencies ?? []
            latencies = nil
            if merged.count < added.count { merged += repeatElement([], count: added.count - merged.count) }
            for (split, values) in added.enumerated() { merged[split] += values }
            latencies = merged
        default: break
        }
    }
}
