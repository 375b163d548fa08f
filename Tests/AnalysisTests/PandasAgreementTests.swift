import Analysis
import Foundation
import TestSupport
import Testing

/// The numbers researchers used to compute with pandas, on the same file, must come out the same.
@Suite(.serialized) struct PandasAgreementTests {
    struct PandasSplit: Decodable {
        var rows: Int
        var queries: Int
        var verified: Double
        var first: Double
        var any: Double
    }

    @Test(
        "rates equal pandas' groupby on the same file",
        arguments: [
            ["--queries", "400", "--candidates", "4", "--seed", "3"],
            ["--queries", "150", "--candidates", "8", "--seed", "11", "--accuracy", "0.2", "--row-group-size", "97"],
            ["--queries", "120", "--candidates", "5", "--seed", "5", "--minimal", "--compression", "none"],
            ["--queries", "300", "--candidates", "3", "--seed", "8", "--no-dictionary", "--row-group-size", "500"],
            ["--queries", "600", "--candidates", "4", "--seed", "9", "--dictionary-limit", "300"],
        ]
    )
    func matchesPandas(arguments: [String]) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try Programs.makeResults(in: folder, name: "results.parquet", arguments)
        let output = try Programs.python("pandas_stats.py", [path])
        #expect(output.status == 0, "\(output.stderr)")
        let expected = try JSONDecoder().decode([String: PandasSplit].self, from: Data(output.stdout.utf8))

        let table = try await ResultFile.read(path: path, columns: ResultColumn.statistics)
        let summary = ExperimentSummary(table: table)
        // The fast path (text columns as dictionary codes straight from the file) gives the same summary.
        let fast = try await ResultFile.summary(path: path)
        #expect(fast == summary)
        // Row groups read column by column (as large ones are) give the same summary too.
        #expect(try await ResultFile.summary(path: path, wholeRowGroupRows: 0) == summary)
        let ours = Dictionary(uniqueKeysWithValues: (summary.splits + [summary.overall]).map { ($0.split, $0) })
        #expect(Set(ours.keys) == Set(expected.keys))
        for (split, pandas) in expected {
            let mine = try #require(ours[split])
            #expect(mine.rows == pandas.rows, "rows of \(split)")
            #expect(mine.queries == pandas.queries, "queries of \(split)")
            #expect(abs(mine.verified.value - pandas.verified) < 1e-12, "verified of \(split)")
            #expect(abs(mine.firstCandidate.value - pandas.first) < 1e-12, "first of \(split)")
            #expect(abs(mine.anyCandidate.value - pandas.any) < 1e-12, "any of \(split)")
        }
        if arguments.contains("--minimal") {
            #expect(table.verdict == nil)
            #expect(summary.notes.contains { $0.contains("`verdict`") })
        } else {
            #expect(table.verdict != nil && table.personaScore != nil)
            #expect(summary.metadata["num_candidates"] != nil)
            #expect(summary.metadata["ARROW:schema"] == nil)
        }
    }

    @Test func readsConversations() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try Programs.makeResults(in: folder, name: "results.parquet", ["--queries", "20"])
        let table = try await ResultFile.read(path: path)
        let messages = try #require(table.messages)
        let first = try #require(messages[0])
        #expect(first.map(\.role) == ["system", "user", "assistant"])
        #expect(first[1].content == table.prompt?[0])
        let export = DatasetExport(table: table, format: .sft)
        #expect(export.lines.count == table.isVerified.filter { $0 }.count)
    }

    @Test func missingRequiredColumnIsAClearError() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("bad.parquet")
        let script = """
            import pyarrow as pa, pyarrow.parquet as pq, sys
            pq.write_table(pa.table({"query_id": ["a"], "split": ["math"]}), sys.argv[1])
            """
        let output = try Programs.run("/usr/bin/env", ["python3", "-c", script, path])
        #expect(output.status == 0, "\(output.stderr)")
        await #expect(throws: AnalysisError.self) { try await ResultFile.read(path: path) }
        do {
            _ = try await ResultFile.read(path: path)
        } catch {
            #expect(error.code == .missingColumn)
            #expect(error.message.contains(path) && error.message.contains("`candidate_idx`"))
        }
        do {
            _ = try await ResultFile.read(path: folder.path("absent.parquet"))
        } catch {
            #expect(error.code == .unreadableFile)
        }
    }
}
