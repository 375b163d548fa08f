/// The queries a config selects, in a stable order, with where they came from and what was skipped.
public struct QuerySelection: Sendable, Hashable, Codable {
    /// The selected queries: split by split in the order asked for, each split in selection order.
    public var queries: [Query]
    /// For each split, the dataset, revision and files actually read.
    public var sources: [SplitSource]
    /// Rows that could not be normalised, counted by split and reason.
    public var skipped: [SkippedRows]
    /// One-line notices for the user (a split read from another release, offline fallback, …).
    public var notices: [String]
    /// Bytes read from data files (over HTTP when streaming, from disk otherwise).
    public var bytesRead: Int64
    /// The total size of the data files that were opened.
    public var bytesInFilesOpened: Int64

    /// Creates a selection.
    public init(
        queries: [Query],
        sources: [SplitSource],
        skipped: [SkippedRows],
        notices: [String],
        bytesRead: Int64,
        bytesInFilesOpened: Int64
    ) {
        self.queries = queries
        self.sources = sources
        self.skipped = skipped
        self.notices = notices
        self.bytesRead = bytesRead
        self.bytesInFilesOpened = bytesInFilesOpened
    }

    /// One line such as `selected 100 queries (math 50, code 50); skipped 3 rows; read 1.2 MB of 410.0 MB`.
    public var summary: String {
        let perSplit = sources.map { "\($0.split) \($0.selected)" }.joined(separator: ", ")
        var text = "selected \(queries.count) queries (\(perSplit))"
        let skippedCount = skipped.reduce(0) { $0 + $1.count }
        if skippedCount > 0 { text += "; skipped \(skippedCount) rows" }
        text += "; read \(ByteCount.format(bytesRead)) of \(ByteCount.format(bytesInFilesOpened)) in the files opened"
        return text
    }
}

/// Where one split's queries came from.
public struct SplitSource: Sendable, Hashable, Codable {
    /// The split as asked for (`tool_calling`).
    public var split: String
    /// The dataset actually read: a Hub repo id or a local path (differs from the one asked for when the
    /// split was found in the same family's other release).
    public var dataset: String
    /// The commit read, for Hub datasets.
    public var revision: String?
    /// The files the split resolves to, repository-relative, sorted.
    public var files: [String]
    /// The files actually opened, in the order they were read.
    public var filesRead: [String]
    /// How many queries were selected from this split.
    public var selected: Int

    /// Creates a split source.
    public init(split: String, dataset: String, revision: String?, files: [String], filesRead: [String], selected: Int)
    {
        self.split = split
        self.dataset = dataset
        self.revision = revision
        self.files = files
        self.filesRead = filesRead
        self.selected = selected
    }
}

/// Rows of one split skipped for one reason.
public struct SkippedRows: Sendable, Hashable, Codable {
    /// The split.
    public var split: String
    /// Why the rows were skipped (`math answer has no \boxed{}`, `malformed JSON line`, …).
    public var reason: String
    /// How many rows.
    public var count: Int
    /// The first of them, so that a user can look at it.
    public var first: Query.Source?

    /// `3 math rows: malformed JSON line (first: data/math.jsonl, row 7 counting from 0)`.
    public var line: String {
        let location = first.map { " (first: \($0.file), row \($0.row) counting from 0)" } ?? ""
        return "\(count) \(split) row\(count == 1 ? "" : "s"): \(reason)\(location)"
    }

    /// Creates a count.
    public init(split: String, reason: String, count: Int, first: Query.Source? = nil) {
        self.split = split
        self.reason = reason
        self.first = first
        self.count = count
    }
}

/// Human-readable byte counts.
enum ByteCount {
    static func format(_ bytes: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        if unit == 0 { return "\(bytes) B" }
        let rounded = (value * 10).rounded() / 10
        return "\(rounded) \(units[unit])"
    }
}
