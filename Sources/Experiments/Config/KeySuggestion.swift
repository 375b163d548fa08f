import Foundation

/// Finds the known name closest to a misspelt one, for "did you mean" hints.
enum KeySuggestion {
    /// The candidate nearest to `word` by edit distance, if it is near enough to be a plausible typo.
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased().replacingOccurrences(of: "-", with: "_")
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate)
            if best == nil || distance < best?.1 ?? .max { best = (candidate, distance) }
        }
        guard let (name, distance) = best else { return nil }
        let limit = max(2, min(lowered.count, name.count) / 3)
        if distance <= limit || name.hasPrefix(lowered) || lowered.hasPrefix(name) { return name }
        return nil
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
