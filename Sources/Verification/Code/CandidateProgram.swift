import Foundation

/// A program read from a model's response or the dataset's reference answer.
public struct CandidateProgram: Sendable, Hashable, Codable {
    /// The program's language.
    public var language: ProgramLanguage
    /// The source code.
    public var source: String

    /// Creates a program.
    public init(language: ProgramLanguage, source: String) {
        self.language = language
        self.source = source
    }

    /// Reads the program out of a response: the last fenced block in a supported language, after any
    /// `<think>…</think>` reasoning; a response that is bare code is taken whole.
    ///
    /// - Parameter text: the response or reference answer.
    /// - Returns: the program, or `nil` when the text holds no runnable code.
    public static func extract(from text: String) -> CandidateProgram? {
        let answer = stripReasoning(text)
        let blocks = fencedBlocks(in: answer)
        if let tagged = blocks.last(where: { $0.tag.map { ProgramLanguage(fenceTag: $0) != nil } ?? false }),
            let tag = tagged.tag, let language = ProgramLanguage(fenceTag: tag)
        {
            return CandidateProgram(language: language, source: tagged.body)
        }
        if let untagged = blocks.last(where: { $0.tag == nil && looksLikeCode($0.body) }) {
            return CandidateProgram(language: guessLanguage(untagged.body), source: untagged.body)
        }
        if blocks.isEmpty && looksLikeCode(answer) {
            return CandidateProgram(language: guessLanguage(answer), source: answer)
        }
        return nil
    }

    /// The text after the last `</think>`, or the whole text when there is none.
    static func stripReasoning(_ text: String) -> String {
        guard let end = text.range(of: "</think>", options: .backwards) else { return text }
        return String(text[end.upperBound...])
    }

    private static func fencedBlocks(in text: String) -> [(tag: String?, body: String)] {
        var blocks: [(tag: String?, body: String)] = []
        var current: (tag: String?, lines: [Substring])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if let open = current {
                    blocks.append((open.tag, open.lines.joined(separator: "\n") + "\n"))
                    current = nil
                } else {
                    let tag = trimmed.dropFirst(3).split(separator: " ").first.map(String.init)
                    current = (tag.flatMap { $0.isEmpty ? nil : $0 }, [])
                }
            } else if current != nil {
                current?.lines.append(line)
            }
        }
        return blocks
    }

    private static func looksLikeCode(_ text: String) -> Bool {
        let markers = [
            "def ", "import ", "print(", "input(", "#include", "int main", "for ", "while ", "class ", "return ",
        ]
        return markers.contains { text.contains($0) }
    }

    private static func guessLanguage(_ text: String) -> ProgramLanguage {
        text.contains("#include") || text.contains("int main") || text.contains("std::") ? .cpp : .python
    }
}
