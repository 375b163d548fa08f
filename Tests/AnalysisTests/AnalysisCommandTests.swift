import Analysis
import Foundation
import TestSupport
import Testing

/// Runs the built `bon` on result files written by pyarrow.
@Suite(.serialized) struct AnalysisCommandTests {
    /// Three result files made once for the suite (pyarrow is slow to start).
    struct Files {
        let folder: TemporaryDirectory
        let base: String
        let persona: String
        let minimal: String

        init() throws {
            folder = try TemporaryDirectory(prefix: "bon-analysis-cli")
            base = try Programs.makeResults(
                in: folder,
                name: "baseline/results/run.parquet",
                ["--queries", "300", "--seed", "1", "--accuracy", "0.6"]
            )
            persona = try Programs.makeResults(
                in: folder,
                name: "marvin/results/run.parquet",
                ["--queries", "300", "--seed", "1", "--accuracy", "0.3"]
            )
            minimal = try Programs.makeResults(
                in: folder,
                name: "python/results/run.parquet",
                ["--queries", "50", "--minimal"]
            )
        }
    }

    static let shared = Result { try Files() }

    let folder: TemporaryDirectory
    let base: String
    let persona: String
    let minimal: String

    init() throws {
        let files = try Self.shared.get()
        folder = files.folder
        base = files.base
        persona = files.persona
        minimal = files.minimal
    }

    @Test func inspectOneFile() throws {
        let output = try Programs.bon(["inspect", base])
        #expect(output.status == 0, "\(output.stderr)")
        for heading in [
            "Verification rates", "pass@k", "First verified candidate", "Verdicts", "Refusals", "Persona score",
        ] {
            #expect(output.stdout.contains(heading), "missing \(heading)")
        }
        #expect(output.stdout.contains("model: claude-sonnet-4-5"))
    }

    @Test func inspectGlobSideBySideAndJSON() throws {
        let pattern = folder.url.path + "/*/results/*.parquet"
        let output = try Programs.bon(["inspect", pattern])
        #expect(output.status == 0, "\(output.stderr)")
        let header = try #require(output.stdout.split(separator: "\n").first)
        #expect(header.contains("baseline/results/run.parquet") && header.contains("marvin/results/run.parquet"))
        #expect(header.contains("python/results/run.parquet"))
        #expect(output.stdout.contains("first candidate"))

        let json = try Programs.bon(["inspect", minimal, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let summary = try JSONDecoder().decode(ExperimentSummary.self, from: Data(json.stdout.utf8))
        #expect(summary.queries == 50)
        #expect(summary.overall.verdicts == nil)
    }

    @Test func compareAnswersTheQuestion() throws {
        let output = try Programs.bon(["compare", base, persona])
        #expect(output.status == 0, "\(output.stderr)")
        let last = try #require(output.stdout.split(separator: "\n").last)
        #expect(last.hasPrefix("Yes: "), "\(last)")
        let same = try Programs.bon(["compare", base, base, "--json"])
        let comparison = try JSONDecoder().decode(PairedComparison.self, from: Data(same.stdout.utf8))
        #expect(comparison.answer.hasPrefix("No detectable difference"))
        #expect(comparison.pairedQueries == 300)
    }

    @Test func badInputExitsTwoNamingTheFile() throws {
        let missing = folder.path("nope.parquet")
        let output = try Programs.bon(["inspect", missing])
        #expect(output.status == 2)
        #expect(output.stderr.contains(missing))
        let pattern = try Programs.bon(["inspect", folder.url.path + "/*/none-*.parquet"])
        #expect(pattern.status == 2)
        #expect(pattern.stderr.contains("no file matches"))
    }

    @Test func exportWritesJSONLines() throws {
        let out = folder.path("sft.jsonl")
        let output = try Programs.bon(["export", base, "--format", "sft", "-o", out])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect((object?["messages"] as? [Any])?.count == 3)
        }
        let pairs = folder.path("dpo.jsonl")
        let dpo = try Programs.bon(["export", base, "--format", "dpo", "-o", pairs])
        #expect(dpo.status == 0, "\(dpo.stderr)")
        let first = try #require(try String(contentsOfFile: pairs, encoding: .utf8).split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["prompt", "chosen", "rejected"])
    }
}
