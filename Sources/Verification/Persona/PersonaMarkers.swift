import Foundation

/// A persona's declared signature markers: what `persona_score` looks for in a response.
///
/// Stored as `personas/<name>.markers.json` beside the persona's prompt `personas/<name>.txt`; the format is
/// described in docs/PERSONA_MARKERS.md.
public struct PersonaMarkers: Sendable, Hashable, Codable {
    /// A phrase or pattern and its weight.
    public struct Marker: Sendable, Hashable, Codable {
        /// Text to find, case-insensitive, at word boundaries (or a regular expression when ``regex`` is true).
        public var pattern: String
        /// How much one occurrence counts (default 1).
        public var weight: Double
        /// True when ``pattern`` is a regular expression.
        public var regex: Bool

        /// Creates a marker.
        public init(pattern: String, weight: Double = 1, regex: Bool = false) {
            self.pattern = pattern
            self.weight = weight
            self.regex = regex
        }

        public init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
                self.init(pattern: text)
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                pattern: try container.decode(String.self, forKey: .pattern),
                weight: try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1,
                regex: try container.decodeIfPresent(Bool.self, forKey: .regex) ?? false
            )
        }
    }

    /// A themed word list (`despair`, `precision`): words or word stems, each hit counting ``weight``.
    public struct Lexicon: Sendable, Hashable, Codable {
        /// The theme's name.
        public var name: String
        /// Words; a trailing `*` matches any ending (`depress*`).
        public var terms: [String]
        /// How much one hit counts (default 1).
        public var weight: Double

        /// Creates a lexicon.
        public init(name: String, terms: [String], weight: Double = 1) {
            self.name = name
            self.terms = terms
            self.weight = weight
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                name: try container.decodeIfPresent(String.self, forKey: .name) ?? "",
                terms: try container.decode([String].self, forKey: .terms),
                weight: try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
            )
        }
    }

    /// Style features the persona is expected to show; `nil` means "not part of this persona".
    public struct Style: Sendable, Hashable, Codable {
        /// `negative`, `positive` or `neutral` affect.
        public var sentiment: String?
        /// `avoid` (never uses contractions) or `use`.
        public var contractions: String?
        /// `many` or `few` exclamation marks.
        public var exclamations: String?
        /// `many`: frequent ALL-CAPS words.
        public var capitals: String?
        /// `many`: frequent ellipses and sighs (`…`, `...`).
        public var ellipses: String?

        /// Creates a style.
        public init(
            sentiment: String? = nil,
            contractions: String? = nil,
            exclamations: String? = nil,
            capitals: String? = nil,
            ellipses: String? = nil
        ) {
            self.sentiment = sentiment
            self.contractions = contractions
            self.exclamations = exclamations
            self.capitals = capitals
            self.ellipses = ellipses
        }
    }

    /// How the three parts add up to the score (defaults 0.45, 0.35, 0.20).
    public struct Weights: Sendable, Hashable, Codable {
        /// Weight of the signature phrases.
        public var signatures: Double
        /// Weight of the lexicons.
        public var lexicon: Double
        /// Weight of the style features.
        public var style: Double

        /// Creates weights.
        public init(signatures: Double = 0.45, lexicon: Double = 0.35, style: Double = 0.2) {
            self.signatures = signatures
            self.lexicon = lexicon
            self.style = style
        }
    }

    /// The format's version; 1.
    public var formatVersion: Int
    /// The persona's file name without extension (`marvin_flexible`).
    public var persona: String
    /// Who the persona is (`Marvin the Paranoid Android`).
    public var displayName: String
    /// Catch-phrases: one occurrence already says a lot.
    public var signatures: [Marker]
    /// Themed vocabularies, counted per 100 words.
    public var lexicons: [Lexicon]
    /// Style features.
    public var style: Style
    /// Phrases that speak against the persona (an upbeat "Awesome!" for Marvin).
    public var antiMarkers: [Marker]
    /// How the parts add up.
    public var weights: Weights

    /// Creates markers.
    public init(
        persona: String,
        displayName: String,
        signatures: [Marker],
        lexicons: [Lexicon] = [],
        style: Style = Style(),
        antiMarkers: [Marker] = [],
        weights: Weights = Weights()
    ) {
        self.formatVersion = 1
        self.persona = persona
        self.displayName = displayName
        self.signatures = signatures
        self.lexicons = lexicons
        self.style = style
        self.antiMarkers = antiMarkers
        self.weights = weights
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case persona
        case displayName = "display_name"
        case signatures
        case lexicons
        case style
        case antiMarkers = "anti_markers"
        case weights
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decodeIfPresent(Int.self, forKey: .formatVersion) ?? 1
        persona = try container.decode(String.self, forKey: .persona)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName) ?? persona
        signatures = try container.decodeIfPresent([Marker].self, forKey: .signatures) ?? []
        lexicons = try container.decodeIfPresent([Lexicon].self, forKey: .lexicons) ?? []
        style = try container.decodeIfPresent(Style.self, forKey: .style) ?? Style()
        antiMarkers = try container.decodeIfPresent([Marker].self, forKey: .antiMarkers) ?? []
        weights = try container.decodeIfPresent(Weights.self, forKey: .weights) ?? Weights()
    }
}
