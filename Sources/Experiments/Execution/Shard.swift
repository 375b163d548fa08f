/// Deterministic sharding of planned work: shard K of N owns the candidates whose key hashes to K.
///
/// The hash (FNV-1a over `query_id#candidate_idx`) depends on nothing but the key, so shards run on any
/// machine, in any order, cover the plan with no gap and no overlap, and merge back into one file.
public enum Shard {
    /// Whether shard `index` (0-based) of `count` owns `key`.
    public static func owns(_ key: CandidateKey, index: Int, count: Int) -> Bool {
        guard count > 1 else { return true }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(key.queryID)#\(key.candidateIndex)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count)) == index
    }
}
