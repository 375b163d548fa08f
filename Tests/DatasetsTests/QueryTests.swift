import Datasets
import Testing

@Suite struct QueryTests {
    @Test func promptIsTheLastUserTurn() {
        let query = Query(
            id: "q1",
            split: "math",
            messages: [
                .init(role: "user", content: "first"), .init(role: "assistant", content: "a"),
                .init(role: "user", content: "What is 2+2?"),
            ],
            source: .init(dataset: "local", file: "f.parquet", row: 0)
        )
        #expect(query.prompt == "What is 2+2?")
    }
}
