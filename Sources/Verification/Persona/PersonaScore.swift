/// How strongly a response shows a persona, part by part.
public struct PersonaScore: Sendable, Hashable, Codable {
    /// The score, from 0 to 1: what `persona_score` stores.
    public var total: Double
    /// Signature phrases, from 0 to 1.
    public var signatures: Double
    /// Lexicon density, from 0 to 1.
    public var lexicon: Double
    /// Style features, from 0 to 1.
    public var style: Double
    /// Anti-marker penalty, from 0 (none) to 1.
    public var penalty: Double
    /// The signature phrases and lexicon words found.
    public var hits: [String]
}
