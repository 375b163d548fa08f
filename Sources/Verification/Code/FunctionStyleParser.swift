import Foundation

/// Recognises function-style problems and reads their example calls.
enum FunctionStyleParser {
    /// `.function` when the statement or reference defines `class Solution`, a `>>>` doctest, or a `def`
    /// signature without reading standard input; `.standardIO` otherwise.
    static func style(statement: String, reference: CandidateProgram?) -> ProblemStyle {
        let referenceSource = reference?.language == .python ? reference?.source ?? "" : ""
        let readsInput = ["input(", "sys.stdin", "stdin.read", "open(0"].contains { referenceSource.contains($0) }
        if statement.contains("class Solution") || referenceSource.contains("class Solution") {
            if !readsInput || statement.contains("class Solution"),
                let method = firstMatch(
                    #"class Solution\b[^\n]*:\s*(?:\n[ \t]*(?:#.*|@.*)?)*\n[ \t]+def\s+([A-Za-z_]\w*)\s*\(\s*self"#,
                    in: statement
                )
                    ?? firstMatch(#"class Solution\b[\s\S]*?def\s+([A-Za-z_]\w*)\s*\(\s*self"#, in: statement)
                    ?? firstMatch(#"class Solution\b[\s\S]*?def\s+([A-Za-z_]\w*)\s*\(\s*self"#, in: referenceSource),
                !method.hasPrefix("__")
            {
                return .function(name: method, className: "Solution")
            }
        }
        if let name = firstMatch(#"(?m)^\s*>>>\s*([A-Za-z_]\w*)\s*\("#, in: statement) {
            return .function(name: name, className: nil)
        }
        guard !readsInput, !mentionsStandardInput(statement) else { return .standardIO }
        if let name = firstMatch(#"(?m)^\s*def\s+([A-Za-z_]\w*)\s*\("#, in: statement)
            ?? firstMatch(#"(?i)(?:function|method)\s+`([A-Za-z_]\w*)\s*\("#, in: statement)
            ?? firstMatch(#"(?i)(?:function|method)\s+(?:called|named)\s+`?([A-Za-z_]\w*)"#, in: statement)
        {
            return .function(name: name, className: nil)
        }
        if !referenceSource.isEmpty,
            let name = firstMatch(#"(?m)^def\s+([A-Za-z_]\w*)\s*\("#, in: referenceSource),
            statement.contains(name + "(")
                || statement.range(of: #"(?m)^\s*Input:\s*\w+\s*="#, options: .regularExpression) != nil
        {
            return .function(name: name, className: nil)
        }
        return .standardIO
    }

    /// The example calls of a function-style statement: doctests, `Input: a = 1, b = 2` / `Output: 3`
    /// pairs, and `f(1, 2) == 3` / `f(1, 2) -> 3` / `f(1, 2) returns 3` lines.
    static func tests(in statement: String, functionName: String) -> [DerivedTest] {
        var tests: [DerivedTest] = []
        let lines = statement.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line.hasPrefix(">>>") {
                let call = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
                var expected: [String] = []
                var next = index + 1
                while next < lines.count {
                    let text = lines[next].trimmingCharacters(in: .whitespaces)
                    if text.isEmpty || text.hasPrefix(">>>") || text.hasPrefix("```") { break }
                    expected.append(text)
                    next += 1
                }
                if let arguments = arguments(ofCall: call, name: functionName), !expected.isEmpty {
                    tests.append(
                        DerivedTest(
                            input: arguments,
                            expectedOutput: expected.joined(separator: "\n"),
                            origin: .doctest
                        )
                    )
                }
                index = next
                continue
            }
            if let input = labelled("input", line) {
                var next = index + 1
                while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
                if next < lines.count, let output = labelled("output", lines[next].trimmingCharacters(in: .whitespaces))
                {
                    tests.append(
                        DerivedTest(input: keywordArguments(input), expectedOutput: output, origin: .functionExample)
                    )
                    index = next + 1
                    continue
                }
            }
            if let call = inlineCall(line, name: functionName) {
                tests.append(DerivedTest(input: call.0, expectedOutput: call.1, origin: .functionExample))
            }
            index += 1
        }
        var seen = Set<String>()
        return tests.filter { seen.insert($0.input).inserted }
    }

    private static func mentionsStandardInput(_ statement: String) -> Bool {
        let text = statement.lowercased()
        return ["standard input", "stdin", "input format", "-----input-----", "sample input"].contains {
            text.contains($0)
        }
    }

    private static func labelled(_ label: String, _ line: String) -> String? {
        let pattern = #"^\**\s*"# + label + #"\s*\**\s*:\s*\**\s*(\S.*)$"#
        return firstMatch(pattern, in: line, options: [.caseInsensitive])?.trimmingCharacters(in: .whitespaces)
    }

    /// `name(args) == value`, `name(args) -> value`, `name(args) → value`, `name(args) returns value`.
    private static func inlineCall(_ line: String, name: String) -> (String, String)? {
        guard !line.contains("def ") else { return nil }
        guard let start = line.range(of: name + "(") else { return nil }
        let afterOpen = line[start.upperBound...]
        guard let close = matchingParenthesis(afterOpen) else { return nil }
        let arguments = String(afterOpen[..<close])
        let rest = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
        for separator in ["==", "->", "→", "=>", "returns", "should return", "# =>", "# ->"]
        where rest.hasPrefix(separator) {
            let value = rest.dropFirst(separator.count).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "`."))
            if !value.isEmpty { return (arguments, value) }
        }
        return nil
    }

    private static func arguments(ofCall call: String, name: String) -> String? {
        guard let start = call.range(of: name + "(") else { return nil }
        let afterOpen = call[start.upperBound...]
        guard let close = matchingParenthesis(afterOpen) else { return nil }
        return String(afterOpen[..<close])
    }

    private static func matchingParenthesis(_ text: Substring) -> String.Index? {
        var depth = 0
        var quote: Character?
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                if depth == 0 { return character == ")" ? index : nil }
                depth -= 1
            default: break
            }
        }
        return nil
    }

    /// `nums = [2,7], target = 9` → `nums=[2,7], target=9`; anything else unchanged (positional).
    static func keywordArguments(_ text: String) -> String {
        let parts = splitTopLevel(text)
        let pairs = parts.compactMap { part -> String? in
            guard let equals = part.firstIndex(of: "="),
                part[..<equals].trimmingCharacters(in: .whitespaces).allSatisfy({
                    $0.isLetter || $0.isNumber || $0 == "_"
                }),
                !part[..<equals].trimmingCharacters(in: .whitespaces).isEmpty
            else { return nil }
            let key = part[..<equals].trimmingCharacters(in: .whitespaces)
            let value = part[part.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            return "\(key)=\(value)"
        }
        return pairs.count == parts.count ? pairs.joined(separator: ", ") : text
    }

    private static func splitTopLevel(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                current.append(character)
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "," where depth == 0:
                parts.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(current) }
        return parts
    }

    private static func firstMatch(
        _ pattern: String,
        in text: String,
        options: NSRegularExpression.Options = []
    ) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }
}
