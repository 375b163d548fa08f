/// The per-split instruction the Nemotron dataset card prescribes around its raw prompts.
///
/// The card says prompts are raw and should be wrapped: math asks for a `\boxed{}` answer, code for an
/// explanation followed by the complete program. Tool-calling prompts go as they are.
public enum PromptTemplate {
    /// The user turn sent for `prompt` of `split`.
    public static func wrap(_ prompt: String, split: String, structuredOutput: Bool) -> String {
        switch split {
        case "math":
            if structuredOutput {
                return "Solve the following math problem. Explain your reasoning in `reasoning` and put only the "
                    + "final answer in `final_answer`.\n\(prompt)"
            }
            return "Solve the following math problem. Explain your reasoning and put the final answer in \\boxed{}.\n"
                + prompt
        case "code":
            if structuredOutput {
                return "Write a solution for the following programming challenge. Explain your approach in `reasoning` "
                    + "and put only the complete program in `final_answer`.\n\(prompt)"
            }
            return "Write a solution for the following programming challenge. Provide a brief explanation of your "
                + "approach, followed by the complete code.\n\(prompt)"
        default:
            return prompt
        }
    }

    /// The JSON Schema of a structured reply: `{reasoning, final_answer}`.
    public static let structuredSchema: String = """
        {"type":"object","properties":{"reasoning":{"type":"string"},"final_answer":{"type":"string"}},\
        "required":["reasoning","final_answer"],"additionalProperties":false}
        """
}
