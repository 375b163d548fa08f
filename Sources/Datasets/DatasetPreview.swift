internal import Foundation

/// The text `bon datasets preview` prints: each query's source, prompt head, reference and tools, then a
/// summary line with what was skipped and how many bytes were read.
public enum DatasetPreview {
    /// Renders `selection`; prompts and references are cut to `width` characters per line.
    public static func render(_ selection: QuerySelection, width: Int = 100) -> String {
        var lines: [String] = []
        for (index, query) in selection.queries.enumerated() {
            lines.append("[\(index + 1)] \(query.split) · \(query.id) · \(query.source.file) row \(query.source.row)")
            lines.append("  prompt:    " + head(query.prompt, width))
            if query.messages.count > 1 { lines.append("  turns:     \(query.messages.count)") }
            if let truth = query.groundTruth { lines.append("  reference: " + head(truth, width)) }
            if let program = query.referenceSolution {
                let count = program.split(separator: "\n").count
                lines.append("  solution:  \(count) lines: " + head(program, width - 20))
            }
            if let tools = query.toolsJSON { lines.append("  tools:     " + toolNames(tools)) }
        }
        for source in selection.sources {
            let revision = source.revision.map { " @ " + String($0.prefix(12)) } ?? ""
            lines.append(
                "source: \(source.split) ← \(source.dataset)\(revision): \(source.filesRead.joined(separator: ", "))"
            )
        }
        for skipped in selection.skipped {
            lines.append("skipped: \(skipped.line)")
        }
        lines += selection.notices.map { "notice: " + $0 }
        lines.append(selection.summary)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func head(_ text: String, _ width: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
        return flat.count <= width ? flat : String(flat.prefix(max(width - 1, 1))) + "…"
    }

    private static func toolNames(_ json: String) -> String {
        guard let tools = (try? RowValue(json: Data(json.utf8)))?.list else { return json }
        return tools.compactMap { $0["name"]?.string }.joined(separator: ", ")
    }
}
