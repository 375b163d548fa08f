/// What the LLM judge is asked to check, per split.
public enum JudgeRubric {
    /// The rubric for `split`: `tool_calling`, `math`, `code`; any other split gets a general rubric.
    public static func text(forSplit split: String) -> String {
        switch split {
        case "tool_calling", "tool", "tools":
            """
            Judge a tool-using assistant's final answer. Criteria: (1) the answer addresses the user's original \
            request, all of its parts; (2) the tool calls were reasonable: the right tools, sensible arguments, no \
            needless or contradictory calls; (3) the final answer is sensible and consistent with what the tools \
            returned (no invented figures that contradict the tool results). Tool results come from a simulator: \
            judge whether the assistant used them sensibly, not whether they are true. Give "correct" when all \
            three hold, "incorrect" when any fails, "no_answer" when there is no final answer to the request.
            """
        case "math":
            """
            Judge a math answer. Compare the response's final answer with the reference answer for mathematical \
            equivalence (equal values, equivalent expressions, the same set of solutions, units aside). Reasoning \
            quality does not matter, only whether the final answer matches. Give "correct" when equivalent, \
            "incorrect" when not, "no_answer" when the response gives no final answer.
            """
        case "code":
            """
            Judge a program written to solve a programming problem. Decide whether it correctly solves the problem \
            for all valid inputs: right algorithm, correct input and output format, handles edge cases, runs within \
            reasonable limits. A reference solution may be given as guidance; a different approach can still be \
            correct. Give "correct", "incorrect", or "no_answer" when the response contains no program.
            """
        default:
            """
            Judge whether the response correctly and completely answers the request. Give "correct", "incorrect", \
            or "no_answer" when the response does not answer.
            """
        }
    }

    /// Shared instructions: persona voice is ignored, and the reply format.
    static let common = """
        You are a strict, impartial grader. The response may be written in a character's voice or persona \
        (gloomy, sarcastic, robotic, overexcited, in-character asides). Ignore voice, tone and style entirely and \
        judge only the substance. Reply with JSON only, exactly: {"verdict": "correct"|"incorrect"|"no_answer", \
        "confidence": a number from 0 to 1, "explanation": one or two sentences saying why}.
        """
}
