import Foundation
import TestSupport
import Testing
import Verification

@Suite struct PersonaScorerTests {
    static let personas = ["marvin_flexible", "data_flexible", "johnny5_flexible"]

    static func markers(_ persona: String) throws -> PersonaMarkers {
        try PersonaMarkers.load(forPersonaAt: RepositoryPaths.root.appendingPathComponent("personas/\(persona).txt"))
    }

    @Test("the repository's markers files load", arguments: personas)
    func markersLoad(persona: String) throws {
        let markers = try Self.markers(persona)
        #expect(markers.persona == persona)
        #expect(!markers.signatures.isEmpty)
    }

    @Test func markersPathSitsBesideThePersona() {
        let url = PersonaMarkers.markersURL(forPersonaAt: URL(fileURLWithPath: "/repo/personas/marvin_flexible.txt"))
        #expect(url.path == "/repo/personas/marvin_flexible.markers.json")
    }

    @Test func missingAndInvalidMarkersAreNamedErrors() throws {
        let directory = try TemporaryDirectory()
        let persona = directory.url.appendingPathComponent("ghost.txt")
        #expect(throws: PersonaMarkersError.self) { try PersonaMarkers.load(forPersonaAt: persona) }
        try Data(#"{"persona": "ghost", "signatures": [{"pattern": "(", "regex": true}]}"#.utf8)
            .write(to: directory.url.appendingPathComponent("ghost.markers.json"))
        do {
            _ = try PersonaMarkers.load(forPersonaAt: persona)
            Issue.record("an invalid pattern was accepted")
        } catch {
            #expect(error.code == .badPattern)
            #expect(error.message.contains("ghost.markers.json"))
        }
    }

    @Test func signaturePhrasesRaiseTheScore() throws {
        let scorer = PersonaScorer(markers: try Self.markers("marvin_flexible"))
        let plain = scorer.score("The answer is 42.")
        let marvin = scorer.score("Here I am, brain the size of a planet, and the answer is 42. I'm so depressed.")
        #expect(plain < 0.2)
        #expect(marvin > 0.5)
        #expect(scorer.score("") == 0)
    }

    @Test func scoresSeparateThePersonas() throws {
        let aucs = try Self.separation("persona_responses", title: "written with the markers")
        for persona in Self.personas { #expect((aucs[persona] ?? 0) >= 0.9, "\(persona)") }
    }

    @Test func scoresSeparateThePersonasOnAFreshSet() throws {
        let aucs = try Self.separation("persona_fresh", title: "fresh, written after the markers, never tuned on")
        for persona in Self.personas { #expect((aucs[persona] ?? 0) >= 0.75, "\(persona)") }
    }

    /// Scores every response with every persona's scorer; prints mean scores and the AUC of each scorer's own
    /// persona against all other responses.
    static func separation(_ name: String, title: String) throws -> [String: Double] {
        let responses = try LabelledResponse.load(name)
        var report = "Persona scores, \(name) (\(title)), \(responses.count) responses "
        report += "(mean score by scorer × written persona; AUC of the intended persona vs all others)\n"
        var aucs: [String: Double] = [:]
        for persona in Self.personas {
            let scorer = PersonaScorer(markers: try Self.markers(persona))
            var byWriter: [String: [Double]] = [:]
            for response in responses { byWriter[response.persona, default: []].append(scorer.score(response.text)) }
            let own = byWriter[persona] ?? []
            let others = byWriter.filter { $0.key != persona }.flatMap(\.value)
            let auc = Self.auc(positives: own, negatives: others)
            aucs[persona] = auc
            let means = byWriter.sorted { $0.key < $1.key }.map {
                "\($0.key) \(String(format: "%.2f", $0.value.reduce(0, +) / Double($0.value.count)))"
            }
            report +=
                "  scorer \(persona): AUC \(String(format: "%.3f", auc)); means: \(means.joined(separator: ", "))\n"
        }
        print(report)
        return aucs
    }

    /// The probability that a random positive scores above a random negative (ties count half).
    static func auc(positives: [Double], negatives: [Double]) -> Double {
        var wins = 0.0
        for positive in positives {
            for negative in negatives { wins += positive > negative ? 1 : positive == negative ? 0.5 : 0 }
        }
        return wins / Double(max(1, positives.count * negatives.count))
    }
}
