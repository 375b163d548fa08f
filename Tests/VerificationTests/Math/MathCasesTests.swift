import Foundation
import Testing
import Verification

/// The hand-labelled cases in `Fixtures/math_cases.jsonl` (written from the math answer policy).
@Suite struct MathCasesTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var id: String
        var category: String
        var gold: String
        var response: String
        var expected: String
        var testDescription: String { id }
    }

    /// `math_cases.jsonl` (from `make_math_cases.py`) and `math_cases_more.jsonl` (written by hand, other phrasing).
    static let cases: [Case] = ["math_cases", "math_cases_more"].flatMap { name -> [Case] in
        guard let url = Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }

    @Test func fixtureHasEveryCategoryAndEnoughPersonaCases() {
        #expect(Self.cases.count >= 300)
        let persona = Self.cases.filter { $0.category.hasPrefix("persona") }
        #expect(persona.count * 4 >= Self.cases.count)
        #expect(Set(Self.cases.map(\.category)).count >= 15)
    }

    @Test(arguments: cases)
    func verdictMatchesLabel(_ c: Case) {
        let result = MathVerifier().verify(gold: c.gold, response: c.response)
        switch c.expected {
        case "correct":
            #expect(result.verdict == .correct, "\(result.explanation)")
        case "no_answer":
            #expect(result.verdict == .noAnswer, "\(result.explanation)")
        default:
            #expect(result.verdict != .correct, "false positive: \(result.explanation)")
        }
        #expect(result.confidence >= 0 && result.confidence <= 1)
    }
}
