import Testing

@testable import Datasets

@Suite struct SelectionTests {
    @Test(
        "max_queries is divided evenly, the remainder to the first splits",
        arguments: [(10, 3, [4, 3, 3]), (2, 3, [1, 1, 0]), (9, 3, [3, 3, 3]), (5, 1, [5])]
    )
    func quotas(total: Int, count: Int, expected: [Int]) {
        #expect(SeededOrder.quotas(total: total, count: count) == expected)
    }

    @Test func noLimitWhenMaxQueriesIsZero() {
        #expect(SeededOrder.quotas(total: 0, count: 2) == [Int.max, Int.max])
    }

    @Test func seedZeroKeepsTheOrderAndOtherSeedsShuffleDeterministically() {
        let items = Array(0..<20)
        #expect(SeededOrder.shuffled(items, seed: 0) == items)
        let first = SeededOrder.shuffled(items, seed: 7, salt: "a")
        #expect(first == SeededOrder.shuffled(items, seed: 7, salt: "a"))
        #expect(first != items)
        #expect(first.sorted() == items)
        #expect(first != SeededOrder.shuffled(items, seed: 8, salt: "a"))
        #expect(first != SeededOrder.shuffled(items, seed: 7, salt: "b"))
    }

    @Test func splitMixMatchesTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 1234567 (from the reference implementation).
        var generator = SplitMix64(state: 1_234_567)
        #expect(generator.next() == 6_457_827_717_110_365_317)
        #expect(generator.next() == 3_203_168_211_198_807_973)
    }
}
