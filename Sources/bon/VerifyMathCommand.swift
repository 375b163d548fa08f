import ArgumentParser
import Foundation
import Verification

/// `bon verify math`: grade math answers by the math answer policy.
struct VerifyMathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "math",
        abstract: "Grade a math answer against a reference answer.",
        discussion: """
            One pair prints the verdict, extracted answer, method, confidence and explanation.
            A batch (--pairs, JSON Lines with fields gold, response and optional expected, id, category)
            prints accuracy, false positives and negatives by category and cases per second; with --json,
            one JSON line per case in input order instead.

            Examples:
              bon verify math --gold '\\frac{1}{3}' --response 'Final answer: 0.3333333'
              bon verify math --pairs Tests/VerificationTests/Fixtures/math_cases.jsonl
              bon verify math --pairs cases.jsonl --json > graded.jsonl
            """
    )

    @Option(help: "The reference answer (a box's content, e.g. '\\frac{1}{2}').")
    var gold: String?

    @Option(help: "The candidate response text.")
    var response: String?

    @Option(help: "A JSON Lines file of {gold, response, expected?, id?, category?} pairs.")
    var pairs: String?

    @Flag(help: "With --pairs: print one JSON line per case instead of the summary.")
    var json = false

    func validate() throws {
        if pairs == nil {
            guard gold != nil, response != nil else {
                throw ValidationError("Give --gold and --response for one pair, or --pairs FILE.jsonl for a batch.")
            }
        } else if gold != nil || response != nil {
            throw ValidationError("--pairs cannot be combined with --gold or --response.")
        }
    }

    func run() throws {
        if let pairs {
            try runBatch(path: pairs)
            return
        }
        let result = MathVerifier().verify(gold: gold ?? "", response: response ?? "")
        if json {
            let graded = MathPairGrader.Graded(id: nil, category: "uncategorized", expected: nil, result: result)
            print(MathPairGrader.jsonLine(graded))
            return
        }
        print("verdict:    \(result.verdict.rawValue)")
        print("extracted:  \(result.extractedAnswer ?? "(none)")")
        print("method:     \(result.method)")
        print("confidence: \(String(format: "%.2f", result.confidence))")
        print("because:    \(result.explanation)")
    }

    private func runBatch(path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            FileHandle.standardError.write(Data("error: cannot read --pairs file \(path)\n".utf8))
            throw ExitCode(2)
        }
        let text = String(decoding: data, as: UTF8.self)
        let grader = MathPairGrader()
        var tallies: [String: MathPairGrader.Tally] = [:]
        let start = ContinuousClock.now
        var count = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let parsed: (id: String?, category: String, gold: String, response: String, expected: Verdict?)?
            do {
                parsed = try grader.parse(line: line, number: index + 1)
            } catch {
                FileHandle.standardError.write(Data("error: \(path): \(error)\n".utf8))
                throw ExitCode(2)
            }
            guard let p = parsed else { continue }
            let graded = grader.grade(
                id: p.id,
                category: p.category,
                gold: p.gold,
                response: p.response,
                expected: p.expected
            )
            count += 1
            if json { print(MathPairGrader.jsonLine(graded)) }
            MathPairGrader.tally(graded, into: &tallies)
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        if json { return }
        let all = tallies["all"] ?? MathPairGrader.Tally()
        print("cases: \(count)  labelled: \(all.labelled)")
        if all.labelled > 0 {
            let accuracy = Double(all.agreed) / Double(all.labelled) * 100
            print(
                String(
                    format: "accuracy: %.2f%%  false positives: %d  false negatives: %d",
                    accuracy,
                    all.falsePositives,
                    all.falseNegatives
                )
            )
        }
        print(String(format: "cases per second: %.0f", Double(count) / max(seconds, 1e-9)))
        let categories = tallies.keys.filter { $0 != "all" }.sorted()
        if all.labelled > 0 && !categories.isEmpty {
            print("category                    cases  agreed  FP  FN")
            for c in categories {
                guard let t = tallies[c] else { continue }
                let name = c.count > 26 ? String(c.prefix(26)) : c.padding(toLength: 26, withPad: " ", startingAt: 0)
                print(
                    "\(name)  \(String(format: "%5d  %6d  %2d  %2d", t.cases, t.agreed, t.falsePositives, t.falseNegatives))"
                )
            }
        }
        if all.falsePositives + all.falseNegatives > 0 { throw ExitCode(1) }
    }
}
