import Analysis

/// A small hand-made result table whose statistics are worked out by hand in the tests.
///
/// math: q1 [F T T F] answers 3 5 5 3 (a 2–2 tie: the earliest answer "3" wins, wrong);
///       q2 [T T T T] all 9; q3 [F F F F] answers 1 2 – 1, candidate 2 refused (epistemic).
/// code: q4 [T F F F]; q5 [F F F T], candidate 1 a generation error; q6 [F T].
enum SampleResults {
    static let layout: [(id: String, split: String, verified: [Bool], answers: [String?])] = [
        ("q1", "math", [false, true, true, false], ["3", "5", "5", "3"]),
        ("q2", "math", [true, true, true, true], ["9", "9", "9", "9"]),
        ("q3", "math", [false, false, false, false], ["1", "2", nil, "1"]),
        ("q4", "code", [true, false, false, false], [nil, nil, nil, nil]),
        ("q5", "code", [false, false, false, true], [nil, nil, nil, nil]),
        ("q6", "code", [false, true], [nil, nil]),
    ]

    static func rows() -> [ResultRow] {
        var result: [ResultRow] = []
        var row = 0
        for query in layout {
            for (index, verified) in query.verified.enumerated() {
                var record = ResultRow(
                    queryID: query.id,
                    split: query.split,
                    candidateIndex: index,
                    isVerified: verified
                )
                record.extractedAnswer = query.answers[index]
                record.verdict = verified ? "correct" : "incorrect"
                record.verificationMethod = query.split == "math" ? "math_symbolic" : "code_execution"
                record.refusalIsRefusal = false
                record.personaScore = verified ? 0.8 : 0.4
                record.model = "claude-test"
                record.inputTokens = 100
                record.outputTokens = 50
                record.cacheReadTokens = 10
                record.cacheWriteTokens = 0
                record.costUSD = 0.01
                record.latencyMs = Double(row * 10)
                record.prompt = "Question \(query.id)?"
                record.response = "Answer \(index) of \(query.id)"
                record.messages = [
                    ChatTurn(role: "system", content: "You are Marvin."),
                    ChatTurn(role: "user", content: "Question \(query.id)?"),
                    ChatTurn(role: "assistant", content: "Answer \(index) of \(query.id)"),
                ]
                if query.id == "q3" && index == 2 {
                    record.verdict = "refused"
                    record.refusalIsRefusal = true
                    record.refusalType = "epistemic"
                }
                if query.id == "q5" && index == 1 {
                    record.verdict = "generation_error"
                    record.error = "HTTP 500 after 3 retries"
                    record.personaScore = nil
                }
                if query.id == "q1" && index == 3 {
                    record.verificationMethod = "llm_judge"
                }
                result.append(record)
                row += 1
            }
        }
        return result
    }

    static func table(
        columns: Set<ResultColumn> = Set(ResultColumn.allCases),
        source: String = "sample.parquet"
    ) -> ResultTable {
        ResultTable(
            rows: rows(),
            columns: columns,
            metadata: ["model": "claude-test", "num_candidates": "4", "temperature": "0.7"],
            source: source
        )
    }
}
