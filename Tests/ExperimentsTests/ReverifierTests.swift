import Experiments
import Foundation
import Parquet
import TestSupport
import Testing

/// The re-verifier on result files written through ``ResultFile``: math verdicts recomputed from
/// `ground_truth` and `response`, everything but the verdict columns copied.
@Suite struct ReverifierTests {
    private func record(
        _ id: String,
        _ index: Int,
        split: String = "math",
        response: String,
        groundTruth: String?,
        verdict: String,
        error: String? = nil
    ) -> ResultRecord {
        ResultRecord(
            queryID: id,
            split: split,
            candidateIndex: index,
            prompt: "What is 6 times 7?",
            messages: [
                .init(role: "user", content: "What is 6 times 7?"), .init(role: "assistant", content: response),
            ],
            response: response,
            groundTruth: groundTruth,
            extractedAnswer: nil,
            isVerified: verdict == "correct",
            verdict: verdict,
            verificationMethod: "stored",
            verificationConfidence: 0.5,
            verificationExplanation: "stored explanation",
            refusalIsRefusal: false,
            refusalType: nil,
            personaScore: nil,
            model: "m",
            finishReason: error == nil ? "stop" : "error",
            inputTokens: 10 + index,
            outputTokens: 20,
            cacheReadTokens: 0,
            cacheWriteTokens: 0,
            costUSD: 0.001,
            latencyMs: 12.5,
            error: error
        )
    }

    private func write(_ records: [ResultRecord], to path: String, configYAML: String?) throws -> Int {
        var metadata = ["model": "m", "notes": "reverify test"]
        metadata["config_yaml"] = configYAML
        return try ResultFile.write(to: path, metadata: metadata) { emit in
            for record in records { try emit(record) }
        }
    }

    @Test func mathVerdictsAreRecomputedAndOnlyVerdictColumnsChange() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var config = ExperimentConfig()
        config.splits = ["math"]
        let input = directory.path("in.parquet")
        _ = try write(
            [
                record("q1", 0, response: "6 × 7 = \\boxed{42}", groundTruth: "42", verdict: "incorrect"),
                record("q1", 1, response: "The answer is \\boxed{41}.", groundTruth: "42", verdict: "correct"),
                record("q1", 2, response: "\\boxed{42}", groundTruth: "42", verdict: "correct"),
                record("q2", 0, response: "", groundTruth: "7", verdict: "generation_error", error: "HTTP 500"),
            ],
            to: input,
            configYAML: config.resolvedYAML
        )
        let output = directory.path("out/out.parquet")
        let report = try await Reverifier().reverify(input, to: output)
        #expect(report.rows == 4)
        #expect(report.reverified == 4)
        #expect(report.changed == 2)
        #expect(
            Set(report.transitions) == [
                ReverifyReport.Transition(from: "incorrect", to: "correct", count: 1),
                ReverifyReport.Transition(from: "correct", to: "incorrect", count: 1),
            ]
        )
        #expect(report.splits.map(\.split) == ["math"])
        #expect(report.splits.first?.verifiedBefore == 2)
        #expect(report.splits.first?.verifiedAfter == 2)

        let before = try await ParquetFileReader.open(path: input)
        let after = try await ParquetFileReader.open(path: output)
        #expect(after.schema == before.schema)
        #expect(after.metadataDictionary["notes"] == "reverify test")
        #expect(after.metadataDictionary["reverified_changed"] == "2")
        let oldRows = try await before.readRowGroup(0).rows()
        let newRows = try await after.readRowGroup(0).rows()
        let verdictColumns = Set(Reverifier.verdictColumns)
        for (old, new) in zip(oldRows, newRows) {
            for (index, field) in before.schema.fields.enumerated() where !verdictColumns.contains(field.name) {
                #expect(old[index] == new[index], "\(field.name) changed")
            }
        }
        let verdict = try #require(before.schema.fields.firstIndex { $0.name == "verdict" })
        let method = try #require(before.schema.fields.firstIndex { $0.name == "verification_method" })
        #expect(newRows.map { $0[verdict] } == ["correct", "incorrect", "correct", "generation_error"])
        #expect(newRows[0][method] != "stored")
    }

    @Test func aFileWithoutConfigStillReverifiesMathAndSaysWhatItAssumed() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = directory.path("in.parquet")
        _ = try write(
            [
                record("q1", 0, response: "\\boxed{42}", groundTruth: "42", verdict: "incorrect"),
                record("c1", 0, split: "code", response: "print(42)", groundTruth: nil, verdict: "correct"),
            ],
            to: input,
            configYAML: nil
        )
        let report = try await Reverifier().reverify(input, to: directory.path("out.parquet"))
        #expect(report.changed == 1)
        #expect(report.kept.map(\.count) == [1])
        #expect(report.kept.first?.reason.contains("--dataset") == true)
        #expect(report.notices.contains { $0.contains("no config_yaml") })
    }

    @Test func aMissingInputIsBadInput() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        await #expect {
            try await Reverifier().reverify(directory.path("none.parquet"), to: directory.path("out.parquet"))
        } throws: { error in
            (error as? ReverifyError)?.code == .input && (error as? ReverifyError)?.isBadInput == true
        }
    }
}
