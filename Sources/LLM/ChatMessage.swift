/// One turn of a conversation, in a provider-neutral form.
///
/// A tool call is an `assistant` turn carrying ``toolCalls``; a tool result is a turn with role
/// ``Role/tool`` whose ``toolCallID`` names the call it answers.
public struct ChatMessage: Sendable, Hashable, Codable {
    /// Who speaks a turn.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case system
        case user
        case assistant
        case tool
    }

    /// Who speaks.
    public var role: Role
    /// The text of the turn (for a tool turn: the tool's result).
    public var content: String
    /// Tool calls made by an assistant turn, in order.
    public var toolCalls: [ToolCall]
    /// For a tool turn: the id of the call it answers.
    public var toolCallID: String?
    /// For a tool turn: the name of the tool that answered.
    public var name: String?
    /// Provider-specific content that must be sent back verbatim in a later turn
    /// (Anthropic thinking blocks), as the provider's own JSON.
    public var opaqueContent: String?

    /// Creates a turn.
    public init(
        role: Role,
        content: String,
        toolCalls: [ToolCall] = [],
        toolCallID: String? = nil,
        name: String? = nil,
        opaqueContent: String? = nil
    ) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.name = name
        self.opaqueContent = opaqueContent
    }

    /// A system turn.
    public static func system(_ text: String) -> ChatMessage { ChatMessage(role: .system, content: text) }
    /// A user turn.
    public static func user(_ text: String) -> ChatMessage { ChatMessage(role: .user, content: text) }
    /// An assistant turn.
    public static func assistant(_ text: String, toolCalls: [ToolCall] = []) -> ChatMessage {
        ChatMessage(role: .assistant, content: text, toolCalls: toolCalls)
    }
    /// A tool-result turn answering the call `id`.
    public static func tool(id: String, name: String, result: String) -> ChatMessage {
        ChatMessage(role: .tool, content: result, toolCallID: id, name: name)
    }
}

/// A tool call made by the model.
public struct ToolCall: Sendable, Hashable, Codable {
    /// The provider's id for the call, echoed back in the tool-result turn.
    public var id: String
    /// The tool's name.
    public var name: String
    /// The arguments as a JSON object text, exactly as the model produced them.
    public var arguments: String

    /// Creates a tool call.
    public init(id: String, name: String, arguments: String) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}

/// A tool the model may call: a name, a description and a JSON Schema for its parameters.
public struct ToolDefinition: Sendable, Hashable, Codable {
    /// The tool's name.
    public var name: String
    /// What the tool does.
    public var description: String
    /// JSON Schema (an object schema) of the tool's arguments.
    public var parameters: JSONValue

    /// Creates a tool definition.
    public init(name: String, description: String, parameters: JSONValue) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }
}
