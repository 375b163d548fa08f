internal import Foundation
internal import Yams

/// The YAML header of a dataset card (`README.md` between the leading `---` lines).
enum DatasetCard {
    /// The parsed header, or `nil` when the text has none or it is not valid YAML.
    static func header(of text: String) -> RowValue? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        guard lines.first?.trimmingWhitespace() == "---" else { return nil }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { $0.trimmingWhitespace() == "---" }) else { return nil }
        let yaml = lines[..<end].joined(separator: "\n")
        guard let parsed = try? Yams.load(yaml: yaml) else { return nil }
        return RowValue(any: parsed)
    }
}
