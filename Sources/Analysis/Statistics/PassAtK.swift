/// The unbiased pass@k estimator (Chen and others, 2021).
///
/// From `n` samples of which `c` are correct, the probability that at least one of `k` samples drawn
/// without replacement is correct: `1 − C(n−c, k) / C(n, k)`, computed as a product so that it never
/// overflows.
public enum PassAtK {
    /// The estimate of pass@k for one query.
    ///
    /// - Parameters:
    ///   - n: How many candidates the query has.
    ///   - c: How many of them were verified.
    ///   - k: The budget of attempts (1 … `n`).
    /// - Returns: A probability in [0, 1]; 1 when fewer than `k` candidates are wrong.
    public static func estimate(n: Int, c: Int, k: Int) -> Double {
        precondition(k >= 1 && k <= n && c >= 0 && c <= n, "pass@k needs 1 ≤ k ≤ n and 0 ≤ c ≤ n")
        if c == 0 { return 0 }
        if n - c < k { return 1 }
        var allWrong = 1.0
        for i in (n - c + 1)...n {
            allWrong *= 1 - Double(k) / Double(i)
        }
        return 1 - allWrong
    }

    /// The budgets worth reporting for `maxCandidates` candidates: 1, 2, 4, … and `maxCandidates` itself.
    public static func budgets(upTo maxCandidates: Int) -> [Int] {
        guard maxCandidates >= 1 else { return [] }
        var budgets: [Int] = []
        var k = 1
        while k < maxCandidates {
            budgets.append(k)
            k *= 2
        }
        budgets.append(maxCandidates)
        return budgets
    }
}
