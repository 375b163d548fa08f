import Experiments
import Foundation
import Parquet
import TestSupport
import Testing

/// `ResultFile.write` (column batches) stores every field of every record, across batch boundaries.
@Suite struct ResultFileTests {
    static func record(_ i: Int) -> ResultRecord {
        let messages: [ResultRecord.Message] =
            switch i % 4 {
            case 0: []
            case 1: [.init(role: "user", content: "What is \(i)?")]
            case 2:
                [
                    .init(role: "system", content: "Be brief."),
                    .init(role: "assistant", content: "", toolCalls: #"[{"id":"c\#(i)","name":"add"}]"#),
                    .init(role: "tool", content: "\(i * 2)", toolCallID: "c\(i)", name: "add"),
                ]
            default: [.init(role: "user", content: String(repeating: "long ", count: i % 300))]
            }
        return ResultRecord(
            queryID: "q\(i / 4)",
            split: ["math", "code", "tool_calling"][i % 3],
            candidateIndex: i % 4,
            prompt: "Prompt \(i / 4)",
            messages: messages,
            response: "Answer \(i)",
            groundTruth: i % 5 == 0 ? nil : "\(i)",
            extractedAnswer: i % 6 == 0 ? nil : "\(i % 10)",
            isVerified: i % 2 == 0,
            verdict: ["correct", "incorrect", "no_answer"][i % 3],
            verificationMethod: "math",
            verificationConfidence: Double(i % 10) / 10,
            verificationExplanation: "checked \(i)",
            refusalIsRefusal: i % 9 == 0,
            refusalType: i % 9 == 0 ? "hard" : nil,
            personaScore: i % 7 == 0 ? nil : Double(i % 5) / 4,
            model: "model-\(i % 2)",
            finishReason: "stop",
            inputTokens: 100 + i,
            outputTokens: 50 + i % 13,
            cacheReadTokens: i % 3,
            cacheWriteTokens: i % 2,
            costUSD: i % 8 == 0 ? nil : Double(i) * 1e-6,
            latencyMs: Double(i) + 0.5,
            error: i % 11 == 0 ? "timeout" : nil
        )
    }

    /// The row a record must read back as (written out by hand, independently of `ResultFile`).
    static func expectedRow(_ record: ResultRecord) -> [ParquetValue] {
        let messages = record.messages.map { message -> ParquetValue in
            .object([
                ParquetMember("role", .string(message.role)),
                ParquetMember("content", .string(message.content)),
                ParquetMember("tool_calls", ParquetValue(message.toolCalls)),
                ParquetMember("tool_call_id", ParquetValue(message.toolCallID)),
                ParquetMember("name", ParquetValue(message.name)),
            ])
        }
        return [
            .string(record.queryID), .string(record.split), .int32(Int32(record.candidateIndex)),
            .string(record.prompt), .list(messages), .string(record.response), ParquetValue(record.groundTruth),
            ParquetValue(record.extractedAnswer), .bool(record.isVerified), .string(record.verdict),
            .string(record.verificationMethod), .double(record.verificationConfidence),
            .string(record.verificationExplanation), .bool(record.refusalIsRefusal), ParquetValue(record.refusalType),
            ParquetValue(record.personaScore), .string(record.model), .string(record.finishReason),
            .int64(Int64(record.inputTokens)), .int64(Int64(record.outputTokens)),
            .int64(Int64(record.cacheReadTokens)), .int64(Int64(record.cacheWriteTokens)),
            ParquetValue(record.costUSD), .double(record.latencyMs), ParquetValue(record.error),
        ]
    }

    @Test(arguments: [0, 1, 2048, 5000])
    func everyFieldReadsBack(count: Int) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("results/run.parquet")
        let records = (0..<count).map(Self.record)
        let written = try ResultFile.write(to: path, metadata: ["model": "m"]) { emit in
            for record in records { try emit(record) }
        }
        #expect(written == count)
        let file = try await ParquetFileReader.open(FileByteSource(path: path))
        #expect(file.schema == ResultFile.schema)
        #expect(file.metadataDictionary["total_records"] == String(count))
        var rows: [[ParquetValue]] = []
        for index in file.rowGroups.indices { rows += try await file.readRowGroup(index).rows() }
        #expect(rows.count == count)
        for (index, row) in rows.enumerated() where row != Self.expectedRow(records[index]) {
            Issue.record("row \(index) reads back as \(row)")
            break
        }
    }
}
