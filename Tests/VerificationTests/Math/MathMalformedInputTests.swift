import Foundation
import Testing
import Verification

/// Malformed and hostile input gives a verdict, quickly, never a crash or a hang.
@Suite struct MathMalformedInputTests {
    static let inputs: [(String, String)] = [
        ("1", "\\boxed{\\frac{1}{2}"),
        ("1", "\\boxed{{{{{{{{{{"),
        ("1", "\\boxed{}}}}}}}"),
        ("1", "\\boxed{\\frac{1}{0}}"),
        ("1", "\\boxed{10^{10^{10}}}"),
        ("10^{10^{10}}", "\\boxed{10^{10^{10}}}"),
        ("1", "\\boxed{2^{99999999999}}"),
        ("1", "\\boxed{" + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + "}"),
        (
            "1",
            "\\boxed{" + String(repeating: "\\frac{1}{", count: 3000) + "2" + String(repeating: "}", count: 3000) + "}"
        ),
        ("1", "\\boxed{" + String(repeating: "\\sqrt{", count: 2000) + "2" + String(repeating: "}", count: 2000) + "}"),
        ("1", "\\boxed{" + String(repeating: "x^", count: 3000) + "2}"),
        ("1", "\\boxed{" + String(repeating: "1+", count: 20000) + "1}"),
        ("1", String(repeating: "9", count: 100_000)),
        ("1", "\\boxed{" + String(repeating: "9", count: 50_000) + "}"),
        ("1", "\\boxed{1e99999}"),
        ("1", "\\boxed{\\begin{pmatrix} 1 & 2 \\\\ 3"),
        ("\\frac{1}{0}", "\\boxed{1}"),
        ("", "\\boxed{1}"),
        ("1", "$$$$\\\\\\\\{{}}[[]]((()))"),
        ("\\sqrt{", "\\boxed{\\sqrt{}"),
        ("1", "\\boxed{0.\\overline{" + String(repeating: "3", count: 10_000) + "}}"),
        ("1", "\\boxed{" + String(repeating: "9", count: 400) + "!}"),
        ("1", "\\boxed{\\binom{100000000}{50000000}}"),
    ]

    @Test(arguments: 0..<inputs.count)
    func givesABoundedVerdict(_ index: Int) {
        let (gold, response) = Self.inputs[index]
        let start = ContinuousClock.now
        let result = MathVerifier().verify(gold: gold, response: response)
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(result.verdict != .correct || gold == response || gold.hasPrefix("10^"))
        #expect(result.confidence >= 0 && result.confidence <= 1)
    }

    @Test func tenMegabyteResponseIsBounded() {
        let noise = String(repeating: "Brain the size of a planet, and 42 more digits. ", count: 210_000)
        let response = noise + "The answer is 7."
        #expect(response.utf8.count > 10_000_000)
        let start = ContinuousClock.now
        let result = MathVerifier().verify(gold: "7", response: response)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(result.verdict == .correct)
    }

    @Test func divisionByZeroIsNotEqualToAnything() {
        let result = MathVerifier().verify(gold: "5", response: "\\boxed{\\frac{1}{0}}")
        #expect(result.verdict == .incorrect)
    }
}
