import Parquet

/// Rows grouped by query and split: the shared first pass of every analysis.
///
/// Query codes follow the order in which each `query_id` first appears; split codes follow split names
/// in ascending order. A query belongs to the split of its first row.
struct QueryIndex: Sendable {
    /// Split names, ascending.
    var splitNames: [String]
    /// The code in the `split` column of each split in ``splitNames`` order.
    var splitOrder: [Int]
    /// The split code of each row.
    var rowSplit: [Int32]
    /// The query code of each row.
    var rowQuery: [Int32]
    /// The `query_id` of each query code.
    var queryIDs: [String]
    /// The split code of each query.
    var querySplit: [Int32]
    /// Candidates per query.
    var candidates: [Int32]
    /// Verified candidates per query.
    var verified: [Int32]
    /// The smallest verified candidate index per query, or -1.
    var firstVerified: [Int32]
    /// The outcome of the query's earliest candidate (candidate 0 when present).
    var earliestVerified: [Bool]
    /// The earliest candidate index seen per query.
    var earliestIndex: [Int32]

    init(_ table: ResultTable) {
        self.init(
            split: ParquetDictionaryColumn(coding: table.split.lazy.map(Optional.some)),
            queryID: ParquetDictionaryColumn(coding: table.queryID.lazy.map(Optional.some)),
            candidateIndex: table.candidateIndex.map(Int64.init),
            isVerified: table.isVerified
        )
    }

    /// Indexes coded columns (no nulls: the required text columns read a null as `""`); query codes are
    /// `queryID`'s codes, which follow first appearance.
    init(
        split: ParquetDictionaryColumn,
        queryID: ParquetDictionaryColumn,
        candidateIndex indices: [Int64],
        isVerified accepted: [Bool]
    ) {
        let rowCount = indices.count
        let unsortedNames = split.dictionary
        let order = unsortedNames.indices.sorted { unsortedNames[$0] < unsortedNames[$1] }
        var remap = [Int32](repeating: 0, count: unsortedNames.count)
        for (sortedCode, oldCode) in order.enumerated() {
            remap[oldCode] = Int32(sortedCode)
        }
        let rowSplit = split.codes.map { remap[Int($0)] }
        splitNames = order.map { unsortedNames[$0] }
        splitOrder = order

        let queryCount = queryID.dictionary.count
        let rowQuery = queryID.codes
        var querySplit = [Int32](repeating: -1, count: queryCount)
        var candidates = [Int32](repeating: 0, count: queryCount)
        var verified = [Int32](repeating: 0, count: queryCount)
        var firstVerified = [Int32](repeating: -1, count: queryCount)
        var earliestVerified = [Bool](repeating: false, count: queryCount)
        var earliestIndex = [Int32](repeating: Int32.max, count: queryCount)
        for row in 0..<rowCount {
            let q = Int(rowQuery[row])
            if querySplit[q] < 0 { querySplit[q] = rowSplit[row] }
            let index = Int32(clamping: indices[row])
            candidates[q] += 1
            if index < earliestIndex[q] {
                earliestIndex[q] = index
                earliestVerified[q] = accepted[row]
            }
            if accepted[row] {
                verified[q] += 1
                if firstVerified[q] < 0 || index < firstVerified[q] {
                    firstVerified[q] = index
                }
            }
        }
        self.rowSplit = rowSplit
        self.rowQuery = rowQuery
        self.queryIDs = queryID.dictionary
        self.querySplit = querySplit
        self.candidates = candidates
        self.verified = verified
        self.firstVerified = firstVerified
        self.earliestVerified = earliestVerified
        self.earliestIndex = earliestIndex
    }

    var queryCount: Int { queryIDs.count }
}
