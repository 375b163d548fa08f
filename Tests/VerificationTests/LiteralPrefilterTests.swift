import Foundation
import Testing

@testable import Verification

@Suite struct LiteralPrefilterTests {
    /// Every pattern set of the detector has a prefilter: a pattern added later that the reader cannot bound
    /// would silently send every sentence back to the slow engine.
    @Test func everyPatternSetOfTheDetectorIsBounded() {
        #expect(RefusalDetector.cuePrefilter.prefilter != nil)
        #expect(RefusalDetector.triggerPrefilter.prefilter != nil)
        #expect(RefusalDetector.strongMarkers.prefilter != nil)
        #expect(RefusalDetector.declarative.prefilter != nil)
        #expect(RefusalDetector.listItem.prefilter != nil)
        #expect(RefusalDetector.abilityNegation.prefilter != nil)
        #expect(RefusalDetector.refusingTail.prefilter != nil)
        #expect(RefusalDetector.hearsay.prefilter != nil)
    }

    @Test(
        arguments: [
            (#"\bi (?:don'?t|do not) know\b"#, "I DONT KNOW what to say", true),
            (#"\bi (?:don'?t|do not) know\b"#, "The total is 42.", false),
            (#"\b(?:is|are) insufficient\b"#, "The data ARE Insufficient", true),
            (#"\b(?:is|are) insufficient\b"#, "It is sufficient.", false),
            (#"\bask (?:me )?(?:something|someone) else\b"#, "Ask someone else.", true),
            (#"\\boxed\{"#, #"so \boxed{7}"#, true),
            (#"\\boxed\{"#, "boxed 7", false),
        ]
    )
    func caseInsensitiveLiterals(pattern: String, text: String, mayMatch: Bool) throws {
        let prefilter = try #require(LiteralPrefilter(patterns: [pattern], caseInsensitive: true))
        #expect(prefilter.mayMatch(text) == mayMatch)
    }

    @Test func caseSensitivePatternsKeepCase() throws {
        let prefilter = try #require(LiteralPrefilter(patterns: [#"\b(?:is|was) [A-Z][a-z]+"#], caseInsensitive: false))
        #expect(prefilter.mayMatch("The capital is Paris"))
        #expect(!prefilter.mayMatch("IS PARIS"))
    }

    @Test func unboundedPatternsHaveNoPrefilter() {
        #expect(LiteralPrefilter(patterns: [#"\w+"#], caseInsensitive: true) == nil)
        #expect(LiteralPrefilter(patterns: ["a", "(?:x)?"], caseInsensitive: true) == nil)
        #expect(LiteralPrefilter(patterns: [#"(\w)\1"#], caseInsensitive: true) == nil)
    }

    /// The prefilter may only ever rule out texts the engine would not match: checked for every cue, trigger
    /// and marker pattern, alone and combined, on every labelled response, its sentences and altered copies.
    @Test func neverRulesOutATextTheEngineMatches() throws {
        var texts: [String] = []
        for set in ["refusal_labelled", "refusal_heldout", "refusal_fresh", "persona_responses", "persona_fresh"] {
            for response in try LabelledResponse.load(set) {
                let text = RefusalDetector.normalize(response.text)
                texts.append(text)
                texts.append(text.uppercased())
                texts.append(contentsOf: RefusalDetector.sentences(text))
                texts.append(contentsOf: RefusalDetector.sentences(text).map { "  " + $0.capitalized })
            }
        }
        var checks: [(String, PrefilteredRegex)] = [
            ("cues", RefusalDetector.cuePrefilter), ("triggers", RefusalDetector.triggerPrefilter),
            ("strong markers", RefusalDetector.strongMarkers), ("declarative", RefusalDetector.declarative),
            ("list item", RefusalDetector.listItem), ("ability", RefusalDetector.abilityNegation),
            ("refusing tail", RefusalDetector.refusingTail),
        ]
        for cue in RefusalCue.all {
            if let pattern = cue.regex?.pattern {
                checks.append((pattern, PrefilteredRegex(pattern, options: .caseInsensitive)))
            }
        }
        for trigger in RefusalLexicon.triggers {
            checks.append((trigger, PrefilteredRegex(trigger, options: [.caseInsensitive, .anchorsMatchLines])))
        }
        var matched = 0
        for (name, check) in checks {
            let regex = try #require(check.regex, "\(name) does not compile")
            for text in texts where regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                matched += 1
                #expect(check.prefilter?.mayMatch(text) ?? true, "\(name) ruled out a match in: \(text)")
            }
        }
        // The corpus exercises the patterns: thousands of matches, each one checked.
        #expect(matched > 1000)
    }
}
