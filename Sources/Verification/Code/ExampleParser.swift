import Foundation

/// Reads the Input/Output examples of a standard-I/O problem statement.
enum ExampleParser {
    private enum Kind { case input, output }

    private struct Section {
        var kind: Kind
        var lines: [String]
    }

    // A line that is only a label: "Input", "Sample Input 1:", "Example Output", "SAMPLE INPUT #2".
    private static let label = try? NSRegularExpression(
        pattern:
            #"^\s*[-=#*_]*\s*(?:sample|example)?s?\s*(?:test)?\s*(input|output)s?\s*(?:(?:#|no\.?)?\s*\d+)?\s*:?\s*[-=#*_]*\s*$"#,
        options: [.caseInsensitive]
    )
    // A label followed by content on the same line: "Input: 3 4".
    private static let inlineLabel = try? NSRegularExpression(
        pattern: #"^\s*(?:sample\s+|example\s+)?(input|output)\s*(?:#?\d+)?\s*:\s*(\S.*)$"#,
        options: [.caseInsensitive]
    )
    // Lines that end a section: explanations, notes, constraints, example headers, format sections.
    private static let terminator = try? NSRegularExpression(
        pattern:
            #"^\s*[-=#*_]*\s*(explanation|note|notes|constraints?|hint|in the (first|second|third)|examples?\s*(#?\d+)?\s*:?\s*[-=#*_]*\s*$|samples?\s*(#?\d+)?\s*:?\s*$|(input|output)\s+(format|specification|description))"#,
        options: [.caseInsensitive]
    )

    /// The statement's examples, in order; an input without an output has no expected output.
    static func examples(in statement: String) -> [DerivedTest] {
        let sections = Self.sections(in: statement)
        var tests: [DerivedTest] = []
        var index = 0
        while index < sections.count {
            let section = sections[index]
            guard section.kind == .input else {
                index += 1
                continue
            }
            var expected: String?
            if index + 1 < sections.count, sections[index + 1].kind == .output {
                expected = sections[index + 1].lines.joined(separator: "\n") + "\n"
                index += 1
            }
            let input = section.lines.joined(separator: "\n") + "\n"
            if !tests.contains(where: { $0.input == input }) {
                tests.append(DerivedTest(input: input, expectedOutput: expected, origin: .statementExample))
            }
            index += 1
        }
        return tests
    }

    private static func sections(in statement: String) -> [Section] {
        let lines = statement.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var sections: [Section] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let kind = labelKind(line), !line.contains("---") {
                let (content, next) = readSection(lines, from: index + 1, kind: kind)
                if !content.isEmpty && !looksLikeProse(content) {
                    sections.append(Section(kind: kind, lines: content))
                }
                index = next
            } else if let inline = inlineLabel(line) {
                let kind = inline.0
                let (rest, next) = readSection(lines, from: index + 1, kind: kind, stopAtBlank: true)
                let content = [inline.1] + rest
                if !looksLikeProse(content) {
                    sections.append(Section(kind: kind, lines: content))
                }
                index = next
            } else {
                index += 1
            }
        }
        return sections
    }

    /// Reads a section's lines starting at `start`; returns them and the index of the next unread line.
    private static func readSection(
        _ lines: [String],
        from start: Int,
        kind: Kind,
        stopAtBlank: Bool = false
    ) -> ([String], Int) {
        var index = start
        while index < lines.count && lines[index].trimmingCharacters(in: .whitespaces).isEmpty && !stopAtBlank {
            index += 1
        }
        if index < lines.count && lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("```") {
            var content: [String] = []
            index += 1
            while index < lines.count && !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                content.append(lines[index])
                index += 1
            }
            return (dedent(content), index + 1)
        }
        var content: [String] = []
        while index < lines.count {
            let line = lines[index]
            let blank = line.trimmingCharacters(in: .whitespaces).isEmpty
            if labelKind(line) != nil || inlineLabel(line) != nil || isTerminator(line) { break }
            if blank && (kind == .output || stopAtBlank) && !content.isEmpty { break }
            if blank && kind == .input, let next = nextNonBlank(lines, after: index), isTerminator(lines[next]) {
                break
            }
            content.append(line)
            index += 1
        }
        while let last = content.last, last.trimmingCharacters(in: .whitespaces).isEmpty { content.removeLast() }
        return (dedent(content), index)
    }

    private static func nextNonBlank(_ lines: [String], after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count && lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
        return next < lines.count ? next : nil
    }

    private static func labelKind(_ line: String) -> Kind? {
        guard let label, line.count < 60 else { return nil }
        let range = NSRange(line.startIndex..., in: line)
        guard let match = label.firstMatch(in: line, range: range), let word = Range(match.range(at: 1), in: line)
        else { return nil }
        return line[word].lowercased() == "input" ? .input : .output
    }

    private static func inlineLabel(_ line: String) -> (Kind, String)? {
        guard let inlineLabel else { return nil }
        let range = NSRange(line.startIndex..., in: line)
        guard let match = inlineLabel.firstMatch(in: line, range: range),
            let word = Range(match.range(at: 1), in: line), let rest = Range(match.range(at: 2), in: line)
        else { return nil }
        let content = String(line[rest]).trimmingCharacters(in: .whitespaces)
        return (line[word].lowercased() == "input" ? .input : .output, content)
    }

    private static func isTerminator(_ line: String) -> Bool {
        guard let terminator else { return false }
        return terminator.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// Sentences, not data: several words with common English function words, or a full stop at the end.
    static func looksLikeProse(_ lines: [String]) -> Bool {
        let proseWords: Set<String> = [
            "the", "contains", "consists", "integer", "integers", "each", "line", "lines", "print", "output",
            "given", "number", "of", "is", "are", "should", "a", "an", "you", "single", "first", "test", "case",
        ]
        for line in lines {
            let words = line.lowercased().split(whereSeparator: { !$0.isLetter })
            let common = words.filter { proseWords.contains(String($0)) }.count
            if words.count >= 5 && common >= 3 { return true }
        }
        return false
    }

    private static func dedent(_ lines: [String]) -> [String] {
        let indents = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.prefix(while: { $0 == " " || $0 == "\t" }).count }
        let common = indents.min() ?? 0
        return lines.map { String($0.dropFirst(min(common, $0.count))) }
            .map { $0.replacingOccurrences(of: "\r", with: "") }
    }
}
