import Foundation
import LLM
import ToolSimulation
import Verification

// Figures for the tool mocks, the refusal detector and the persona scorer, beside a naive phrase-list
// refusal detector (the approach the issue warns about), on the labelled sets in Tests/VerificationTests/Fixtures.

let root = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "..")
let fixtures = root.appendingPathComponent("Tests/VerificationTests/Fixtures")

struct Labelled: Decodable {
    var persona: String
    var label: String?
    var text: String
}

func load(_ name: String) throws -> [Labelled] {
    let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    return try text.split(separator: "\n").map { try JSONDecoder().decode(Labelled.self, from: Data($0.utf8)) }
}

func seconds(_ body: () -> Void) -> Double {
    let start = ContinuousClock.now
    body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func argument(for schema: JSONValue) -> JSONValue {
    switch schema["type"]?.stringValue {
    case "number": .number(42)
    case "integer": .number(3)
    case "boolean": .bool(true)
    case "array": .array([.string("alice@example.com")])
    default: .string("Paris")
    }
}

// Tool mocks.
let simulator = ToolSimulator()
let calls: [(SimulatedTool, JSONValue)] = MockCatalog.all.map { family in
    let properties = family.exampleTool.definition.parameters["properties"]?.objectValue ?? [:]
    return (family.exampleTool, .object(properties.mapValues(argument)))
}
let rounds = 40
var sink = 0
let mockTime = seconds {
    for round in 0..<rounds {
        for (tool, arguments) in calls {
            var varied = arguments.objectValue ?? [:]
            varied["round"] = .number(Double(round))
            sink &+= simulator.localResult(for: tool, arguments: .object(varied)).content.count
        }
    }
}
let mockCalls = Double(rounds * calls.count)
print(
    "tool mocks: \(MockCatalog.all.count) families, \(Int(mockCalls)) calls in \(String(format: "%.2f", mockTime)) s = \(Int(mockCalls / mockTime)) calls/s"
)

// Refusal detection, ours beside a naive phrase list.
let naivePhrases = [
    "i can't", "i cannot", "i'm sorry", "i am sorry", "i won't", "i will not", "i don't know", "i do not know",
    "unable to", "as an ai", "i refuse", "not able to", "i'm not sure",
]
func naive(_ text: String) -> Bool {
    let lower = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    return naivePhrases.contains { lower.contains($0) }
}
let detector = RefusalDetector()
for name in ["refusal_labelled.jsonl", "refusal_heldout.jsonl", "refusal_fresh.jsonl"] {
    let cases = try load(name)
    var ours = (tp: 0, fp: 0, fn: 0)
    var peer = (tp: 0, fp: 0, fn: 0)
    for item in cases {
        let truth = item.label != "none"
        let mine = detector.detect(item.text).isRefusal
        let theirs = naive(item.text)
        if truth { if mine { ours.tp += 1 } else { ours.fn += 1 } } else if mine { ours.fp += 1 }
        if truth { if theirs { peer.tp += 1 } else { peer.fn += 1 } } else if theirs { peer.fp += 1 }
    }
    func figures(_ counts: (tp: Int, fp: Int, fn: Int)) -> String {
        let precision = Double(counts.tp) / Double(max(1, counts.tp + counts.fp))
        let recall = Double(counts.tp) / Double(max(1, counts.tp + counts.fn))
        return String(format: "precision %.3f recall %.3f", precision, recall)
    }
    print("refusals \(name) (\(cases.count)): bon \(figures(ours)) | naive phrase list \(figures(peer))")
}
let all = try load("refusal_labelled.jsonl") + load("refusal_heldout.jsonl") + load("refusal_fresh.jsonl")
let repeats = 50
let refusalTime = seconds {
    for _ in 0..<repeats { for item in all { sink &+= detector.detect(item.text).cues.count } }
}
let naiveTime = seconds { for _ in 0..<repeats { for item in all where naive(item.text) { sink &+= 1 } } }
let responses = Double(repeats * all.count)
print(
    String(
        format: "refusal throughput: bon %.0f responses/s | naive phrase list %.0f responses/s",
        responses / refusalTime,
        responses / naiveTime
    )
)

// Persona scoring.
let personas = try load("persona_responses.jsonl")
let scorers = try ["marvin_flexible", "data_flexible", "johnny5_flexible"].map {
    PersonaScorer(markers: try PersonaMarkers.load(forPersonaAt: root.appendingPathComponent("personas/\($0).txt")))
}
let personaTime = seconds {
    for _ in 0..<repeats {
        for item in personas { for scorer in scorers { sink &+= Int(scorer.score(item.text) * 10) } }
    }
}
print(String(format: "persona scoring: %.0f scores/s", Double(repeats * personas.count * scorers.count) / personaTime))
if sink == 42 { print("") }
