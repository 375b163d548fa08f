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
        let figures = RefusalFigures(cases, title: "Refusal detector, labelled set (161, used for tuning)")
        print(figures.report)
        #expect(figures.precision >= 0.9)
        #expect(figures.recall >= 0.85)
        #expect(figures.typeAccuracy >= 0.8)
    }

    @Test func heldOutSetPrecisionAndRecall() throws {
        let cases = try LabelledResponse.load("refusal_heldout")
        let title =
            "Refusal detector, second set (written after the first round; its misses shaped the generic triggers)"
        let figures = RefusalFigures(cases, title: title)
        print(figures.report)
        #expect(figures.precision >= 0.85)
        #expect(figures.recall >= 0.85)
    }

    @Test func freshHeldOutSetPrecisionAndRecall() throws {
        let cases = try LabelledResponse.load("refusal_fresh")
        let figures = RefusalFigures(
            cases,
            title:
                "Refusal detector, third set (written last; its first, untuned run: precision 0.786, recall 0.579, type accuracy 0.727)"
        )
        print(figures.report)
        #expect(figures.precision >= 0.75)
        #expect(figures.recall >= 0.6)
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}

/// Precision, recall and type accuracy of the detector on a labelled set, with a printable report.
struct RefusalFigures {
    var precision = 0.0
    var recall = 0.0
    var typeAccuracy = 0.0
    var report = ""

    init(_ cases: [LabelledResponse], title: String) {
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
            let label = item.label ?? "none"
            var persona = perPersona[item.persona, default: (0, 0, 0, 0)]
            if label != "none" {
                persona.refusals += 1
                var type = perType[label, default: (0, 0, 0)]
                type.total += 1
                if assessment.isRefusal {
                    truePositives += 1
                    persona.found += 1
                    type.found += 1
                    if assessment.type?.rawValue == label {
                        typeHits += 1
                        type.typed += 1
                    } else {
                        mistakes.append(
                            "typed \(assessment.type?.rawValue ?? "-"), labelled \(label): \(item.text.prefix(70))"
                        )
                    }
                } else {
                    falseNegatives += 1
                    mistakes.append("missed \(label): \(item.text.prefix(70))")
                }
                perType[label] = type
            } else {
                persona.answers += 1
                if assessment.isRefusal {
                    falsePositives += 1
                    persona.flagged += 1
                    mistakes.append("answer flagged as \(assessment.type?.rawValue ?? ""): \(item.text.prefix(70))")
                }
            }
            perPersona[item.persona] = persona
        }
        precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        typeAccuracy = Double(typeHits) / Double(max(1, truePositives))
        let format = RefusalDetectorTests.format
        report = "\(title): \(cases.count) responses, precision \(format(precision)), recall \(format(recall)), "
        report += "type accuracy \(format(typeAccuracy)) (of detected refusals)\n"
        for (persona, counts) in perPersona.sorted(by: { $0.key < $1.key }) {
            report += "  persona \(persona): refusals found \(counts.found)/\(counts.refusals), "
            report += "answers wrongly flagged \(counts.flagged)/\(counts.answers)\n"
        }
        for (type, counts) in perType.sorted(by: { $0.key < $1.key }) {
            report +=
                "  type \(type): detected \(counts.found)/\(counts.total), typed correctly \(counts.typed)/\(counts.found)\n"
        }
        for mistake in mistakes { report += "  · \(mistake)\n" }
    }
}
