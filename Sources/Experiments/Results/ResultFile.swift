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
            let writer = try ParquetWriter(path: path, schema: schema, metadata: metadata)
            var count = 0
            do {
                try forEach { record in
                    try writer.append(row(record))
                    count += 1
                }
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

    /// One record as a row of ``schema``.
    static func row(_ record: ResultRecord) -> [ParquetValue] {
        func text(_ value: String?) -> ParquetValue { value.map(ParquetValue.string) ?? .null }
        let messages = record.messages.map { message -> ParquetValue in
            .object([
                ParquetMember("role", .string(message.role)),
                ParquetMember("content", .string(message.content)),
                ParquetMember("tool_calls", text(message.toolCalls)),
                ParquetMember("tool_call_id", text(message.toolCallID)),
                ParquetMember("name", text(message.name)),
            ])
        }
        return [
            .string(record.queryID),
            .string(record.split),
            .int32(Int32(clamping: record.candidateIndex)),
            .string(record.prompt),
            .list(messages),
            .string(record.response),
            text(record.groundTruth),
            text(record.extractedAnswer),
            .bool(record.isVerified),
            .string(record.verdict),
            .string(record.verificationMethod),
            .double(record.verificationConfidence),
            .string(record.verificationExplanation),
            .bool(record.refusalIsRefusal),
            text(record.refusalType),
            record.personaScore.map(ParquetValue.double) ?? .null,
            .string(record.model),
            .string(record.finishReason),
            .int64(Int64(record.inputTokens)),
            .int64(Int64(record.outputTokens)),
            .int64(Int64(record.cacheReadTokens)),
            .int64(Int64(record.cacheWriteTokens)),
            record.costUSD.map(ParquetValue.double) ?? .null,
            .double(record.latencyMs),
            text(record.error),
        ]
    }
}
