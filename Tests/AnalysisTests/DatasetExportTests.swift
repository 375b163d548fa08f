import Analysis
import Foundation
import Testing

@Suite struct DatasetExportTests {
    private func objects(_ export: DatasetExport) throws -> [[String: Any]] {
        try export.lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func sftKeepsVerifiedNonRefusedCandidates() throws {
        let export = DatasetExport(table: SampleResults.table(), format: .sft)
        // 9 verified candidates in the sample, none refused.
        #expect(export.lines.count == 9)
        let first = try #require(try objects(export).first)
        let messages = try #require(first["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["system", "user", "assistant"])
        #expect(messages[2]["content"] as? String == "Answer 1 of q1")
        #expect(export.queriesWithoutExample == 1)
    }

    @Test func sftBestPerQueryAndMinimumScore() throws {
        var records = SampleResults.rows()
        // q2: all verified; make candidate 2 the most in character.
        for i in records.indices where records[i].queryID == "q2" {
            records[i].personaScore = records[i].candidateIndex == 2 ? 0.95 : 0.5
        }
        let table = ResultTable(rows: records)
        let best = DatasetExport(table: table, format: .sft, options: .init(bestPerQuery: true))
        #expect(best.lines.count == 5)
        #expect(best.lines.contains { $0.contains("Answer 2 of q2") })
        #expect(!best.lines.contains { $0.contains("Answer 0 of q2") })
        let strict = DatasetExport(table: table, format: .sft, options: .init(minPersonaScore: 0.9))
        #expect(strict.lines.count == 1)
    }

    @Test func sftFallsBackToPromptAndResponse() throws {
        var columns = Set(ResultColumn.allCases)
        columns.remove(.messages)
        let export = DatasetExport(table: SampleResults.table(columns: columns), format: .sft)
        let messages = try #require(try objects(export).first?["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["user", "assistant"])
        let bare = DatasetExport(table: SampleResults.table(columns: Set(ResultColumn.required)), format: .sft)
        #expect(bare.lines.isEmpty)
        #expect(bare.skippedWithoutConversation == 9)
    }

    @Test func dpoPairsVerifiedWithFailedCandidates() throws {
        let export = DatasetExport(table: SampleResults.table(), format: .dpo)
        // q1, q4, q5, q6 have both kinds; q2 has no failure, q3 no success.
        #expect(export.lines.count == 4)
        let pairs = try objects(export)
        let first = pairs[0]
        let prompt = try #require(first["prompt"] as? [[String: Any]])
        let chosen = try #require(first["chosen"] as? [[String: Any]])
        let rejected = try #require(first["rejected"] as? [[String: Any]])
        #expect(prompt.map { $0["role"] as? String } == ["system", "user"])
        #expect(chosen.first?["content"] as? String == "Answer 1 of q1")
        #expect(rejected.first?["content"] as? String == "Answer 0 of q1")
        // q5's candidate 1 is a generation error, never a rejected example.
        #expect(!export.lines.contains { $0.contains("Answer 1 of q5") })
        let more = DatasetExport(table: SampleResults.table(), format: .dpo, options: .init(pairsPerQuery: 5))
        #expect(more.lines.count == 5)
    }

    @Test func extraTurnFieldsPassThroughAsJSON() throws {
        var record = ResultRow(queryID: "t1", split: "tool_calling", candidateIndex: 0, isVerified: true)
        record.messages = [
            ChatTurn(role: "user", content: "Weather in Paris?"),
            ChatTurn(
                role: "assistant",
                content: nil,
                fields: ["tool_calls": #"[{"id":"c1","name":"weather","arguments":{"city":"Paris"}}]"#]
            ),
            ChatTurn(role: "tool", content: "18°C \"sunny\"\n", fields: ["tool_call_id": #""c1""#]),
            ChatTurn(role: "assistant", content: "It is 18°C."),
        ]
        let export = DatasetExport(table: ResultTable(rows: [record]), format: .sft)
        let messages = try #require(try objects(export).first?["messages"] as? [[String: Any]])
        #expect(messages.count == 4)
        #expect(messages[1]["content"] is NSNull)
        #expect((messages[1]["tool_calls"] as? [[String: Any]])?.first?["name"] as? String == "weather")
        #expect(messages[2]["content"] as? String == "18°C \"sunny\"\n")
        #expect(messages[2]["tool_call_id"] as? String == "c1")
    }
}
