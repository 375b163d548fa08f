import Analysis
import Testing

@Suite struct StatisticsTests {
    // Values from Chen et al. (2021)'s estimator, worked by hand: 1 − C(n−c, k) / C(n, k).
    @Test(
        "pass@k matches the closed form",
        arguments: [
            (10, 3, 1, 0.3),
            (5, 2, 2, 0.7),
            (10, 3, 5, 1 - 21.0 / 252.0),
            (4, 4, 4, 1.0),
            (4, 0, 1, 0.0),
            (4, 0, 4, 0.0),
            (8, 1, 8, 1.0),
            (100, 1, 10, 0.1),
            (20, 5, 3, 1 - 455.0 / 1140.0),
        ]
    )
    func passAtK(n: Int, c: Int, k: Int, expected: Double) {
        #expect(abs(PassAtK.estimate(n: n, c: c, k: k) - expected) < 1e-12)
    }

    @Test(
        "pass@k budgets are powers of two, then N",
        arguments: [(1, [1]), (4, [1, 2, 4]), (5, [1, 2, 4, 5]), (0, [])]
    )
    func budgets(n: Int, expected: [Int]) {
        #expect(PassAtK.budgets(upTo: n) == expected)
    }

    // Reference values as published for statsmodels' proportion_confint(method="wilson").
    @Test(
        "Wilson interval matches known values",
        arguments: [
            (8, 10, 0.490162, 0.943318),
            (0, 10, 0.0, 0.277533),
            (10, 10, 0.722467, 1.0),
            (45, 100, 0.356145, 0.547554),
            (1, 3, 0.061492, 0.792340),
        ]
    )
    func wilson(successes: Int, trials: Int, lower: Double, upper: Double) {
        let p = Proportion(successes: successes, trials: trials)
        #expect(abs(p.lower - lower) < 1e-6)
        #expect(abs(p.upper - upper) < 1e-6)
        #expect(p.value == Double(successes) / Double(trials))
    }

    @Test func wilsonWithoutTrialsIsEmpty() {
        let p = Proportion(successes: 0, trials: 0)
        #expect(p.isEmpty)
        #expect(p.value == 0)
    }

    // Exact two-sided binomial p-values, 2 · Σ_{i ≤ min(b, c)} C(b + c, i) / 2^(b + c), worked in integers.
    @Test(
        "exact McNemar matches the binomial test",
        arguments: [
            (10, 2, 0.038574),
            (2, 10, 0.038574),
            (0, 6, 0.03125),
            (3, 3, 1.0),
            (0, 0, 1.0),
            (1, 0, 1.0),
            (25, 10, 0.016674),
            (500, 450, 0.111839),
        ]
    )
    func mcNemar(onlyA: Int, onlyB: Int, expected: Double) {
        let test = McNemarTest(onlyA: onlyA, onlyB: onlyB)
        #expect(abs(test.pValue - expected) < 1e-5)
    }

    @Test func mcNemarCountsDiscordantPairs() {
        let test = McNemarTest(a: [true, true, false, false, true], b: [true, false, true, true, true])
        #expect(test.onlyA == 1)
        #expect(test.onlyB == 2)
    }

    @Test func bootstrapIsReproducibleAndCoversTheMean() {
        var generator = SplitMix64(seed: 7)
        let differences = (0..<400).map { _ in Double(generator.index(below: 3)) - 1 }
        let mean = differences.reduce(0, +) / Double(differences.count)
        let first = PairedBootstrap(differences: differences)
        let second = PairedBootstrap(differences: differences)
        #expect(first == second)
        #expect(first.lower < mean && mean < first.upper)
        // Standard error of the mean is about 0.04 here, so the 95% interval is about ±0.08 wide.
        #expect(first.upper - first.lower > 0.1 && first.upper - first.lower < 0.25)
        let other = PairedBootstrap(differences: differences, seed: 99)
        #expect(other != first)
    }

    @Test func bootstrapOfConstantDifferencesIsThatConstant() {
        let interval = PairedBootstrap(differences: Array(repeating: -0.25, count: 50))
        #expect(interval.lower == -0.25)
        #expect(interval.upper == -0.25)
    }

    @Test func splitMixIsFixedBySeed() {
        var a = SplitMix64(seed: 1)
        // SplitMix64's published first output for seed 1.
        #expect(a.next() == 0x910A_2DEC_8902_5CC1)
    }

    @Test(
        "quantiles interpolate like numpy",
        arguments: [
            ([1.0, 2, 3, 4], 0.5, 2.5),
            ([1.0, 2, 3, 4], 0.95, 3.85),
            ([5.0], 0.95, 5.0),
            ([0.0, 10], 0.25, 2.5),
        ]
    )
    func quantile(values: [Double], q: Double, expected: Double) throws {
        let value = try #require(Quantile.of(sorted: values, q))
        #expect(abs(value - expected) < 1e-12)
    }

    @Test(arguments: [1, 2, 3, 10, 101, 1000]) func selectionAgreesWithSorting(count: Int) throws {
        var generator = SplitMix64(seed: UInt64(count))
        // Many ties: values from a small range.
        let values = (0..<count).map { _ in Double(generator.index(below: 50)) }
        for q in [0, 0.05, 0.5, 0.95, 1] {
            var scratch = values
            let selected = try #require(Quantile.select(&scratch, q))
            let sorted = try #require(Quantile.of(sorted: values.sorted(), q))
            #expect(abs(selected - sorted) < 1e-9, "q = \(q)")
        }
    }

    @Test func majorityVoteBreaksTiesByEarliestCandidate() throws {
        let ballots = [
            MajorityVote.Ballot(candidateIndex: 3, answer: "7", isVerified: false),
            MajorityVote.Ballot(candidateIndex: 0, answer: " 42 ", isVerified: true),
            MajorityVote.Ballot(candidateIndex: 1, answer: "7", isVerified: false),
            MajorityVote.Ballot(candidateIndex: 2, answer: "42", isVerified: true),
            MajorityVote.Ballot(candidateIndex: 4, answer: nil, isVerified: false),
        ]
        // 2 votes each: "42" first appears at index 0, "7" at index 1.
        let winner = try #require(MajorityVote.winner(of: ballots))
        #expect(winner.answer == "42")
        #expect(winner.votes == 2)
        #expect(winner.firstCandidateIndex == 0)
        #expect(winner.isVerified)
        // Order of ballots must not matter.
        for _ in 0..<20 {
            #expect(MajorityVote.winner(of: ballots.shuffled()) == winner)
        }
    }

    @Test func majorityVoteMajorityBeatsEarlierAnswer() throws {
        let ballots = [
            MajorityVote.Ballot(candidateIndex: 0, answer: "1", isVerified: true),
            MajorityVote.Ballot(candidateIndex: 1, answer: "2", isVerified: false),
            MajorityVote.Ballot(candidateIndex: 2, answer: "2", isVerified: false),
        ]
        let winner = try #require(MajorityVote.winner(of: ballots))
        #expect(winner.answer == "2")
        #expect(!winner.isVerified)
        #expect(
            MajorityVote.winner(of: [MajorityVote.Ballot(candidateIndex: 0, answer: "  ", isVerified: true)]) == nil
        )
    }
}
