#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands shell-style file patterns (`experiments/*/results/*.parquet`) as the original tool did,
/// for patterns the shell left unexpanded (quoted, or from a script).
public enum FileGlob {
    /// The paths matching each pattern, in order; a pattern without wildcards is kept as is.
    ///
    /// - Throws: ``AnalysisError`` `noMatch` when a pattern with wildcards matches nothing.
    public static func expand(_ patterns: [String]) throws(AnalysisError) -> [String] {
        var paths: [String] = []
        for pattern in patterns {
            guard pattern.contains(where: { "*?[".contains($0) }) else {
                paths.append(pattern)
                continue
            }
            let matches = match(pattern)
            guard !matches.isEmpty else {
                throw AnalysisError(.noMatch, "\(pattern): no file matches this pattern")
            }
            paths += matches
        }
        return paths
    }

    private static func match(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            if let path = result.gl_pathv[index] {
                paths.append(String(cString: path))
            }
        }
        return paths.sorted()
    }
}
