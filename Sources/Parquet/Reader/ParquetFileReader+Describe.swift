extension ParquetFileReader {
    /// A human-readable summary: columns with types, row groups with their column chunks, key/value metadata.
    public func describe() -> String {
        var lines: [String] = []
        lines.append("file: \(source.name) (\(fileSize) bytes)")
        lines.append(
            "rows: \(rowCount), row groups: \(rowGroups.count), format version: \(formatVersion), created by: \(createdBy ?? "-")"
        )
        lines.append("columns:")
        let width = schema.fields.map(\.name.count).max() ?? 0
        for field in schema.fields {
            let padding = String(repeating: " ", count: width - field.name.count)
            lines.append("  \(field.name)\(padding)  \(field.type)\(field.isNullable ? "" : " not null")")
        }
        lines.append("row groups:")
        for (index, group) in rowGroups.enumerated() {
            lines.append("  #\(index): \(group.rowCount) rows, \(group.totalByteSize) bytes uncompressed")
            let pathWidth = group.columns.map(\.path.count).max() ?? 0
            for chunk in group.columns {
                let padding = String(repeating: " ", count: pathWidth - chunk.path.count)
                var line = "    \(chunk.path)\(padding)  \(chunk.physicalType) \(chunk.compression?.name ?? "?")"
                line += " [\(chunk.encodings.joined(separator: ","))] \(chunk.valueCount) values"
                if let nulls = chunk.nullCount { line += ", \(nulls) nulls" }
                line += ", \(chunk.compressedSize)/\(chunk.uncompressedSize) bytes"
                lines.append(line)
            }
        }
        let pairs = keyValueMetadata
        lines.append("metadata:" + (pairs.isEmpty ? " (none)" : ""))
        for (key, value) in pairs {
            if key == "ARROW:schema" {
                lines.append("  \(key) = (serialized Arrow schema, \(value.utf8.count) bytes)")
            } else {
                let shown = value.count > 200 ? String(value.prefix(200)) + "… (\(value.utf8.count) bytes)" : value
                lines.append("  \(key) = \(shown.replacingNewlines())")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Streams rows as JSON Lines (one object per row, nested values as JSON), row group by row group.
    ///
    /// - Parameters:
    ///   - columns: Top-level columns to print, in order; `nil` prints all.
    ///   - limit: The most rows to print; `nil` prints all.
    ///   - emit: Receives each line (without the newline).
    /// - Throws: ``ParquetError`` for unknown columns or unreadable data.
    public func jsonLines(
        columns: [String]? = nil,
        limit: Int? = nil,
        _ emit: (String) -> Void
    ) async throws(ParquetError) {
        _ = try tree.rootIndices(columns)
        var remaining = limit ?? Int.max
        for index in rowGroups.indices where remaining > 0 {
            let group = try await readRowGroup(index, columns: columns)
            let values = try group.columns.map { (column: ParquetColumn) throws(ParquetError) in try column.values() }
            for row in 0..<min(group.rowCount, remaining) {
                var line = "{"
                for (position, column) in group.columns.enumerated() {
                    if position > 0 { line += "," }
                    ParquetValue.appendQuoted(column.name, to: &line)
                    line += ":"
                    values[position][row].appendJSON(to: &line)
                }
                line += "}"
                emit(line)
            }
            remaining -= min(group.rowCount, remaining)
        }
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        var result = ""
        for character in self { result += character == "\n" ? "\\n" : String(character) }
        return result
    }
}
