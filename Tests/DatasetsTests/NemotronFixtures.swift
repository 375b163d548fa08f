import Foundation

/// Nemotron-format rows for tests, as JSON Lines.
enum NemotronFixtures {
    static func mathLine(_ index: Int, uuid: String? = nil) -> String {
        let row: [String: Any] = [
            "uuid": uuid ?? "math-\(index)",
            "category": "math",
            "messages": [
                ["role": "user", "content": "What is \(index) + \(index)?", "tool_calls": NSNull()],
                [
                    "role": "assistant", "content": "<think>add</think>\n\nIt is \\boxed{\(2 * index)}.",
                    "tool_calls": NSNull(),
                ],
            ],
            "metadata": "{}",
        ]
        return json(row)
    }

    static func toolLine(_ index: Int) -> String {
        let tools =
            #"{"tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]}"#
        let row: [String: Any] = [
            "uuid": "tool-\(index)",
            "category": "tool_calling",
            "messages": [
                ["role": "user", "content": "Weather in city \(index)?"],
                [
                    "role": "assistant", "content": "<think>call</think>",
                    "tool_calls": [
                        [
                            "id": "c1", "type": "function",
                            "function": ["name": "get_weather", "arguments": "{\"city\": \"C\(index)\"}"],
                        ]
                    ],
                ],
                ["role": "tool", "content": "{\"temp\": \(index)}"],
                ["role": "assistant", "content": "It is \(index) degrees."],
            ],
            "metadata": tools,
        ]
        return json(row)
    }

    static func codeLine(_ index: Int) -> String {
        let row: [String: Any] = [
            "uuid": "code-\(index)",
            "category": "code",
            "messages": [
                [
                    "role": "user",
                    "content": index == 0 ? "-" : "Print \(index).\n\n-----Examples-----\nInput\n\nOutput\n\(index)",
                ],
                ["role": "assistant", "content": "```python\nprint(\(index))\n```"],
            ],
        ]
        return json(row)
    }

    static func lines(_ count: Int, _ make: (Int) -> String) -> String {
        (0..<count).map(make).joined(separator: "\n") + "\n"
    }

    static let v1Card = """
        ---
        configs:
        - config_name: default
          data_files:
          - {split: math, path: data/math-*}
          - {split: code, path: data/code-*}
          - {split: tool_calling, path: data/tool-*}
        ---
        # Test dataset
        """

    static let v2Card = """
        ---
        configs:
        - config_name: default
          data_files:
          - {split: math, path: data/math-*}
          - {split: code, path: data/code-*}
        ---
        # Test dataset v2
        """

    private static func json(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
