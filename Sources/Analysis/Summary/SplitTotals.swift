import Parquet

/// Per-split totals of the columns the summary only counts or sums (verdicts, methods, models, errors,
/// refusals, persona scores, tokens, cost) and the measured latencies.
///
/// Built column by column and row group by row group, so a file's columns are reduced as they are decoded
/// instead of being kept whole. Splits are numbered by their codes in ``SummaryColumns/split`` (order of
/// first appearance); every array grows as new splits appear. A `nil` field means the file has no such
/// column. Sums run in row order across row groups, so they equal summing the whole column at once.
struct SplitTotals: Sendable {
    var verdicts: [ValueCounter]?
    var methods: [ValueCounter]?
    /// Rows per model name, over all splits.
    var models: [String: Int]?
    var errors: [Int]?
    /// Rows with a refusal flag, refusals, and refusals by type, per split.
    var refusalRows: [Int]?
    var refusals: [Int]?
    var refusalTypes: [ValueCounter]?
    /// Scored rows and their sums, all and verified only (NaN scores are not scored).
    var personaCount: [Int]?
    var personaSum: [Double]?
    var personaVerifiedCount: [Int]?
    var personaVerifiedSum: [Double]?
    var inputTokens: [Int64]?
    var outputTokens: [Int64]?
    var cacheReadTokens: [Int64]?
    var cacheWriteTokens: [Int64]?
    var cost: [Double]?
    /// The measured (non-NaN) latencies of each split, in no particular order.
    var latencies: [[Double]]?

    /// Counts `column`'s values per split of each row (`splits[row]`), nulls as `null`.
    mutating func addVerdicts(_ column: ParquetDictionaryColumn, splits: ArraySlice<Int32>, splitCount: Int) {
        verdicts = Self.grown(verdicts, splitCount, ValueCounter())
        verdicts?.merge(column.counters(groups: splits, groupCount: splitCount, nullName: "null"))
    }

    mutating func addMethods(_ column: ParquetDictionaryColumn, splits: ArraySlice<Int32>, splitCount: Int) {
        methods = Self.grown(methods, splitCount, ValueCounter())
        methods?.merge(column.counters(groups: splits, groupCount: splitCount, nullName: "null"))
    }

    mutating func addModels(_ column: ParquetDictionaryColumn) {
        var perCode = [Int](repeating: 0, count: column.dictionary.count)
        for code in column.codes where code >= 0 { perCode[Int(code)] += 1 }
        var counts = models ?? [:]
        for (code, count) in perCode.enumerated() where count > 0 {
            counts[column.dictionary[code], default: 0] += count
        }
        models = counts
    }

    mutating func addErrors(_ column: ParquetDictionaryColumn, splits: ArraySlice<Int32>, splitCount: Int) {
        var counts = Self.grown(errors, splitCount, 0)
        counts.withUnsafeMutableBufferPointer { counts in
            Self.forEach(column.codes, splits) { error, split in
                if error >= 0 { counts[split] += 1 }
            }
        }
        errors = counts
    }

    /// Refusal flags (`nil` rows carry no flag) and, when the file has them, refusal types.
    mutating func addRefusals(
        _ flags: [Bool?],
        types: ParquetDictionaryColumn?,
        splits: ArraySlice<Int32>,
        splitCount: Int
    ) {
        var rows = Self.grown(refusalRows, splitCount, 0)
        var refused = Self.grown(refusals, splitCount, 0)
        let typeCount = (types?.dictionary.count ?? 0) + 1
        var typeCounts = [Int](repeating: 0, count: splitCount * typeCount)
        for (row, (refusal, split)) in zip(flags, splits).enumerated() {
            guard let refusal else { continue }
            let s = Int(split)
            rows[s] += 1
            if refusal {
                refused[s] += 1
                let code = types.map { Int($0.codes[row]) } ?? -1
                typeCounts[s * typeCount + (code < 0 ? typeCount - 1 : code)] += 1
            }
        }
        var counters = Self.grown(refusalTypes, splitCount, ValueCounter())
        for s in 0..<splitCount {
            for code in 0..<typeCount where typeCounts[s * typeCount + code] > 0 {
                let name = code < typeCount - 1 ? types?.dictionary[code] ?? "unspecified" : "unspecified"
                counters[s].add(name, count: typeCounts[s * typeCount + code])
            }
        }
        refusalRows = rows
        refusals = refused
        refusalTypes = counters
    }

    /// Persona scores (NaN: not scored), split into all and verified rows.
    mutating func addPersonaScores(
        _ scores: [Double],
        verified: ArraySlice<Bool>,
        splits: ArraySlice<Int32>,
        splitCount: Int
    ) {
        var sums = Self.grown(personaSum, splitCount, 0)
        var counts = Self.grown(personaCount, splitCount, 0)
        var verifiedSums = Self.grown(personaVerifiedSum, splitCount, 0)
        var verifiedCounts = Self.grown(personaVerifiedCount, splitCount, 0)
        scores.withUnsafeBufferPointer { scores in
            splits.withUnsafeBufferPointer { splits in
                verified.withUnsafeBufferPointer { verified in
                    sums.withUnsafeMutableBufferPointer { sums in
                        counts.withUnsafeMutableBufferPointer { counts in
                            verifiedSums.withUnsafeMutableBufferPointer { verifiedSums in
                                verifiedCounts.withUnsafeMutableBufferPointer { verifiedCounts in
                                    for row in 0..<min(scores.count, splits.count, verified.count)
                                    where !scores[row].isNaN {
                                        let s = Int(splits[row])
                                        sums[s] += scores[row]
                                        counts[s] += 1
                                        if verified[row] {
                                            verifiedSums[s] += scores[row]
                                            verifiedCounts[s] += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        personaSum = sums
        personaCount = counts
        personaVerifiedSum = verifiedSums
        personaVerifiedCount = verifiedCounts
    }

    /// Adds `values` (null read as 0) per split to the token total at `keyPath`.
    mutating func addTokens(
        _ values: [Int64],
        to keyPath: WritableKeyPath<SplitTotals, [Int64]?>,
        splits: ArraySlice<Int32>,
        splitCount: Int
    ) {
        var sums = Self.grown(self[keyPath: keyPath], splitCount, 0)
        sums.withUnsafeMutableBufferPointer { sums in
            Self.forEach(values, splits) { value, split in sums[split] &+= value }
        }
        self[keyPath: keyPath] = sums
    }

    /// Costs (null read as 0), summed per split in row order.
    mutating func addCosts(_ values: [Double], splits: ArraySlice<Int32>, splitCount: Int) {
        var sums = Self.grown(cost, splitCount, 0)
        sums.withUnsafeMutableBufferPointer { sums in
            Self.forEach(values, splits) { value, split in sums[split] += value }
        }
        cost = sums
    }

    /// Latencies (NaN: not measured, left out) per split.
    mutating func addLatencies(_ values: [Double], splits: ArraySlice<Int32>, splitCount: Int) {
        // Count first, so that each split's array is sized once.
        var counts = [Int](repeating: 0, count: splitCount)
        counts.withUnsafeMutableBufferPointer { counts in
            Self.forEach(values, splits) { value, split in
                if !value.isNaN { counts[split] += 1 }
            }
        }
        var perSplit = Self.grown(latencies, splitCount, [])
        latencies = nil
        for split in 0..<splitCount { perSplit[split].reserveCapacity(perSplit[split].count + counts[split]) }
        Self.forEach(values, splits) { value, split in
            if !value.isNaN { perSplit[split].append(value) }
        }
        latencies = perSplit
    }

    /// Calls `body` with each row's value and split, in row order.
    @inline(__always)
    private static func forEach<T>(_ values: [T], _ splits: ArraySlice<Int32>, _ body: (T, Int) -> Void) {
        values.withUnsafeBufferPointer { values in
            splits.withUnsafeBufferPointer { splits in
                for row in 0..<min(values.count, splits.count) { body(values[row], Int(splits[row])) }
            }
        }
    }

    /// `values` (a new array when `nil`) grown to `count` entries of `filler`.
    private static func grown<T>(_ values: [T]?, _ count: Int, _ filler: T) -> [T] {
        var values = values ?? []
        if values.count < count { values += repeatElement(filler, count: count - values.count) }
        return values
    }
}

extension [ValueCounter] {
    /// Adds `other`'s counts entry by entry.
    mutating func merge(_ other: [ValueCounter]) {
        for index in other.indices { self[index].merge(other[index]) }
    }
}
