import Foundation
import Testing

@testable import Datasets

@Suite struct NemotronNormalizerTests {
    private let source = Query.Source(dataset: "local", file: "f.parquet", row: 3)

    private func row(_ json: String) throws -> [String: RowValue] {
        try #require(try RowValue(json: Data(json.utf8)).object)
    }

    private func normalize(_ json: String, split: String) throws -> Result<Query, NemotronNormalizer.Skip> {
        NemotronNormalizer().normalize(try row(json), split: split, source: source)
    }

    @Test(
        "math reference is the last boxed answer of the final assistant turn",
        arguments: [
            (#"The roots are \\boxed{2, 3}."#, "2, 3"),
            (#"First \\boxed{81}, then \\boxed{64}."#, "64"),
            (#"So \\boxed{\\frac{\\sqrt{2}}{2}} it is"#, #"\frac{\sqrt{2}}{2}"#),
            (
                #"\\boxed{\\begin{pmatrix} 2 & 1 \\\\ 4 & 3 \\end{pmatrix}}"#,
                #"\begin{pmatrix} 2 & 1 \\ 4 & 3 \end{pmatrix}"#
            ),
            (#"<think>maybe \\boxed{7}</think>\n\nAnswer: \\fbox{8}"#, "8"),
            (#"\\boxed {10{,}000}"#, "10{,}000"),
        ]
    )
    func mathBoxed(answer: String, expected: String) throws {
        let json =
            #"{"uuid":"u1","messages":[{"role":"user","content":"Q?"},{"role":"assistant","content":"\#(answer)"}]}"#
        let query = try normalize(json, split: "math").get()
        #expect(query.groundTruth == expected)
        #expect(query.id == "u1")
        #expect(query.source == source)
    }

    @Test func systemPromptIsDroppedAndThinkStripped() throws {
        let json = #"""
            {"uuid":"u2","messages":[{"role":"system","content":"You are helpful."},{"role":"user","content":"What is 1+1?"},
             {"role":"assistant","content":"<think>\nadd\n</think>\n\nIt is \\boxed{2}."}],"metadata":""}
            """#
        let query = try normalize(json, split: "math").get()
        #expect(query.messages == [Query.Message(role: "user", content: "What is 1+1?")])
        #expect(query.referenceResponse == #"It is \boxed{2}."#)
        #expect(query.prompt == "What is 1+1?")
    }

    @Test(
        "rows that cannot be normalised are skipped with a reason",
        arguments: [
            (
                #"{"messages":[{"role":"user","content":"-"},{"role":"assistant","content":"x"}]}"#, "code",
                "empty prompt (blank upstream)"
            ),
            (
                #"{"messages":[{"role":"user","content":"Q"},{"role":"assistant","content":"no box"}]}"#, "math",
                "math answer has no \\boxed{}"
            ),
            (#"{"messages":[{"role":"assistant","content":"hi"}]}"#, "math", "no user turn"),
            (#"{"messages":[]}"#, "math", "no messages"),
            (#"{"text":"x"}"#, "chat", "no messages column"),
            (
                #"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"ok"}],"metadata":"{}"}"#,
                "tool_calling", "no tools in metadata"
            ),
        ]
    )
    func skips(json: String, split: String, reason: String) throws {
        #expect(try normalize(json, split: split) == .failure(.init(reason: reason)))
    }

    @Test func toolCallingReadsToolsFromMetadataAndKeepsTheCallsForDisplay() throws {
        let json = #"""
            {"uuid":"t1","messages":[
              {"role":"user","content":"Weather in Paris?","tool_calls":null},
              {"role":"assistant","content":"<think>call</think>","tool_calls":[{"id":"c1","type":"function","function":{"name":"get_weather","arguments":"{\"city\": \"Paris\"}"}}]},
              {"role":"tool","content":"{\"temp\": 18}","tool_calls":null},
              {"role":"assistant","content":"<think>done</think>\n\nIt is 18 °C.","tool_calls":null}],
             "metadata":"{\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"get_weather\", \"description\": \"Weather\", \"parameters\": {\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}}}}]}"}
            """#
        let query = try normalize(json, split: "tool_calling").get()
        #expect(query.messages == [Query.Message(role: "user", content: "Weather in Paris?")])
        let toolsJSON = try #require(query.toolsJSON)
        let tools = try #require(try RowValue(json: Data(toolsJSON.utf8)).list)
        #expect(tools.count == 1)
        #expect(tools[0]["name"] == .string("get_weather"))
        #expect(tools[0]["parameters"]?["properties"]?["city"]?["type"] == .string("string"))
        #expect(query.groundTruth == #"[{"arguments":{"city":"Paris"},"name":"get_weather"}]"#)
        #expect(query.referenceResponse == "It is 18 °C.")
    }

    @Test func codeKeepsTheLastProgramBlock() throws {
        let answer = #"<think>x</think>\n\nSample:\n```\n3\n```\nCode:\n```python\nprint(int(input()) * 2)\n```\n"#
        let json =
            #"{"uuid":"c1","messages":[{"role":"user","content":"Double n."},{"role":"assistant","content":"\#(answer)"}]}"#
        let query = try normalize(json, split: "code").get()
        #expect(query.referenceSolution == "print(int(input()) * 2)\n")
        #expect(query.groundTruth == nil)
    }

    @Test func llamaNemotronInputOutputRows() throws {
        let json = #"""
            {"input":[{"role":"user","content":"Compute 6*7."}],"output":"<think>x</think>\\boxed{42}",
             "system_prompt":"detailed thinking on","category":"math"}
            """#
        let query = try normalize(json, split: "math").get()
        #expect(query.groundTruth == "42")
        #expect(query.id.hasPrefix("sha256:"))
        #expect(query.id.count == 7 + 32)
        let again = try normalize(json, split: "math").get()
        #expect(again.id == query.id)
    }

    @Test func multiTurnPromptKeepsEarlierTurns() throws {
        let json = #"""
            {"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"<think>a</think>Hello"},
             {"role":"user","content":"2+2?"},{"role":"assistant","content":"\\boxed{4}"}]}
            """#
        let query = try normalize(json, split: "math").get()
        #expect(query.messages.map(\.role) == ["user", "assistant", "user"])
        #expect(query.messages[1].content == "Hello")
        #expect(query.groundTruth == "4")
    }
}
