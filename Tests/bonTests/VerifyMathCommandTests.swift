import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct VerifyMathCommandTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let result = try runBon(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    @Test func gradesOnePair() throws {
        let r = try run(["verify", "math", "--gold", "\\frac{1}{3}", "--response", "Final answer: 0.3333333"])
        #expect(r.status == 0)
        #expect(r.output.contains("verdict:    correct"))
        #expect(r.output.contains("method:     math_numeric"))
        #expect(r.output.contains("extracted:  0.3333333"))
    }

    @Test func gradesABatchAsJSONInInputOrder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = dir.url.appendingPathComponent("pairs.jsonl")
        let lines = [
            #"{"id": "a", "gold": "5", "response": "\\boxed{5}", "expected": "correct"}"#,
            #"{"id": "b", "gold": "5 cm", "response": "It is 5 mm.", "expected": "incorrect"}"#,
            #"{"gold": "B", "response": "The correct option is (B)."}"#,
        ]
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["verify", "math", "--pairs", file.path, "--json"])
        #expect(r.status == 0)
        let rows = r.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(rows.count == 3)
        #expect(rows.first?["id"] as? String == "a")
        #expect(rows.first?["is_verified"] as? Bool == true)
        #expect(rows[1]["verdict"] as? String == "incorrect")
        #expect(rows[2]["id"] == nil)
        #expect(rows[2]["method"] as? String == "math_symbolic")
        let summary = try run(["verify", "math", "--pairs", file.path])
        #expect(summary.output.contains("false positives: 0"))
        #expect(summary.output.contains("cases per second"))
    }

    @Test func badInputExitsTwoNamingTheProblem() throws {
        let missing = try run(["verify", "math", "--pairs", "/nonexistent/pairs.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("/nonexistent/pairs.jsonl"))
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = dir.url.appendingPathComponent("bad.jsonl")
        try "{\"gold\": \"1\", \"response\": \"1\"}\n{\"gold\": 1}\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try run(["verify", "math", "--pairs", file.path])
        #expect(bad.status == 2)
        #expect(bad.error.contains("line 2"))
        let noArgs = try run(["verify", "math"])
        #expect(noArgs.status != 0)
    }
}
