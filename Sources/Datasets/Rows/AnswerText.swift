internal import Foundation

/// Text helpers for dataset answers: reasoning traces, `\boxed{}` answers and fenced code.
enum AnswerText {
    /// The text without a leading `<think>…</think>` reasoning trace (the Nemotron convention).
    ///
    /// An unclosed `<think>` leaves nothing of the answer, so the result is empty then.
    static func strippingThink(_ text: String) -> String {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("<think>") else { return text.trimmingWhitespace() }
        guard let end = trimmed.range(of: "</think>") else { return "" }
        return String(trimmed[end.upperBound...]).trimmingWhitespace()
    }

    /// The content of the last `\boxed{…}` (or `\fbox{…}`) with balanced braces, trimmed; `nil` if none.
    static func lastBoxed(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var best: String?
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\\" else {
                index += 1
                continue
            }
            var nameEnd = index + 1
            while nameEnd < scalars.count, scalars[nameEnd].properties.isAlphabetic { nameEnd += 1 }
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<nameEnd]))
            guard name == "boxed" || name == "fbox" else {
                index = max(nameEnd, index + 1)
                continue
            }
            var open = nameEnd
            while open < scalars.count, scalars[open] == " " { open += 1 }
            guard open < scalars.count, scalars[open] == "{" else {
                index = nameEnd
                continue
            }
            var depth = 0
            var close = open
            while close < scalars.count {
                if scalars[close] == "\\" {
                    close += 2
                    continue
                }
                if scalars[close] == "{" { depth += 1 }
                if scalars[close] == "}" {
                    depth -= 1
                    if depth == 0 { break }
                }
                close += 1
            }
            guard close < scalars.count else { break }
            best = String(String.UnicodeScalarView(scalars[(open + 1)..<close])).trimmingWhitespace()
            index = close + 1
        }
        return best
    }

    /// A fenced code block: its language tag (lowercased, may be empty) and its code.
    struct CodeBlock: Equatable {
        var language: String
        var code: String
    }

    /// Every ```-fenced block in order.
    static func codeBlocks(_ text: String) -> [CodeBlock] {
        var blocks: [CodeBlock] = []
        var current: (language: String, lines: [Substring])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let stripped = line.drop { $0 == " " || $0 == "\t" }
            if stripped.hasPrefix("```") {
                if let open = current {
                    blocks.append(CodeBlock(language: open.language, code: open.lines.joined(separator: "\n") + "\n"))
                    current = nil
                } else {
                    let tag = stripped.dropFirst(3).trimmingWhitespace().lowercased()
                    current = (String(tag.split(separator: " ").first ?? ""), [])
                }
            } else if current != nil {
                current?.lines.append(line)
            }
        }
        return blocks
    }

    /// Languages whose fenced blocks count as a program (not output samples or shell transcripts).
    static let programLanguages: Set<String> = [
        "python", "py", "python3", "cpp", "c++", "c", "java", "javascript", "js", "rust", "go", "kotlin", "swift",
    ]

    /// The reference program of a code answer: the last block tagged with a programming language, else the
    /// last untagged block; `nil` when the answer has no code.
    static func referenceProgram(_ text: String) -> CodeBlock? {
        let blocks = codeBlocks(text)
        return blocks.last { programLanguages.contains($0.language) } ?? blocks.last { $0.language.isEmpty }
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
