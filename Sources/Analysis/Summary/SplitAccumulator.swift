/// Row-level sums for one split, merged into the overall ones.
struct SplitAccumulator: Sendable {
    var rows = 0
    var verified = 0
    var firstRows = 0
    var firstVerified = 0
    var verdicts = ValueCounter()
    var errors = 0
    var refusalRows = 0
    var refusals = 0
    var refusalTypes = ValueCounter()
    var personaSum = 0.0
    var personaCount = 0
    var personaVerifiedSum = 0.0
    var personaVerifiedCount = 0
    var methods = ValueCounter()
    var judge = 0
    var inputTokens: Int64 = 0
    var outputTokens: Int64 = 0
    var cacheReadTokens: Int64 = 0
    var cacheWriteTokens: Int64 = 0
    var cost = 0.0
    var queries = 0
    var covered = 0
    var majorityTrials = 0
    var majorityCorrect = 0
    var firstVerifiedIndex: [Int] = []
    var maxCandidates = 0

    mutating func merge(_ other: SplitAccumulator) {
        rows += other.rows
        verified += other.verified
        firstRows += other.firstRows
        firstVerified += other.firstVerified
        verdicts.merge(other.verdicts)
        errors += other.errors
        refusalRows += other.refusalRows
        refusals += other.refusals
        refusalTypes.merge(other.refusalTypes)
        personaSum += other.personaSum
        personaCount += other.personaCount
        personaVerifiedSum += other.personaVerifiedSum
        personaVerifiedCount += other.personaVerifiedCount
        methods.merge(other.methods)
        judge += other.judge
        inputTokens += other.inputTokens
        outputTokens += other.outputTokens
        cacheReadTokens += other.cacheReadTokens
        cacheWriteTokens += other.cacheWriteTokens
        cost += other.cost
        queries += other.queries
        covered += other.covered
        majorityTrials += other.majorityTrials
        majorityCorrect += other.majorityCorrect
        if firstVerifiedIndex.count < other.firstVerifiedIndex.count {
            firstVerifiedIndex += [Int](repeating: 0, count: other.firstVerifiedIndex.count - firstVerifiedIndex.count)
        }
        for (index, count) in other.firstVerifiedIndex.enumerated() {
            firstVerifiedIndex[index] += count
        }
        maxCandidates = max(maxCandidates, other.maxCandidates)
    }
}

extension Dictionary where Key == String, Value == Int {
    /// The entries as ``Count``s, most frequent first, then by name.
    var sortedCounts: [Count] {
        map { Count(name: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}
