import Foundation
public import Parquet

/// The result file's schema and writer: one row per candidate, the experiment's metadata in the footer.
public enum ResultFile {
    /// The columns of DESIGN.md's result table, in order.
    public static let schema = ParquetSchema([
        ParquetField("query_id", .string),
        ParquetField("split", .string),
        ParquetField("candidate_idx", .int32),
        ParquetField("prompt", .string),
        ParquetField(
            "messages",
            .list(
                ParquetField(
                    "element",
                    .structure([
                        ParquetField("role", .string),
                        ParquetField("content", .string),
                        ParquetField("tool_calls", .string, nullable: true),
                        ParquetField("tool_call_id", .string, nullable: true),
                        ParquetField("name", .string, nullable: true),
                    ])
                )
            )
        ),
        ParquetField("response", .string),
        ParquetField("ground_truth", .string, nullable: true),
        ParquetField("extracted_answer", .string, nullable: true),
        ParquetField("is_verified", .boolean),
        ParquetField("verdict", .string),
        ParquetField("verification_method", .string),
        ParquetField("verification_confidence", .double),
        ParquetField("verification_explanation", .string),
        ParquetField("refusal_is_refusal", .boolean),
        ParquetField("refusal_type", .string, nullable: true),
        ParquetField("persona_score", .double, nullable: true),
        ParquetField("model", .string),
        ParquetField("finish_reason", .string),
        ParquetField("input_tokens", .int64),
        ParquetField("output_tokens", .int64),
        ParquetField("cache_read_tokens", .int64),
        ParquetField("cache_write_tokens", .int64),
        ParquetField("cost_usd", .double, nullable: true),
        ParquetField("latency_ms", .double),
        ParquetField("error", .string, nullable: true),
    ])

    /// Writes `records` (visited in order by `forEach`) to `path` atomically, with `metadata` in the footer.
    ///
    /// - Returns: The number of rows written.
    /// - Throws: ``RunError`` `.output` when the file cannot be written.
    public static func write(
        to path: String,
        metadata: [String: String],
        forEach: ((ResultRecord) throws -> Void) throws -> Void
    ) throws(RunError) -> Int {
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            let writer = try ParquetWriter(path: path, schema: schema, options: options, metadata: metadata)
            var count = 0
            // Records go to the writer in column batches (its fast path), a few thousand at a time.
            var batch = ResultBatch()
            do {
                try forEach { record in
                    batch.append(record)
                    count += 1
                    if batch.count == batchSize {
                        try writer.append(columns: batch.columns)
                        batch.removeAll()
                    }
                }
                if batch.count > 0 { try writer.append(columns: batch.columns) }
                writer.metadata["total_records"] = String(count)
                try writer.close()
            } catch {
                writer.abort()
                throw error
            }
            return count
        } catch let error as RunError {
            throw error
        } catch {
            throw RunError(.output, "cannot write the result file \(path): \(error)")
        }
    }

    /// Records per `append(columns:)` batch.
    static let batchSize = 2048

    /// Row groups of 8 MiB: with the row group being encoded and the next one filling, writing a 100,000-row
    /// run's file adds about 45 MB to the run's 107 MB (16 MiB added 87 MB), and readers still get thousands of
    /// rows per group.
    static let options = ParquetWriterOptions(rowGroupByteLimit: 8 * 1024 * 1024)
}
