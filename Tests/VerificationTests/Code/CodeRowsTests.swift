import Foundation
import Testing
import Verification

/// 30 Nemotron-format code rows, each with a known good and a known bad candidate.
@Suite struct CodeRowsTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let uuid: String
        let json: Data
        let candidates: [(label: String, response: String, verdict: String)]
        var testDescription: String { uuid }
    }

    static let rows: [Row] = {
        guard let url = Bundle.module.url(forResource: "code_rows", withExtension: "jsonl", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line -> Row? in
            let data = Data(line.utf8)
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let uuid = object["uuid"] as? String,
                let candidates = object["candidates"] as? [[String: String]]
            else { return nil }
            return Row(
                uuid: uuid,
                json: data,
                candidates: candidates.map { ($0["label"] ?? "", $0["response"] ?? "", $0["verdict"] ?? "") }
            )
        }
    }()

    @Test func fixtureHasThirtyRows() {
        #expect(Self.rows.count == 30)
    }

    @Test(arguments: rows)
    func verdictsAreRight(row: Row) async throws {
        let sandbox = try await SharedSandbox.value
        let problem = try CodeProblem.decode(row.json, source: row.uuid)
        let verifier = CodeVerifier(sandbox: sandbox)
        for candidate in row.candidates {
            let result = await verifier.verify(
                problem: problem.statement,
                referenceSolution: problem.referenceSolution,
                response: candidate.response
            )
            #expect(result.verdict.rawValue == candidate.verdict, "\(candidate.label): \(result.explanation)")
            #expect(result.method == "code_execution")
            #expect(result.confidence >= 0.5, "\(candidate.label): \(result.confidence) \(result.explanation)")
        }
    }

    @Test func noDerivableTestMeansLowConfidence() async throws {
        let sandbox = try await SharedSandbox.value
        let result = await CodeVerifier(sandbox: sandbox).verify(
            problem: "-",
            referenceSolution: "```python\nprint(1)\n```",
            response: "```python\nprint(1)\n```"
        )
        #expect(result.confidence < 0.4)
        #expect(result.method == "code_execution")
    }

    @Test func referenceThatFailsItsExamplesMeansLowConfidence() async throws {
        let sandbox = try await SharedSandbox.value
        let result = await CodeVerifier(sandbox: sandbox).verify(
            problem: "Print twice n.\n\nInput\n2\nOutput\n4\n",
            referenceSolution: "```python\nprint(int(input()) * 3)\n```",
            response: "```python\nprint(int(input()) * 2)\n```"
        )
        #expect(result.verdict == .correct)
        #expect(result.confidence < 0.4)
    }

    @Test func responseWithoutProgramIsNoAnswer() async throws {
        let sandbox = try await SharedSandbox.value
        let result = await CodeVerifier(sandbox: sandbox).verify(
            problem: "Print 1.\n\nInput\n0\nOutput\n1\n",
            referenceSolution: nil,
            response: "I would rather not write code today."
        )
        #expect(result.verdict == .noAnswer)
    }
}
