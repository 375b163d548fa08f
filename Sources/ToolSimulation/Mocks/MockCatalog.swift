/// Every dynamic mock family, in matching order (on a tie the earlier family wins).
public enum MockCatalog {
    /// All families.
    public static let all: [MockFamily] =
        computed + weatherAndPlaces + travel + information + media + finance + time + communication + commerce
        + developer + personal

    /// The family named `name`, if any.
    public static func family(named name: String) -> MockFamily? { all.first { $0.name == name } }

    /// The best-matching family for `tool` and its confidence, or `nil` when no family matches at all.
    public static func bestMatch(
        for tool: SimulatedTool,
        among families: [MockFamily] = all
    )
        -> (family: MockFamily, confidence: Double)?
    {
        var best: (family: MockFamily, score: Double)?
        for family in families {
            let score = family.score(for: tool)
            if score > (best?.score ?? 0) { best = (family, score) }
        }
        return best.map { ($0.family, min(1, $0.score)) }
    }
}
