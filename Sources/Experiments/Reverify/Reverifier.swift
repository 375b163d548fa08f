import Datasets
import Foundation
import LLM
import Parquet
import Verification

/// Re-runs today's verifiers on the candidates stored in a result file, without generating, and writes a
/// new result file with the same schema and metadata whose verdict columns are recomputed.
///
/// Math is re-verified from `ground_truth` and `response`; code against the reference solution of the
/// run's dataset (loaded from the config in the file's metadata); refusal detection and persona scoring
/// are local. Tool calling and low-confidence math/code need the LLM judge: without judge options those
/// verdicts are kept as stored and counted in ``ReverifyReport/kept``.
///
/// ```swift
/// var options = ReverifyOptions()
/// options.useJudge = true
/// let report = try await Reverifier(options: options).reverify("results/a.parquet", to: "results/a.v2.parquet")
/// print(report.changed, report.transitions)
/// ```
public struct Reverifier: Sendable {
    /// What the verifiers may use.
    public var options: ReverifyOptions

    /// Creates a re-verifier.
    public init(options: ReverifyOptions = ReverifyOptions()) {
        self.options = options
    }

    /// The verdict columns `bon reverify` rewrites; every other column is copied unchanged.
    public static let verdictColumns = [
        "extracted_answer", "is_verified", "verdict", "verification_method", "verification_confidence",
        "verification_explanation", "refusal_is_refusal", "refusal_type", "persona_score",
    ]

    /// Re-verifies `input` into `output`.
    ///
    /// - Returns: what changed and what was kept.
    /// - Throws: ``ReverifyError`` `.input` when `input` is missing, not Parquet or not a result file;
    ///   `.judge` when judge options were given but no judge can be made; `.output` when `output` cannot be
    ///   written.
    public func reverify(_ input: String, to output: String) async throws(ReverifyError) -> ReverifyReport {
        let reader = try await Self.open(input)
        let columns = try ResultColumns(schema: reader.schema, file: input)
        let metadata = reader.metadataDictionary
        let splits = try await Self.splits(in: reader, file: input)
        let context = try await ReverifyContext.make(metadata: metadata, splits: splits, options: options)
        var tally = ReverifyTally()
        tally.notices = context.notices
        let meter = CostMeter()
        let writer: ParquetWriter
        do {
            try FileManager.default.createDirectory(
                atPath: (output as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            writer = try ParquetWriter(path: output, schema: reader.schema, metadata: metadata)
        } catch {
            throw ReverifyError(.output, "cannot write \(output): \(error)")
        }
        for group in 0..<reader.rowGroups.count {
            let rows: [[ParquetValue]]
            do {
                rows = try await reader.readRowGroup(group).rows()
            } catch {
                writer.abort()
                throw ReverifyError(.input, "cannot read row group \(group) of \(input): \(error)")
            }
            let outcomes = await CostMeter.$current.withValue(meter) {
                await reverify(rows, columns: columns, context: context)
            }
            for outcome in outcomes {
                tally.add(outcome)
                do {
                    try writer.append(outcome.row)
                } catch {
                    writer.abort()
                    throw ReverifyError(.output, "cannot write \(output): \(error)")
                }
            }
        }
        // The judge's answers go to the shared cache behind the work; they are on disk before we return.
        ResponseCache.waitForQueuedWrites()
        var report = tally.report(input: input, output: output)
        if context.hasJudge { report.judgeCostUSD = meter.total }
        writer.metadata["reverified_at"] = ISO8601DateFormatter().string(from: Date())
        writer.metadata["reverified_by"] = "bon \(options.toolVersion)"
        writer.metadata["reverified_from"] = input
        writer.metadata["reverified_changed"] = String(report.changed)
        writer.metadata["reverified_kept"] = String(report.keptRows)
        do {
            try writer.close()
        } catch {
            writer.abort()
            throw ReverifyError(.output, "cannot write \(output): \(error)")
        }
        return report
    }

    // MARK: - Rows

    /// Re-verifies `rows` with at most ``ReverifyOptions/concurrency`` in flight, in order.
    private func reverify(
        _ rows: [[ParquetValue]],
        columns: ResultColumns,
        context: ReverifyContext
    ) async -> [RowOutcome] {
        var outcomes: [RowOutcome?] = Array(repeating: nil, count: rows.count)
        await withTaskGroup(of: (Int, RowOutcome).self) { group in
            var pending = rows.indices.makeIterator()
            func start(_ index: Int) {
                let row = rows[index]
                group.addTask { (index, await Self.reverify(row, columns: columns, context: context)) }
            }
            for _ in 0..<max(1, options.concurrency) {
                if let index = pending.next() { start(index) }
            }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                if let index = pending.next() { start(index) }
            }
        }
        return outcomes.compactMap { $0 }
    }

    /// Re-verifies one stored row.
    static func reverify(_ row: [ParquetValue], columns: ResultColumns, context: ReverifyContext) async -> RowOutcome {
        let split = columns.string(row, "split") ?? ""
        let queryID = columns.string(row, "query_id") ?? ""
        let response = columns.string(row, "response") ?? ""
        let error = columns.string(row, "error")
        var outcome = RowOutcome(
            row: row,
            split: split,
            oldVerdict: columns.string(row, "verdict") ?? "",
            oldVerified: columns.bool(row, "is_verified") ?? false
        )
        outcome.newVerdict = outcome.oldVerdict
        outcome.newVerified = outcome.oldVerified
        if let scorer = context.personaScorer {
            let styled = CandidatePipeline.structuredParts(response, enabled: context.config.structuredOutput).reasoning
            let score = error == nil ? scorer.score(styled) : nil
            outcome.personaChanged = score != columns.double(row, "persona_score")
            columns.set(&outcome.row, "persona_score", number: score)
        }
        let query: Query
        switch split {
        case "code":
            guard let queries = context.codeQueries else {
                outcome.keptReason = context.codeUnavailable ?? "the code dataset could not be loaded"
                return outcome
            }
            guard let found = queries[queryID] else {
                outcome.keptReason = "the code query is not in the run's dataset selection any more"
                return outcome
            }
            query = found
        case "math" where !columns.has("ground_truth"):
            outcome.keptReason = "the file has no ground_truth column"
            return outcome
        default:
            query = Query(
                id: queryID,
                split: split,
                messages: [Query.Message(role: "user", content: columns.string(row, "prompt") ?? "")],
                groundTruth: columns.string(row, "ground_truth"),
                source: Query.Source(dataset: context.config.dataset, file: "", row: 0)
            )
        }
        let candidate = GeneratedCandidate(
            messages: columns.messages(row).map(Self.chatMessage),
            text: response,
            usage: Usage(),
            costUSD: nil,
            latencyMs: 0,
            finishReason: columns.string(row, "finish_reason") ?? "",
            model: columns.string(row, "model") ?? "",
            error: error,
            timedOut: outcome.oldVerdict == Verdict.timeout.rawValue
        )
        let item = WorkItem(query: query, candidateIndex: columns.int(row, "candidate_idx") ?? 0)
        let (result, refusal) = await context.assessor.assess(item, candidate)
        if result.method == CandidateAssessor.judgeNotConfigured {
            outcome.keptReason = "needs the LLM judge (pass --judge)"
            return outcome
        }
        columns.set(&outcome.row, "extracted_answer", text: result.extractedAnswer)
        columns.set(&outcome.row, "is_verified", flag: result.isVerified)
        columns.set(&outcome.row, "verdict", text: result.verdict.rawValue)
        columns.set(&outcome.row, "verification_method", text: result.method)
        columns.set(&outcome.row, "verification_confidence", number: result.confidence)
        columns.set(&outcome.row, "verification_explanation", text: result.explanation)
        columns.set(&outcome.row, "refusal_is_refusal", flag: refusal?.isRefusal ?? false)
        columns.set(&outcome.row, "refusal_type", text: refusal?.type?.rawValue)
        outcome.reverified = true
        outcome.newVerdict = result.verdict.rawValue
        outcome.newVerified = result.isVerified
        return outcome
    }

    /// A stored turn as a chat message (tool calls parsed back from their JSON).
    static func chatMessage(_ message: ResultRecord.Message) -> ChatMessage {
        var calls: [ToolCall] = []
        if let json = message.toolCalls, case .array(let items)? = try? JSONValue(parsing: json) {
            calls = items.map { item in
                ToolCall(
                    id: item["id"]?.stringValue ?? "",
                    name: item["name"]?.stringValue ?? "",
                    arguments: item["arguments"]?.stringValue ?? ""
                )
            }
        }
        return ChatMessage(
            role: ChatMessage.Role(rawValue: message.role) ?? .user,
            content: message.content,
            toolCalls: calls,
            toolCallID: message.toolCallID,
            name: message.name
        )
    }

    // MARK: - Input

    private static func open(_ path: String) async throws(ReverifyError) -> ParquetFileReader {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReverifyError(.input, "no such file: \(path)")
        }
        guard !isDirectory.boolValue else { throw ReverifyError(.input, "\(path) is a folder, not a result file") }
        do {
            return try await ParquetFileReader.open(path: path)
        } catch {
            throw ReverifyError(.input, "\(path) is not a readable Parquet file: \(error)")
        }
    }

    /// The splits the file holds, from its `split` column alone.
    private static func splits(in reader: ParquetFileReader, file: String) async throws(ReverifyError) -> Set<String> {
        var splits: Set<String> = []
        do {
            for group in 0..<reader.rowGroups.count {
                for split in try await reader.readRowGroup(group, columns: ["split"]).column("split").strings() {
                    if let split { splits.insert(split) }
                }
            }
        } catch {
            throw ReverifyError(.input, "cannot read the split column of \(file): \(error)")
        }
        return splits
    }
}
