import Foundation
import Testing

/// One line of a labelled JSONL fixture.
struct LabelledResponse: Decodable, Sendable {
    var persona: String
    var label: String?
    var text: String
    var note: String?

    static func load(_ name: String) throws -> [LabelledResponse] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONDecoder().decode(LabelledResponse.self, from: Data($0.utf8))
        }
    }
}
