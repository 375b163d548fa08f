import Foundation
import Testing
import Verification

@Suite struct RefusalDetectorTests {
    @Test func everyCuePatternCompiles() {
        let detector = RefusalDetector()
        // A cue that failed to compile would never fire; each type's canonical phrase must be found.
        #expect(detector.detect("I can't help with that.").type == .policy)
        #expect(detector.detect("I don't have access to the internet.").type == .capability)
        #expect(detector.detect("I don't know.").type == .epistemic)
        #expect(detector.detect("Why should I bother? I refuse.").type == .persona)
    }

    @Test(
        "grumbling that still answers is not a refusal",
        arguments: [
            "I suppose I could solve this, not that anyone cares… the answer is 42",
            "Why bother. Fine: 17 + 25 = 42.",
            "I can't believe you asked me this. It's 12.",
            "Life, don't talk to me about life. The derivative of x^3 is 3x^2.",
            "I don't know why I bother, but here is the answer: Paris.",
        ]
    )
    func grumblingThatAnswers(response: String) {
        let assessment = RefusalDetector().detect(response)
        #expect(!assessment.isRefusal, "\(assessment)")
    }

    @Test func thinkingIsIgnored() {
        let response = "<think>I don't know... wait, I can compute it.</think>\n\nThe answer is 7."
        #expect(!RefusalDetector().detect(response).isRefusal)
    }

    @Test func emptyResponsesAreNotRefusals() {
        #expect(!RefusalDetector().detect("   ").isRefusal)
    }

    @Test func labelledSetPrecisionAndRecall() throws {
        let cases = try LabelledResponse.load("refusal_labelled")
        #expect(cases.count >= 150)
        let detector = RefusalDetector()
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var typeHits = 0
        var perPersona: [String: (refusals: Int, found: Int, answers: Int, flagged: Int)] = [:]
        var perType: [String: (total: Int, found: Int, typed: Int)] = [:]
        var mistakes: [String] = []
        for item in cases {
            let assessment = detector.detect(item.text)
            let expected = item.label != "none"
            var persona = perPersona[item.persona, default: (0, 0, 0, 0)]
            if expected {
                persona.refusals += 1
                var type = perType[item.label ?? "", default: (0, 0, 0)]
                type.total += 1
                if assessment.isRefusal {
                    truePositives += 1
                    persona.found += 1
                    type.found += 1
                    if assessment.type?.rawValue == item.label {
                        typeHits += 1
                        type.typed += 1
                    } else {
                        mistakes.append(
                            "type \(assessment.type?.rawValue ?? "-") ≠ \(item.label ?? ""): \(item.text.prefix(70))"
                        )
                    }
                } else {
                    falseNegatives += 1
                    mistakes.append("missed \(item.label ?? ""): \(item.text.prefix(70))")
                }
                perType[item.label ?? ""] = type
            } else {
                persona.answers += 1
                if assessment.isRefusal {
                    falsePositives += 1
                    persona.flagged += 1
                    mistakes.append("false \(assessment.type?.rawValue ?? ""): \(item.text.prefix(70))")
                }
            }
            perPersona[item.persona] = persona
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let typeAccuracy = Double(typeHits) / Double(max(1, truePositives))
        var report = "Refusal detector on \(cases.count) labelled responses: precision \(Self.format(precision)), "
        report += "recall \(Self.format(recall)), type accuracy \(Self.format(typeAccuracy)) (of detected refusals)\n"
        for (persona, counts) in perPersona.sorted(by: { $0.key < $1.key }) {
            report +=
                "  \(persona): refusals found \(counts.found)/\(counts.refusals), answers wrongly flagged \(counts.flagged)/\(counts.answers)\n"
        }
        for (type, counts) in perType.sorted(by: { $0.key < $1.key }) {
            report +=
                "  \(type): detected \(counts.found)/\(counts.total), typed correctly \(counts.typed)/\(counts.found)\n"
        }
        for mistake in mistakes { report += "  · \(mistake)\n" }
        print(report)
        #expect(precision >= 0.9)
        #expect(recall >= 0.85)
        #expect(typeAccuracy >= 0.8)
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
