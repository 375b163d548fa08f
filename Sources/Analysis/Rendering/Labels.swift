/// Short, distinct labels for files shown side by side.
enum Labels {
    /// The shortest trailing path of each source that no other source shares (the file name when unique).
    static func short(_ sources: [String]) -> [String] {
        let parts = sources.map { $0.split(separator: "/").map(String.init) }
        let longest = parts.map(\.count).max() ?? 1
        for depth in 1...max(longest, 1) {
            let labels = parts.map { $0.suffix(depth).joined(separator: "/") }
            if Set(labels).count == labels.count {
                return labels
            }
        }
        return sources
    }
}
