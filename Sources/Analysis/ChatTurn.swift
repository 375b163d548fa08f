/// One turn of a stored conversation (an element of the `messages` column).
///
/// `fields` keeps every other member of the stored struct (for example `tool_calls` or `tool_call_id`)
/// as JSON text, so that exports carry them through without knowing their shape.
public struct ChatTurn: Sendable, Hashable, Codable {
    /// `system`, `user`, `assistant` or `tool`.
    public var role: String
    /// The turn's text, if any.
    public var content: String?
    /// Other non-null members of the stored struct, by name, as JSON text.
    public var fields: [String: String]

    /// Creates a turn.
    public init(role: String, content: String?, fields: [String: String] = [:]) {
        self.role = role
        self.content = content
        self.fields = fields
    }
}
