/// Rows grouped by query and split: the shared first pass of every analysis.
///
/// Query codes follow the order in which each `query_id` first appears; split codes follow split names
/// in ascending order. A query belongs to the split of its first row.
struct QueryIndex {
    /// Split names, ascending.
    var splitNames: [String]
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
        let rowCount = table.rowCount
        // Splits: cache the previous row's split, as rows of one split come together.
        var splitCodes: [String: Int32] = [:]
        var unsortedNames: [String] = []
        var rowSplit = [Int32](repeating: 0, count: rowCount)
        var previousSplit: String?
        var previousCode: Int32 = 0
        for (row, name) in table.split.enumerated() {
            if name != previousSplit {
                if let code = splitCodes[name] {
                    previousCode = code
                } else {
                    previousCode = Int32(unsortedNames.count)
                    splitCodes[name] = previousCode
                    unsortedNames.append(name)
                }
                previousSplit = name
            }
            rowSplit[row] = previousCode
        }
        let order = unsortedNames.indices.sorted { unsortedNames[$0] < unsortedNames[$1] }
        var remap = [Int32](repeating: 0, count: unsortedNames.count)
        for (sortedCode, oldCode) in order.enumerated() {
            remap[oldCode] = Int32(sortedCode)
        }
        for row in 0..<rowCount {
            rowSplit[row] = remap[Int(rowSplit[row])]
        }
        splitNames = order.map { unsortedNames[$0] }

        var queryCodes: [String: Int32] = [:]
        queryCodes.reserveCapacity(rowCount / 4)
        var rowQuery = [Int32](repeating: 0, count: rowCount)
        var queryIDs: [String] = []
        var querySplit: [Int32] = []
        var candidates: [Int32] = []
        var verified: [Int32] = []
        var firstVerified: [Int32] = []
        var earliestVerified: [Bool] = []
        var earliestIndex: [Int32] = []
        let indices = table.candidateIndex
        let accepted = table.isVerified
        var previousQuery: String?
        var previousQueryCode: Int32 = 0
        for (row, id) in table.queryID.enumerated() {
            let code: Int32
            if id == previousQuery {
                code = previousQueryCode
            } else if let known = queryCodes[id] {
                code = known
            } else {
                code = Int32(queryIDs.count)
                queryCodes[id] = code
                queryIDs.append(id)
                querySplit.append(rowSplit[row])
                candidates.append(0)
                verified.append(0)
                firstVerified.append(-1)
                earliestVerified.append(false)
                earliestIndex.append(Int32.max)
            }
            previousQuery = id
            previousQueryCode = code
            rowQuery[row] = code
            let q = Int(code)
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
        self.queryIDs = queryIDs
        self.querySplit = querySplit
        self.candidates = candidates
        self.verified = verified
        self.firstVerified = firstVerified
        self.earliestVerified = earliestVerified
        self.earliestIndex = earliestIndex
    }

    var queryCount: Int { queryIDs.count }
}
