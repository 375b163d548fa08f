public import Foundation
public import Logging

/// Loads a dataset's queries for an experiment: finds the dataset (Hub repo or local path), resolves each
/// split to its files, reads just enough rows, normalises them into ``Query`` values and selects
/// `maxQueries` of them deterministically.
///
/// ```swift
/// let loader = QueryLoader(environment: ProcessInfo.processInfo.environment)
/// let selection = try await loader.load(
///     dataset: "nvidia/Nemotron-Post-Training-Dataset-v2", splits: ["math", "code", "tool_calling"],
///     maxQueries: 30, seed: 0, streaming: true)
/// print(selection.summary)
/// ```
///
/// Selection: `maxQueries` is the total over `splits`, divided evenly (the remainder to the first splits);
/// `maxQueries` ≤ 0 takes every row. Each split reads its files in sorted order and each file's row groups
/// in order, or, when `seed` is not 0, both shuffled by `seed`; rows inside a row group keep their order.
/// The same arguments therefore select the same queries on every run and for every model.
public struct QueryLoader: Sendable {
    /// How to reach the Hub and where its cache lives.
    public var hub: HubConfiguration
    /// Where skipped rows and notices are logged.
    public var logger: Logger
    /// A split stops being read after this many rows in a row could not be normalised (v1's `code` rows
    /// all have blank prompts, for instance), with a notice, instead of streaming the whole split.
    public var consecutiveSkipLimit = 10_000

    /// A loader configured from environment variables (`HF_ENDPOINT`, `HF_TOKEN`, `HF_HOME`,
    /// `HF_HUB_CACHE`, `HF_HUB_OFFLINE`), read as `huggingface_hub` reads them.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger = Logger(label: "bon.datasets")
    ) {
        self.init(hub: HubConfiguration(environment: environment), logger: logger)
    }

    /// A loader with an explicit Hub configuration.
    public init(hub: HubConfiguration, logger: Logger = Logger(label: "bon.datasets")) {
        self.hub = hub
        self.logger = logger
    }

    /// Selects up to `maxQueries` queries from `splits` of `dataset`.
    ///
    /// - Parameters:
    ///   - dataset: a Hub repo id (`owner/name`, optionally `owner/name@revision`) or a local file or folder
    ///     path (absolute, `~`, or relative to the working directory).
    ///   - splits: split names (`math`, `code`, `tool_calling`); a split missing from a Hub dataset but present
    ///     in the same family's other release (`…-v2` → `…-v1`) is read there, with a notice.
    ///   - maxQueries: the total across `splits`; ≤ 0 means all rows.
    ///   - seed: 0 keeps the dataset's order; any other value shuffles files and row groups.
    ///   - streaming: read Hub files by HTTP range, a row group at a time, stopping once enough queries are
    ///     selected; `false` downloads whole files into the Hugging Face cache first.
    /// - Returns: the selected queries, the sources read, the skipped-row counts and notices.
    /// - Throws: ``DatasetError`` when the dataset, a split or a file cannot be found or read.
    public func load(
        dataset: String,
        splits: [String],
        maxQueries: Int,
        seed: Int = 0,
        streaming: Bool = true
    ) async throws(DatasetError) -> QuerySelection {
        let splits = splits.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !splits.isEmpty else { throw DatasetError(.invalidArgument, "no splits given for dataset \(dataset)") }
        let session = HubSession(configuration: hub, logger: logger)
        var notices: [String] = []
        let primary = try await locate(dataset, splits: splits, streaming: streaming, session: session)
        var locations: [String: any DatasetLocation] = [:]
        var files: [String: DataFiles] = [:]
        let primaryFiles = try await primary.dataFiles(requested: splits)
        for split in splits {
            if primaryFiles.files(for: split) != nil {
                locations[split] = primary
                files[split] = primaryFiles
                continue
            }
            guard let hubLocation = primary as? HubDataset,
                let sibling = try await hubLocation.siblingRelease(having: split)
            else {
                let available = primaryFiles.order.isEmpty ? "none" : primaryFiles.order.joined(separator: ", ")
                throw DatasetError(
                    .splitNotFound,
                    "dataset \(dataset) has no split '\(split)' (splits: \(available))"
                )
            }
            let notice =
                "split '\(split)' is not in \(primary.name); reading it from \(sibling.location.name), the same family's other release"
            notices.append(notice)
            logger.notice("\(notice)")
            locations[split] = sibling.location
            files[split] = sibling.files
        }
        let quotas = SeededOrder.quotas(total: maxQueries, count: splits.count)
        let counter = ByteCounter()
        var state = SelectionState()
        var sources: [SplitSource] = []
        for (split, quota) in zip(splits, quotas) {
            guard let location = locations[split], let splitFiles = files[split]?.files(for: split) else { continue }
            let before = state.queries.count
            let filesRead = try await select(
                split: split,
                quota: quota,
                files: splitFiles,
                location: location,
                seed: seed,
                counter: counter,
                state: &state
            )
            sources.append(
                SplitSource(
                    split: split,
                    dataset: location.name,
                    revision: location.revision,
                    files: splitFiles,
                    filesRead: filesRead,
                    selected: state.queries.count - before
                )
            )
        }
        notices += state.notices + session.notices
        let skipped = state.skipped.map { key, rows in
            SkippedRows(split: key.split, reason: key.reason, count: rows.count, first: rows.first)
        }
        .sorted { ($0.split, $0.reason) < ($1.split, $1.reason) }
        return QuerySelection(
            queries: state.queries,
            sources: sources,
            skipped: skipped,
            notices: notices,
            bytesRead: counter.value,
            bytesInFilesOpened: state.bytesInFiles
        )
    }

    private struct SkipKey: Hashable {
        var split: String
        var reason: String
    }

    private struct SelectionState {
        var queries: [Query] = []
        var ids = Set<String>()
        var skipped: [SkipKey: (count: Int, first: Query.Source)] = [:]
        var bytesInFiles: Int64 = 0
        var notices: [String] = []
    }

    private func locate(
        _ dataset: String,
        splits: [String],
        streaming: Bool,
        session: HubSession
    ) async throws(DatasetError) -> any DatasetLocation {
        if Self.looksLocal(dataset) {
            return try LocalDataset(path: dataset).requesting(splits.count)
        }
        let reference = try HubRepositoryReference(parsing: dataset)
        return try await HubDataset.open(reference, streaming: streaming, session: session)
    }

    /// Whether `dataset` names a local path rather than a Hub repo id.
    static func looksLocal(_ dataset: String) -> Bool {
        if dataset.hasPrefix("/") || dataset.hasPrefix("./") || dataset.hasPrefix("../") || dataset.hasPrefix("~") {
            return true
        }
        let expanded = (dataset as NSString).expandingTildeInPath
        let id = dataset.split(separator: "@", maxSplits: 1).first.map(String.init) ?? dataset
        return FileManager.default.fileExists(atPath: expanded) || id.split(separator: "/").count != 2
    }

    /// Reads `split`'s files until `quota` queries are selected; returns the files opened.
    private func select(
        split: String,
        quota: Int,
        files: [String],
        location: any DatasetLocation,
        seed: Int,
        counter: ByteCounter,
        state: inout SelectionState
    ) async throws(DatasetError) -> [String] {
        let normalizer = NemotronNormalizer()
        var selected = 0
        var skippedInARow = 0
        var opened: [String] = []
        guard quota > 0 else { return [] }
        for file in SeededOrder.shuffled(files, seed: seed, salt: split) {
            let handle = try await location.open(file, counter: counter)
            opened.append(file)
            state.bytesInFiles += handle.size
            let units = SeededOrder.shuffled(try await handle.reader.units(), seed: seed, salt: file)
            for unit in units {
                try await handle.reader.readRows(of: unit) { row throws(DatasetError) in
                    let source = Query.Source(dataset: location.name, file: file, row: row.index)
                    switch row.value {
                    case .failure(let skip):
                        skippedInARow += 1
                        record(skip, split: split, source: source, state: &state)
                    case .success(let columns):
                        if location.splitsByCategory, columns["category"]?.string != split { return true }
                        switch normalizer.normalize(columns, split: split, source: source) {
                        case .failure(let skip):
                            skippedInARow += 1
                            record(skip, split: split, source: source, state: &state)
                        case .success(let query):
                            guard state.ids.insert(query.id).inserted else {
                                skippedInARow += 1
                                record(.init(reason: "duplicate id"), split: split, source: source, state: &state)
                                return true
                            }
                            state.queries.append(query)
                            selected += 1
                            skippedInARow = 0
                        }
                    }
                    return selected < quota && skippedInARow < consecutiveSkipLimit
                }
                if selected >= quota { return opened }
                if skippedInARow >= consecutiveSkipLimit {
                    let notice =
                        "stopped reading split '\(split)' of \(location.name) after \(skippedInARow) rows in a row could not be used (see the skipped counts)"
                    state.notices.append(notice)
                    logger.notice("\(notice)")
                    return opened
                }
            }
        }
        return opened
    }

    private func record(
        _ skip: NemotronNormalizer.Skip,
        split: String,
        source: Query.Source,
        state: inout SelectionState
    ) {
        state.skipped[SkipKey(split: split, reason: skip.reason), default: (0, source)].count += 1
        logger.debug("skipped row \(source.row) of \(source.file) in \(source.dataset): \(skip.reason)")
    }
}
