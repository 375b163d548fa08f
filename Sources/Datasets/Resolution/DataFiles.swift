internal import Foundation

/// Which files hold which split of a dataset, resolved the way `datasets.load_dataset` does.
///
/// From the dataset card's `configs` when it has them (the default config; `data_files` as a string, a
/// list, a list of `{split, path}` or a split → pattern map; `data_dir` as prefix), else from the standard
/// file-name patterns (`data/{split}-00000-of-00001.parquet`, then one split per file stem). Patterns are
/// fsspec globs over the repository's file list: `*` stays inside one path segment, `**` crosses them.
/// Hidden files, `__` folders and metadata files are ignored; matches are sorted, which is the read order.
struct DataFiles: Sendable, Equatable {
    /// Split name → repository-relative file paths, sorted.
    var splits: [String: [String]]
    /// The split names in the card's (or the file names') order.
    var order: [String]
    /// The config the splits came from, when the card had `configs`.
    var config: String?

    /// The files that belong to `split`, if the dataset has it.
    func files(for split: String) -> [String]? {
        splits[split]
    }

    /// File names `datasets` never treats as data.
    static let ignoredNames: Set<String> = [
        "README.md", "config.json", "dataset_info.json", "dataset_infos.json", "dataset_dict.json",
        "dummy_data.zip", ".gitattributes",
    ]

    /// Extensions read as data files.
    static let dataExtensions = [".parquet", ".jsonl", ".json", ".ndjson"]

    /// Resolves the splits from `card` (the parsed YAML header, may be `nil`) over `paths`.
    static func resolve(card: RowValue?, paths: [String]) -> DataFiles {
        let visible = paths.filter(isVisible).sorted()
        if let configs = card?["configs"]?.list, let config = defaultConfig(configs) {
            return fromConfig(config, paths: visible)
        }
        return fromFileNames(visible.filter(isDataFile))
    }

    // MARK: - Card configs

    private static func defaultConfig(_ configs: [RowValue]) -> RowValue? {
        configs.first { $0["default"] == .bool(true) }
            ?? configs.first { $0["config_name"]?.string == "default" }
            ?? configs.first
    }

    private static func fromConfig(_ config: RowValue, paths: [String]) -> DataFiles {
        let dataDir = config["data_dir"]?.string.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        var patterns: [(split: String, patterns: [String])] = []
        let dataFiles = config["data_files"] ?? .string("**")
        switch dataFiles {
        case .string(let pattern):
            patterns.append(("train", [pattern]))
        case .list(let items):
            if items.allSatisfy({ $0.string != nil }) {
                patterns.append(("train", items.compactMap(\.string)))
            } else {
                for item in items {
                    guard let split = item["split"]?.string else { continue }
                    patterns.append((split, stringList(item["path"])))
                }
            }
        case .object(let members):
            for split in members.keys.sorted() { patterns.append((split, stringList(members[split]))) }
        default:
            break
        }
        var splits: [String: [String]] = [:]
        var order: [String] = []
        for (split, globs) in patterns {
            var matched = Set<String>()
            for glob in globs {
                let matcher = GlobPattern(dataDir + glob)
                for path in paths where matcher.matches(path) { matched.insert(path) }
            }
            if splits[split] == nil { order.append(split) }
            splits[split, default: []] += matched.sorted()
        }
        for split in order { splits[split] = Array(Set(splits[split] ?? [])).sorted() }
        return DataFiles(splits: splits, order: order, config: config["config_name"]?.string ?? "default")
    }

    private static func stringList(_ value: RowValue?) -> [String] {
        if let text = value?.string { return [text] }
        return value?.list?.compactMap(\.string) ?? []
    }

    // MARK: - File-name patterns

    private static func fromFileNames(_ paths: [String]) -> DataFiles {
        var splits: [String: [String]] = [:]
        var order: [String] = []
        func add(_ split: String, _ path: String) {
            if splits[split] == nil { order.append(split) }
            splits[split, default: []].append(path)
        }
        // `data/{split}-00000-of-00003.parquet` (what `push_to_hub` writes), also at the root.
        let sharded = paths.compactMap { path -> (String, String)? in
            guard let split = shardedSplit(path) else { return nil }
            return (split, path)
        }
        if !sharded.isEmpty {
            for (split, path) in sharded { add(split, path) }
        } else {
            // One split per file stem: `math.jsonl`, `code-part2.parquet`, `tool_calling/x.parquet`.
            for path in paths { add(stemSplit(path), path) }
        }
        return DataFiles(splits: splits.mapValues { $0.sorted() }, order: order, config: nil)
    }

    private static func shardedSplit(_ path: String) -> String? {
        let components = path.split(separator: "/")
        guard components.count == 1 || (components.count == 2 && components[0] == "data") else { return nil }
        let name = components[components.count - 1]
        guard let range = name.range(of: #"-[0-9]{5}-of-[0-9]{5}"#, options: .regularExpression) else { return nil }
        let split = String(name[..<range.lowerBound])
        return split.isEmpty ? nil : split
    }

    private static func stemSplit(_ path: String) -> String {
        let components = path.split(separator: "/")
        if components.count >= 2, components[components.count - 2] != "data" {
            return String(components[components.count - 2])
        }
        let name = components.last.map(String.init) ?? path
        var stem = String(name.prefix { $0 != "." })
        if let range = stem.range(of: #"[-_][0-9]+(-of-[0-9]+)?$"#, options: .regularExpression) {
            stem.removeSubrange(range)
        }
        return stem.isEmpty ? "train" : stem
    }

    static func isVisible(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let name = components.last, !ignoredNames.contains(String(name)) else { return false }
        return !components.contains { $0.hasPrefix(".") || $0.hasPrefix("__") }
    }

    static func isDataFile(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return dataExtensions.contains { lowered.hasSuffix($0) }
    }
}
