/// How many queries have each pair (n candidates, c verified), per split: all that pass@k needs.
///
/// pass@k is then estimated once per distinct pair rather than once per query.
struct CandidatePairs: Sendable {
    /// Per split, `(n << 32 | c, queries)` with keys ascending.
    private var splits: [[(key: Int, count: Int)]]

    init(index: QueryIndex) {
        let splitCount = index.splitNames.count
        let width = Int(index.candidates.max() ?? 0) + 1
        if width * width * splitCount <= 1 << 20 {
            // Few candidates per query (the usual case): count in a dense table, no hashing.
            var counts = [Int](repeating: 0, count: splitCount * width * width)
            for q in 0..<index.queryCount {
                let cell = (Int(index.querySplit[q]) * width + Int(index.candidates[q])) * width
                counts[cell + Int(index.verified[q])] += 1
            }
            splits = (0..<splitCount).map { s in
                var pairs: [(key: Int, count: Int)] = []
                for n in 0..<width {
                    for c in 0..<width where counts[(s * width + n) * width + c] > 0 {
                        pairs.append((n << 32 | c, counts[(s * width + n) * width + c]))
                    }
                }
                return pairs
            }
        } else {
            var maps = [[Int: Int]](repeating: [:], count: splitCount)
            for q in 0..<index.queryCount {
                let key = Int(index.candidates[q]) << 32 | Int(index.verified[q])
                maps[Int(index.querySplit[q])][key, default: 0] += 1
            }
            splits = maps.map { map in map.sorted { $0.key < $1.key }.map { (key: $0.key, count: $0.value) } }
        }
    }

    /// pass@k for k = 1, 2, 4, … `maxCandidates` over the queries of `split` (all queries when `nil`), each
    /// averaged over the queries with at least k candidates.
    func passAtK(split: Int?, maxCandidates: Int) -> [PassAtKPoint] {
        let pairs: [(key: Int, count: Int)]
        if let split {
            pairs = splits[split]
        } else {
            var merged: [Int: Int] = [:]
            for split in splits {
                for (key, count) in split { merged[key, default: 0] += count }
            }
            pairs = merged.sorted { $0.key < $1.key }.map { (key: $0.key, count: $0.value) }
        }
        return PassAtK.budgets(upTo: maxCandidates).map { k in
            var sum = 0.0
            var queries = 0
            for (key, count) in pairs where key >> 32 >= k {
                sum += Double(count) * PassAtK.estimate(n: key >> 32, c: key & 0xFFFF_FFFF, k: k)
                queries += count
            }
            return PassAtKPoint(k: k, value: queries == 0 ? 0 : sum / Double(queries), queries: queries)
        }
    }
}
