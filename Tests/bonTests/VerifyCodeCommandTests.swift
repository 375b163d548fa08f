import Foundation
import TestSupport
import Testing

@Suite struct VerifyCodeCommandTests {
    static let row = """
        {"messages": [
          {"role": "user", "content": "Print the sum of two integers.\\n\\n-----Examples-----\\nInput\\n3 5\\n\\nOutput\\n8\\n"},
          {"role": "assistant", "content": "<think>add</think>\\n```python\\na, b = map(int, input().split())\\nprint(a + b)\\n```"}
        ]}
        """

    private func bon(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try runBon(arguments)
    }

    @Test(arguments: [
        ("```python\nprint(sum(map(int, input().split())))\n```", "verdict: correct"),
        ("```python\nprint(0)\n```", "verdict: incorrect"),
    ])
    func printsTestsResultsAndVerdict(response: String, verdict: String) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let problem = try folder.write("row.json", Self.row)
        let answer = try folder.write("answer.txt", response)
        let result = try bon(["verify", "code", "--problem", problem, "--response", answer])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[1] statement_example: 3 5 → 8"))
        #expect(result.stdout.contains("reference: python, passes 1/1"))
        #expect(result.stdout.contains(verdict))
    }

    @Test func missingFileIsBadInput() throws {
        let result = try bon(["verify", "code", "--problem", "/nonexistent/p.json", "--response", "/nonexistent/r.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/p.json"))
    }

    @Test func helpHasAnExample() throws {
        let result = try bon(["verify", "code", "--help"])
        #expect(result.stdout.contains("bon verify code --problem"))
    }
}
