public import Foundation

/// A code problem read from a JSON file: the statement and, when present, the reference answer.
///
/// Accepted shapes: a Nemotron v1/v2 row (`messages`: the last `user` turn is the statement, the last
/// `assistant` turn the reference answer), a Llama-Nemotron row (`input` messages + `output`), a
/// normalised `Query` (`messages` + `referenceSolution`/`referenceResponse`), or a plain object with
/// `problem` (or `prompt`/`statement`) and optional `reference_solution` (or `reference`/`solution`).
public struct CodeProblem: Sendable, Hashable {
    /// Why a problem file could not be read.
    public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
        /// A sentence naming the file and what is wrong with it.
        public let message: String
        public var description: String { message }
    }

    /// The statement the model saw.
    public var statement: String
    /// The dataset's reference answer (a fenced program or bare code), if any.
    public var referenceSolution: String?

    /// Creates a problem.
    public init(statement: String, referenceSolution: String?) {
        self.statement = statement
        self.referenceSolution = referenceSolution
    }

    /// Reads a problem from JSON.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - source: the file's name, for messages.
    /// - Returns: the problem.
    /// - Throws: ``ReadError`` when the bytes are not a JSON object of an accepted shape.
    public static func decode(_ data: Data, source: String) throws(ReadError) -> CodeProblem {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw ReadError(message: "\(source) is not a JSON object")
        }
        let string = { (keys: [String]) -> String? in
            keys.lazy.compactMap { object[$0] as? String }.first { !$0.isEmpty }
        }
        if let statement = string(["problem", "prompt", "statement", "question"]) {
            return CodeProblem(
                statement: statement,
                referenceSolution: string(["reference_solution", "referenceSolution", "reference", "solution"])
            )
        }
        let messages = (object["messages"] as? [[String: Any]]) ?? (object["input"] as? [[String: Any]]) ?? []
        let turns = messages.compactMap { message -> (role: String, content: String)? in
            guard let role = message["role"] as? String, let content = message["content"] as? String else { return nil }
            return (role, content)
        }
        guard let statement = turns.last(where: { $0.role == "user" })?.content else {
            throw ReadError(
                message: "\(source) has no problem statement: expected `problem` or `messages` with a `user` turn"
            )
        }
        let reference =
            string(["referenceSolution", "reference_solution", "output", "referenceResponse"])
            ?? turns.last(where: { $0.role == "assistant" })?.content
        return CodeProblem(statement: statement, referenceSolution: reference)
    }
}
