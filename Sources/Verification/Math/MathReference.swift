/// Reads the reference answer from a Nemotron math row.
///
/// The Nemotron math rows carry no answer column: the reference is the last `\boxed{…}` (or `\fbox{…}`,
/// or `\boxed 5`) of the dataset's own assistant message.
///
/// ```swift
/// let gold = MathReference.extract(fromSolution: "<think>…</think>\nSo \\boxed{2, 3}.")  // "2, 3"
/// ```
public enum MathReference {
    /// The content of the last box in a reference solution, or nil when it has none.
    ///
    /// - Parameter solution: the assistant message's full text, reasoning included.
    /// - Returns: the box content with balanced braces, trimmed; nil when there is no complete box.
    public static func extract(fromSolution solution: String) -> String? {
        let bytes = Array(solution.utf8)
        // Prefer the answer after the reasoning; fall back to a box inside it.
        if let close = lastIndex(of: Array("</think>".utf8), in: bytes),
            let box = MathBox.lastBox(in: bytes, range: (close + 8)..<bytes.count)
        {
            return box
        }
        return MathBox.lastBox(in: bytes, range: 0..<bytes.count)
    }

    /// The reference answer from a row's `structured_output.final_answer` when present, else from the solution.
    ///
    /// - Parameters:
    ///   - solution: the assistant message's text.
    ///   - structuredFinalAnswer: the `final_answer` field of the row's structured output, if any.
    /// - Returns: the structured answer (or its box) when present, else the solution's last box.
    public static func extract(fromSolution solution: String, structuredFinalAnswer: String?) -> String? {
        if let answer = structuredFinalAnswer?.trimmingASCIIWhitespace, !answer.isEmpty {
            return MathBox.lastBox(in: answer) ?? answer
        }
        return extract(fromSolution: solution)
    }

    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count, let first = needle.first else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
