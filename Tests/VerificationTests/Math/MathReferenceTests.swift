import Testing
import Verification

@Suite struct MathReferenceTests {
    @Test(arguments: [
        ("<think>\nFactor: (x-2)(x-3)=0, maybe \\boxed{6}\n</think>\n\nThe roots are \\boxed{2, 3}.", "2, 3"),
        ("So \\boxed{\\frac{1}{2}} and finally \\boxed{\\frac{\\sqrt{3}}{2}}.", "\\frac{\\sqrt{3}}{2}"),
        ("The answer is $\\boxed 5$.", "5"),
        ("The answer is \\fbox{12}.", "12"),
        ("Nested \\boxed{\\{x \\mid x > \\frac{1}{2}\\}} done", "\\{x \\mid x > \\frac{1}{2}\\}"),
        ("<think>only inside \\boxed{9}</think>No box after.", "9"),
    ])
    func extractsTheLastBox(solution: String, expected: String) {
        #expect(MathReference.extract(fromSolution: solution) == expected)
    }

    @Test func noBoxGivesNil() {
        #expect(MathReference.extract(fromSolution: "The answer is 5.") == nil)
        #expect(MathReference.extract(fromSolution: "\\boxed{unbalanced") == nil)
    }

    @Test func structuredFinalAnswerWins() {
        #expect(MathReference.extract(fromSolution: "\\boxed{1}", structuredFinalAnswer: "2") == "2")
        #expect(MathReference.extract(fromSolution: "\\boxed{1}", structuredFinalAnswer: " ") == "1")
    }

    @Test func structuredResponseIsReadDirectly() {
        let verifier = MathVerifier()
        let result = verifier.verify(
            gold: "\\frac{1}{2}",
            response: "Marvin sighs. 47 more digits. 3.",
            structuredFinalAnswer: "0.5"
        )
        #expect(result.verdict == .correct)
        #expect(result.confidence >= 0.9)
    }

    @Test func confidenceFollowsTheSource() {
        let v = MathVerifier()
        let boxed = v.verify(gold: "4", response: "\\boxed{4}")
        let stated = v.verify(gold: "4", response: "The answer is 4.")
        let guessed = v.verify(gold: "4", response: "I walked 4")
        let numeric = v.verify(gold: "\\frac{1}{3}", response: "\\boxed{0.3333333}")
        let none = v.verify(gold: "4", response: "Sigh.")
        #expect(boxed.confidence == 1 && boxed.method == "math_symbolic")
        #expect(stated.confidence < boxed.confidence && stated.confidence >= 0.4)
        #expect(guessed.confidence < 0.4)
        #expect(numeric.method == "math_numeric" && numeric.confidence < 1)
        #expect(none.verdict == .noAnswer && none.confidence == 0)
    }
}
