import Foundation

/// The exact (binomial) McNemar test on paired binary outcomes.
///
/// Only discordant pairs carry information: `onlyA` queries succeeded under A alone, `onlyB` under B
/// alone. Under the null hypothesis each discordant pair is a fair coin, so the two-sided p-value is
/// `min(1, 2 · P(X ≤ min(onlyA, onlyB)))` for `X ~ Binomial(onlyA + onlyB, ½)`.
public struct McNemarTest: Sendable, Hashable, Codable {
    /// Pairs where A succeeded and B did not.
    public var onlyA: Int
    /// Pairs where B succeeded and A did not.
    public var onlyB: Int
    /// The exact two-sided p-value; 1 when there are no discordant pairs.
    public var pValue: Double

    /// Runs the test on the discordant counts.
    ///
    /// - Parameters:
    ///   - onlyA: Pairs where A succeeded and B did not.
    ///   - onlyB: Pairs where B succeeded and A did not.
    public init(onlyA: Int, onlyB: Int) {
        self.onlyA = onlyA
        self.onlyB = onlyB
        let n = onlyA + onlyB
        guard n > 0 else {
            pValue = 1
            return
        }
        let smaller = min(onlyA, onlyB)
        // Sum C(n, i) / 2^n for i ≤ smaller in log space: log C(n, i+1) = log C(n, i) + log((n − i) / (i + 1)).
        let logHalfPowN = Double(n) * -M_LN2
        var logChoose = 0.0
        var tail = 0.0
        for i in 0...smaller {
            tail += exp(logChoose + logHalfPowN)
            logChoose += log(Double(n - i) / Double(i + 1))
        }
        pValue = min(1, 2 * tail)
    }

    /// Runs the test on paired outcomes (`a[i]` and `b[i]` belong to the same query).
    public init(a: [Bool], b: [Bool]) {
        precondition(a.count == b.count, "McNemar needs paired outcomes")
        var onlyA = 0
        var onlyB = 0
        for (x, y) in zip(a, b) where x != y {
            if x { onlyA += 1 } else { onlyB += 1 }
        }
        self.init(onlyA: onlyA, onlyB: onlyB)
    }
}
