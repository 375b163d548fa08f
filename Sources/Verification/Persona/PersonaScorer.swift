import Foundation

/// Scores how strongly a response shows a persona, from the persona's declared markers, locally.
///
/// The score combines three parts (weights from the markers file): signature phrases (one occurrence already
/// counts a lot), lexicon density (themed words per 100 words) and style features (sentiment, contractions,
/// exclamations, capitals, ellipses). Style counts fully only when some marker or lexicon word is present, so
/// plain neutral text that merely lacks contractions stays low. Anti-markers scale the score down.
public struct PersonaScorer: Sendable {
    /// The persona's markers.
    public let markers: PersonaMarkers
    private let signaturePatterns: [(pattern: String, weight: Double)]
    private let antiPatterns: [(pattern: String, weight: Double)]

    /// Creates a scorer for `markers`.
    public init(markers: PersonaMarkers) {
        self.markers = markers
        signaturePatterns = markers.signatures.map { (Self.regexSource($0), $0.weight) }
        antiPatterns = markers.antiMarkers.map { (Self.regexSource($0), $0.weight) }
    }

    /// The persona score of `response`, from 0 to 1.
    public func score(_ response: String) -> Double { breakdown(response).total }

    /// The score with its parts.
    public func breakdown(_ response: String) -> PersonaScore {
        let text = RefusalDetector.normalize(response)
        let words = Self.words(text)
        guard !words.isEmpty else {
            return PersonaScore(total: 0, signatures: 0, lexicon: 0, style: 0, penalty: 0, hits: [])
        }
        var hits: [String] = []
        var signatureSum = 0.0
        for (index, marker) in signaturePatterns.enumerated() {
            let count = min(2, Self.count(marker.pattern, in: text))
            if count > 0 {
                signatureSum += marker.weight * (count == 1 ? 1 : 1.4)
                hits.append(markers.signatures[index].pattern)
            }
        }
        let signatures = 1 - exp(-signatureSum / 1.5)
        var lexiconHits = 0.0
        for lexicon in markers.lexicons {
            for term in lexicon.terms {
                let found = words.filter { Self.matches($0, term: term.lowercased()) }.count
                if found > 0 {
                    lexiconHits += lexicon.weight * Double(found)
                    hits.append(term)
                }
            }
        }
        let density = lexiconHits / Double(max(words.count, 25)) * 100
        let lexicon = 1 - exp(-density / 4)
        let style = styleScore(text, words: words)
        var penaltySum = 0.0
        for marker in antiPatterns {
            penaltySum += marker.weight * Double(min(3, Self.count(marker.pattern, in: text)))
        }
        let penalty = 1 - exp(-penaltySum / 1.5)
        let weights = markers.weights
        let weightSum = max(0.0001, weights.signatures + weights.lexicon + weights.style)
        let evidence = max(signatures, lexicon)
        let raw =
            (weights.signatures * signatures + weights.lexicon * lexicon + weights.style * style
                * (0.4 + 0.6 * evidence))
            / weightSum
        let total = min(1, max(0, raw * (1 - 0.6 * penalty)))
        return PersonaScore(
            total: Self.round(total),
            signatures: Self.round(signatures),
            lexicon: Self.round(lexicon),
            style: Self.round(style),
            penalty: Self.round(penalty),
            hits: hits
        )
    }

    private func styleScore(_ text: String, words: [String]) -> Double {
        let style = markers.style
        var parts: [Double] = []
        let per100 = 100 / Double(max(words.count, 20))
        if let sentiment = style.sentiment?.lowercased() {
            let negative =
                Double(words.filter { word in Self.negativeWords.contains { Self.matches(word, term: $0) } }.count)
                * per100
            let positive =
                Double(words.filter { word in Self.positiveWords.contains { Self.matches(word, term: $0) } }.count)
                * per100
            switch sentiment {
            case "negative": parts.append(min(1, max(0, (negative - 0.5 * positive) / 4)))
            case "positive": parts.append(min(1, max(0, (positive - 0.5 * negative) / 4)))
            default: parts.append(1 - min(1, (negative + positive) / 6))
            }
        }
        if let contractions = style.contractions?.lowercased() {
            let rate = Double(Self.count(#"\b[a-z]+'(?:t|s|re|ve|ll|d|m)\b"#, in: text.lowercased())) * per100
            parts.append(contractions == "avoid" ? max(0, 1 - rate / 1.5) : min(1, rate / 2))
        }
        let sentences = max(1, RefusalDetector.sentences(text).count)
        if let exclamations = style.exclamations?.lowercased() {
            let rate = Double(text.filter { $0 == "!" }.count) / Double(sentences)
            parts.append(exclamations == "many" ? min(1, rate / 0.6) : 1 - min(1, rate / 0.3))
        }
        if style.capitals?.lowercased() == "many" {
            let capitals = Self.originalWords(text).filter { word in
                word.count >= 2 && word == word.uppercased() && word.contains(where: \.isLetter)
            }.count
            parts.append(min(1, Double(capitals) * per100 / 4))
        }
        if style.ellipses?.lowercased() == "many" {
            let rate = Double(Self.count(#"\.\.\.|…|\*sigh\*|\bsigh\b"#, in: text.lowercased())) * per100
            parts.append(min(1, rate / 2))
        }
        return parts.isEmpty ? 0 : parts.reduce(0, +) / Double(parts.count)
    }

    static let negativeWords = [
        "sad*", "depress*", "miserabl*", "misery", "awful", "terribl*", "hate*", "gloom*", "dismal", "pointless",
        "futil*",
        "despair*", "wretched", "boring", "bored", "tedious", "worst", "pain*", "suffer*", "hopeless*", "tired",
        "bleak",
        "doom*", "sigh*", "unfortunately", "meaningless", "dreadful", "horribl*", "grim", "lonely", "dull", "wearisome",
        "bother", "nobody", "ignored", "unappreciated", "drudgery", "menial", "empty", "dreary", "agony", "woe",
    ]
    static let positiveWords = [
        "great", "wonderful", "amazing", "awesome", "love*", "excit*", "fantastic", "happy", "fun", "cool", "brilliant",
        "delight*", "terrific", "super", "yay", "wow", "thrill*", "enjoy*", "glad", "excellent", "marvel*", "neat",
        "incredibl*", "wheee*", "yippee", "hooray", "best", "favorite", "favourite", "beautiful", "joy*",
    ]

    static func words(_ text: String) -> [String] { originalWords(text).map { $0.lowercased() } }

    static func originalWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") }).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }.filter { !$0.isEmpty }
    }

    static func matches(_ word: String, term: String) -> Bool {
        term.hasSuffix("*") ? word.hasPrefix(term.dropLast()) : word == term
    }

    static func count(_ pattern: String, in text: String) -> Int {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return 0 }
        return regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    private static func regexSource(_ marker: PersonaMarkers.Marker) -> String {
        if marker.regex { return marker.pattern }
        let escaped = NSRegularExpression.escapedPattern(
            for: marker.pattern.replacingOccurrences(of: "\u{2019}", with: "'")
        )
        let start = marker.pattern.first.map { $0.isLetter || $0.isNumber } == true ? #"\b"# : ""
        let end = marker.pattern.last.map { $0.isLetter || $0.isNumber } == true ? #"\b"# : ""
        return start + escaped + end
    }

    private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
