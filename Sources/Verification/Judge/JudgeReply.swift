import Foundation
import LLM

/// Reads a judge's structured reply `{verdict, confidence, explanation}`, tolerating fences and stray prose.
enum JudgeReply {
    /// The JSON object in a reply: the whole text, a fenced block, or the outermost `{…}`.
    static func extractJSON(_ text: String) -> JSONValue? {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let thinkEnd = body.range(of: "</think>") { body = String(body[thinkEnd.upperBound...]) }
        if let value = try? JSONValue(parsing: body), value.objectValue != nil { return value }
        if let start = body.firstIndex(of: "{"), let end = body.lastIndex(of: "}"), start < end,
            let value = try? JSONValue(parsing: String(body[start...end])), value.objectValue != nil
        {
            return value
        }
        return nil
    }

    /// A verdict word as the result file's verdict.
    static func verdict(_ value: JSONValue?) -> Verdict? {
        switch value {
        case .bool(let flag): return flag ? .correct : .incorrect
        case .string(let word):
            switch word.lowercased().trimmingCharacters(in: .whitespaces) {
            case "correct", "pass", "passed", "accept", "accepted", "yes", "true", "valid", "good": return .correct
            case "incorrect", "fail", "failed", "reject", "rejected", "no", "false", "invalid", "wrong", "bad":
                return .incorrect
            case "no_answer", "no answer", "none", "missing", "unanswered": return .noAnswer
            case "refused", "refusal": return .refused
            default: return nil
            }
        default: return nil
        }
    }

    /// A boolean, or its common spellings.
    static func bool(_ value: JSONValue) -> Bool? {
        switch value {
        case .bool(let flag): flag
        case .string(let text):
            ["true", "yes"].contains(text.lowercased())
                ? true : ["false", "no"].contains(text.lowercased()) ? false : nil
        case .number(let number): number != 0
        default: nil
        }
    }
}
