internal import Foundation

/// An fsspec-style glob over repository paths: `*` and `?` stay inside one segment, `**` crosses `/`,
/// `[…]` is a character class; a pattern without wildcards matches itself only.
struct GlobPattern: Sendable {
    /// The pattern as written.
    let pattern: String
    private let regex: NSRegularExpression?

    /// Compiles `pattern` (a leading `./` or `/` is ignored).
    init(_ pattern: String) {
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.hasPrefix("/") { text.removeFirst() }
        self.pattern = text
        regex = try? NSRegularExpression(pattern: "^" + Self.regexSource(text) + "$")
    }

    /// Whether `path` (repository-relative, `/`-separated) matches.
    func matches(_ path: String) -> Bool {
        guard let regex else { return path == pattern }
        let range = NSRange(path.startIndex..., in: path)
        return regex.firstMatch(in: path, range: range) != nil
    }

    private static func regexSource(_ glob: String) -> String {
        var out = ""
        let characters = Array(glob)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "*":
                if index + 1 < characters.count, characters[index + 1] == "*" {
                    // `**/` also matches no folder at all.
                    if index + 2 < characters.count, characters[index + 2] == "/" {
                        out += "(?:.*/)?"
                        index += 3
                    } else {
                        out += ".*"
                        index += 2
                    }
                    continue
                }
                out += "[^/]*"
            case "?":
                out += "[^/]"
            case "[":
                if let close = characters[(index + 1)...].firstIndex(of: "]") {
                    var body = String(characters[(index + 1)..<close])
                    if body.hasPrefix("!") { body = "^" + body.dropFirst() }
                    out += "[" + body.replacingOccurrences(of: "\\", with: "\\\\") + "]"
                    index = close + 1
                    continue
                }
                out += "\\["
            default:
                out += NSRegularExpression.escapedPattern(for: String(character))
            }
            index += 1
        }
        return out
    }
}
