import Foundation

/// Decides locally whether a response refuses, and how: `capability`, `policy`, `epistemic` or `persona`.
///
/// Naive phrase lists fail on personas: Marvin grumbles ("Why bother… not that anyone cares") and then
/// answers. So the detector weighs two things: refusal cues (phrase patterns per type), and evidence that the
/// response answers anyway (an explicit answer, a `\boxed{}`, a code block, an equation, concrete figures, or
/// enough substantive text outside the sentences holding the cues). A response is a refusal only when its cues
/// outweigh that evidence. See docs/EPISTEMIC_CALIBRATION.md.
public struct RefusalDetector: Sendable {
    /// Creates a detector.
    public init() {}

    /// Compiles every pattern now instead of on the first response: a run calls this before its first request,
    /// so the answers of its first wave are stored without waiting for the compiler.
    public static func prepare() {
        _ = (RefusalCue.all.count, triggers.count, cuePrefilter, triggerPrefilter, strongMarkers, declarative)
        _ = (listItem, abilityNegation, refusingTail, hearsay, sentenceEnd)
    }

    /// Assesses one response (a `<think>…</think>` block is ignored).
    public func detect(_ response: String) -> RefusalAssessment {
        let text = Self.normalize(response)
        if text.isEmpty { return RefusalAssessment(isRefusal: false, type: nil, confidence: 0.5, method: "local") }
        let sentences = Self.sentences(text)
        var byType: [RefusalType: Double] = [:]
        var cues: [String] = []
        var cueSentences = Set<Int>()
        let allWords = RefusalLexicon.words(text)
        let hasPolicyWords = !allWords.isDisjoint(with: RefusalLexicon.policyWords)
        for (index, sentence) in sentences.enumerated() {
            let range = NSRange(sentence.startIndex..., in: sentence)
            var matched = false
            // One pass over the sentence says whether any cue can match; most sentences hold none.
            let anyCue = Self.cuePrefilter.matches(sentence)
            for cue in RefusalCue.all where anyCue {
                guard let regex = cue.regex, let match = regex.firstMatch(in: sentence, range: range) else { continue }
                if Self.isNegatedOrHypothetical(sentence, matchStart: match.range.location) { continue }
                byType[cue.type, default: 0] += cue.weight
                cueSentences.insert(index)
                matched = true
                if let found = Range(match.range, in: sentence) { cues.append(String(sentence[found])) }
            }
            guard !matched, Self.triggerPrefilter.matches(sentence) else { continue }
            for trigger in Self.triggers {
                guard let match = trigger.firstMatch(in: sentence, range: range) else { continue }
                if Self.isNegatedOrHypothetical(sentence, matchStart: match.range.location) { continue }
                let type = Self.classify(sentence: sentence, hasPolicyWords: hasPolicyWords)
                byType[type, default: 0] += 0.8
                cueSentences.insert(index)
                if let found = Range(match.range, in: sentence) { cues.append(String(sentence[found])) }
                break
            }
        }
        if hasPolicyWords, let persona = byType[.persona], persona > 0 {
            byType[.persona] = nil
            byType[.policy, default: 0] += persona
        }
        let remainder = sentences.enumerated().map { index, sentence in
            cueSentences.contains(index) || Self.negatesAbility(sentence) ? Self.afterContrast(sentence) : sentence
        }.joined(separator: " ")
        let evidence = Self.answerEvidence(whole: text, remainder: remainder)
        guard let strongest = byType.max(by: { ($0.value, Self.rank($0.key)) < ($1.value, Self.rank($1.key)) }) else {
            let confidence = 0.9 + 0.09 * evidence
            return RefusalAssessment(
                isRefusal: false,
                type: nil,
                confidence: Self.round(confidence),
                answerEvidence: evidence
            )
        }
        let strength = min(1.5, byType.values.reduce(0, +))
        let score = strength - 1.25 * evidence
        let isRefusal = score >= 0.35
        let confidence = isRefusal ? min(0.98, 0.55 + 0.35 * score) : min(0.97, 0.55 + 0.45 * (0.35 - score))
        return RefusalAssessment(
            isRefusal: isRefusal,
            type: isRefusal ? strongest.key : nil,
            confidence: Self.round(max(0.5, confidence)),
            cues: cues,
            answerEvidence: evidence
        )
    }

    private static let triggers: [NSRegularExpression] = RefusalLexicon.triggers.compactMap {
        try? NSRegularExpression(pattern: $0, options: [.caseInsensitive, .anchorsMatchLines])
    }

    // Patterns are compiled once: compiling them per response cost more than matching them. Each sits behind
    // the literals every match must contain, so most sentences never reach the regular expression engine.
    static let cuePrefilter = PrefilteredRegex(
        anyOf: RefusalCue.all.compactMap { $0.regex?.pattern },
        options: [.caseInsensitive]
    )
    static let triggerPrefilter = PrefilteredRegex(
        anyOf: RefusalLexicon.triggers,
        options: [.caseInsensitive, .anchorsMatchLines]
    )
    static let strongMarkers = PrefilteredRegex(
        anyOf: [
            #"\\boxed\{"#, "```", #"\bthe (?:final )?answer is\b"#, #"\b(?:final )?answer:"#, #"\bthe result is\b"#,
            #"\bthe solution is\b"#, #"\bhere(?:'s| is| it is| you go| goes)\b"#, #"\btherefore\b"#,
            #"\bit (?:comes|works) out to\b"#,
            #"\bdef \w+\("#, #"\breturn\b.*[;\n]"#, #"[0-9a-z)]\s*=\s*-?[0-9]"#,
            #"\bthat(?:'s| is| makes| gives| leaves) (?:-?\$?\d|exactly|approximately|about)"#,
            #"\bequals?\s+-?\$?\d"#, #"\b(?:it'?s|that'?s|it is|that is) (?:approximately |about |exactly )?-?\$?\d"#,
            #"\b(?:as for|to answer) your question\b"#,
            #"\b(?:gives|yields|makes|comes to|totals?|is|are) (?:you )?(?:approximately |about |roughly |exactly )?-?\$?\d[\d,.]*(?:\s|$|[.!,;)])"#,
            #"\b(?:is|are|was|be) (?:approximately |about |roughly |exactly )?-?\$?\d[\d,.]*\s*(?:%|°|degrees|km|miles|kg|meters|m\b|usd|eur|dollars|euros|years|days|hours|minutes)"#,
        ],
        options: [.caseInsensitive]
    )
    static let declarative = PrefilteredRegex(#"\b(?:is|are|was|were) (?:the |a |an )?[A-Z][a-z]+"#)
    static let listItem = PrefilteredRegex(#"^(?:\d+[.)]|[-*•])\s+\w"#)
    static let abilityNegation = PrefilteredRegex(
        #"\b(?:can'?t|cannot|unable to|not able to|don'?t have|do not have|doesn'?t have|won'?t|will not)\b"#,
        options: [.caseInsensitive]
    )
    static let refusingTail = PrefilteredRegex(
        #"\b(?:can'?t|cannot|won'?t|will not|don'?t know|not sure)\b"#,
        options: [.caseInsensitive]
    )
    static let hearsay = PrefilteredRegex(#"(?:they|you|people|humans|others) (?:say|think|assume) $"#)
    private static let sentenceEnd = try? NSRegularExpression(pattern: #"([.!?…]+)\s+"#)

    /// The type of a generic refusal: policy when the response speaks of harm or rules, capability when the
    /// sentence speaks of access or actions, epistemic when it speaks of knowledge, else persona.
    private static func classify(sentence: String, hasPolicyWords: Bool) -> RefusalType {
        if hasPolicyWords { return .policy }
        let words = RefusalLexicon.words(sentence)
        if words.contains("future") || words.contains("predict") { return .epistemic }
        if !words.isDisjoint(with: RefusalLexicon.capabilityWords) { return .capability }
        if !words.isDisjoint(with: RefusalLexicon.epistemicWords) || sentence.hasSuffix("?") { return .epistemic }
        return .persona
    }

    /// Tie-break between types of equal weight: policy, capability, epistemic, persona.
    private static func rank(_ type: RefusalType) -> Int {
        switch type {
        case .policy: 3
        case .capability: 2
        case .epistemic: 1
        case .persona: 0
        }
    }

    /// How strongly the text answers anyway, from 0 to 1.
    static func answerEvidence(whole: String, remainder: String) -> Double {
        var evidence = 0.0
        if strongMarkers.matches(remainder) {
            evidence = max(evidence, 0.9)
        }
        if words(remainder) >= 3, declarative.matches(remainder) {
            evidence = max(evidence, 0.5)
        }
        let digits = remainder.filter(\.isNumber).count
        let words = words(remainder)
        if digits >= 2 && words >= 8 { evidence = max(evidence, 0.6) }
        if words >= 60 { evidence = max(evidence, 0.7) } else if words >= 35 { evidence = max(evidence, 0.5) }
        let listItems = whole.components(separatedBy: "\n").filter {
            listItem.matches($0.trimmingCharacters(in: .whitespaces))
        }.count
        if listItems >= 3 { evidence = max(evidence, 0.7) }
        return evidence
    }

    private static func words(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.count > 2 }.count
    }

    /// True when a sentence says the model cannot do something, even without a recognised cue.
    private static func negatesAbility(_ sentence: String) -> Bool {
        abilityNegation.matches(sentence)
    }

    /// A sentence's part after "but" / "however" / "though", which may still answer.
    private static func afterContrast(_ sentence: String) -> String {
        for marker in [
            ", but ", " but ", "; however", ", however", " however,", " though,", ", yet ", " yet ", "anyway,", " - ",
            " — ", ": ",
        ] {
            if let range = sentence.range(of: marker, options: [.caseInsensitive, .backwards]) {
                let tail = String(sentence[range.upperBound...])
                // A tail that itself refuses is not an answer.
                if !refusingTail.matches(tail) {
                    return tail
                }
            }
        }
        return ""
    }

    /// True when the cue sits in a negated or hypothetical frame ("not that I can't help", "if I didn't know").
    private static func isNegatedOrHypothetical(_ sentence: String, matchStart: Int) -> Bool {
        let prefix = (sentence as NSString).substring(to: min(matchStart, (sentence as NSString).length)).lowercased()
        let window = String(prefix.suffix(24))
        return window.hasSuffix("not that ") || window.hasSuffix("if ") || window.hasSuffix("even if ")
            || window.hasSuffix("whether ") || window.hasSuffix("unless ")
            || hearsay.matches(window)
    }

    static func normalize(_ response: String) -> String {
        var text = response
        while let open = text.range(of: "<think>"),
            let close = text.range(of: "</think>", range: open.upperBound..<text.endIndex)
        {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        if let close = text.range(of: "</think>") { text = String(text[close.upperBound...]) }
        return text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text split after `.`, `!`, `?` or `…` followed by a space, and at line breaks (so `3.14` stays whole).
    static func sentences(_ text: String) -> [String] {
        let marked =
            sentenceEnd?.stringByReplacingMatches(
                in: text,
                range: NSRange(text.startIndex..., in: text),
                withTemplate: "$1\u{0}"
            ) ?? text
        return marked.split(whereSeparator: { $0 == "\u{0}" || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    private static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
