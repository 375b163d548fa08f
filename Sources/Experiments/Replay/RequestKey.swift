import Crypto
public import Foundation
public import LLM

/// A stable hash of everything that determines a model's answer, including the candidate index.
///
/// Used by the replay cassette and the response cache: two requests share a key only when the
/// provider, model, every sampling parameter, the full conversation, the tools and the candidate index
/// agree, so N candidates never collapse into one answer.
public enum RequestKey {
    /// The hex SHA-256 key of `request` sent to `provider`.
    public static func make(_ request: ChatRequest, provider: String) -> String {
        var fields: [String: JSONValue] = [
            "provider": .string(provider),
            "model": .string(request.model),
            "max_tokens": .number(Double(request.maxTokens)),
            "candidate": .number(Double(request.candidateIndex)),
            "messages": .array(request.messages.map(encode)),
            "stop": .array(request.stop.map(JSONValue.string)),
            "tools": .array(
                request.tools.map { tool in
                    .object([
                        "name": .string(tool.name), "description": .string(tool.description),
                        "parameters": tool.parameters,
                    ])
                }
            ),
        ]
        if let system = request.system { fields["system"] = .string(system) }
        if let temperature = request.temperature { fields["temperature"] = .number(temperature) }
        if let seed = request.seed { fields["seed"] = .number(Double(seed)) }
        if let schema = request.responseSchema { fields["schema"] = schema }
        return sha256Hex(JSONValue.object(fields).jsonBytes())
    }

    /// Hex SHA-256 of a string's UTF-8 bytes.
    public static func sha256Hex(_ text: String) -> String {
        sha256Hex(Array(text.utf8))
    }

    /// Hex SHA-256 of bytes.
    public static func sha256Hex(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Hex SHA-256 of bytes.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: SHA256.byteCount * 2) { buffer in
            var index = 0
            for byte in digest {
                buffer[index] = digits[Int(byte >> 4)]
                buffer[index + 1] = digits[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }

    private static func encode(_ message: ChatMessage) -> JSONValue {
        var object: [String: JSONValue] = ["role": .string(message.role.rawValue), "content": .string(message.content)]
        if !message.toolCalls.isEmpty {
            object["tool_calls"] = .array(
                message.toolCalls.map { call in
                    .object(["id": .string(call.id), "name": .string(call.name), "arguments": .string(call.arguments)])
                }
            )
        }
        if let id = message.toolCallID { object["tool_call_id"] = .string(id) }
        return .object(object)
    }
}
