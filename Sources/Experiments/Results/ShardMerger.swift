import Foundation
import Parquet

/// Merges the result files of a sharded run (`bon run --shard K/N`) into one file.
///
/// Refuses shards from different configs, a missing or repeated shard, and overlapping or missing rows;
/// the merged file has the rows in the unsharded run's order and the shards' combined cost.
public enum ShardMerger {
    /// What a merge produced.
    public struct Outcome: Sendable {
        /// Rows written.
        public var rows: Int
        /// Shards merged.
        public var shards: Int
        /// Combined cost.
        public var totalCostUSD: Double
    }

    /// Merges `inputs` into `output`.
    ///
    /// - Throws: ``RunError`` `.output` naming the shard and what is wrong.
    public static func merge(_ inputs: [String], into output: String) async throws(RunError) -> Outcome {
        guard !inputs.isEmpty else { throw RunError(.output, "name the shard files to merge") }
        var readers: [(path: String, reader: ParquetFileReader, metadata: [String: String])] = []
        for path in inputs {
            do {
                let reader = try await ParquetFileReader.open(path: path)
                readers.append((path, reader, reader.metadataDictionary))
            } catch {
                throw RunError(.output, "cannot read shard \(path): \(error)")
            }
        }
        let first = readers[0].metadata
        guard let hash = first["config_identity_sha256"], let shardText = first["shard"],
            let count = Int(shardText.split(separator: "/").last ?? ""), let planTotal = Int(first["plan_total"] ?? "")
        else {
            throw RunError(.output, "\(readers[0].path) is not a shard of a bon run (no shard metadata)")
        }
        var seenShards: [Int: String] = [:]
        var totalCost = 0.0
        for (path, _, metadata) in readers {
            guard metadata["config_identity_sha256"] == hash else {
                throw RunError(
                    .output,
                    "\(path) comes from a different config than \(readers[0].path); merge shards of one run"
                )
            }
            let parts = (metadata["shard"] ?? "").split(separator: "/").compactMap { Int($0) }
            guard parts.count == 2, parts[1] == count else {
                throw RunError(.output, "\(path) is shard \(metadata["shard"] ?? "?"), not one of \(count)")
            }
            if let other = seenShards[parts[0]] {
                throw RunError(.output, "shard \(parts[0])/\(count) given twice: \(other) and \(path)")
            }
            seenShards[parts[0]] = path
            totalCost += Double(metadata["total_cost_usd"] ?? "") ?? 0
        }
        let missing = (1...count).filter { seenShards[$0] == nil }
        guard missing.isEmpty else {
            throw RunError(.output, "missing shard(s) \(missing.map { "\($0)/\(count)" }.joined(separator: ", "))")
        }
        var rows: [(key: [UInt8], index: Int32, row: [ParquetValue])] = []
        for (path, reader, _) in readers {
            do {
                for group in 0..<reader.rowGroups.count {
                    let rowGroup = try await reader.readRowGroup(group)
                    for row in try rowGroup.rows() {
                        guard case .string(let id) = row[0], case .int32(let index) = row[2] else {
                            throw RunError(.output, "\(path) does not have the result file's columns")
                        }
                        rows.append((Array(id.utf8), index, row))
                    }
                }
            } catch let error as RunError {
                throw error
            } catch {
                throw RunError(.output, "cannot read shard \(path): \(error)")
            }
        }
        rows.sort { $0.key == $1.key ? $0.index < $1.index : $0.key.lexicographicallyPrecedes($1.key) }
        for position in rows.indices.dropFirst()
        where rows[position].key == rows[position - 1].key
            && rows[position].index == rows[position - 1].index
        {
            throw RunError(
                .output,
                "shards overlap: query \(String(decoding: rows[position].key, as: UTF8.self)) candidate "
                    + "\(rows[position].index) appears twice"
            )
        }
        guard rows.count == planTotal else {
            throw RunError(
                .output,
                "the shards hold \(rows.count) rows but the plan has \(planTotal); finish every shard "
                    + "(re-run it to resume) before merging"
            )
        }
        var metadata = first
        metadata.removeValue(forKey: "shard")
        metadata.removeValue(forKey: "planned_records")
        metadata["merged_from"] = inputs.joined(separator: ",")
        metadata["total_cost_usd"] = String(format: "%.6f", totalCost)
        metadata["generated_at"] = ISO8601DateFormatter().string(from: Date())
        do {
            try FileManager.default.createDirectory(
                atPath: (output as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            let writer = try ParquetWriter(path: output, schema: ResultFile.schema, metadata: metadata)
            for entry in rows { try writer.append(entry.row) }
            writer.metadata["total_records"] = String(rows.count)
            try writer.close()
        } catch {
            throw RunError(.output, "cannot write \(output): \(error)")
        }
        return Outcome(rows: rows.count, shards: count, totalCostUSD: totalCost)
    }
}
