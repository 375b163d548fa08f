import Foundation
import TestSupport
import Testing

/// `bon reverify` on the quickstart's result file: real verifiers, real Parquet, checked by pyarrow.
@Suite struct ReverifyCommandTests {
    /// Runs the offline quickstart into `directory` and returns the result file's path.
    private func quickstart(in directory: TemporaryDirectory) throws -> String {
        let config = RepositoryPaths.root.appendingPathComponent("experiments/quickstart.yaml").path
        let output = directory.path("quick.parquet")
        let run = try runBon(
            ["run", config, "--output", output, "--quiet", "--unsafe-no-sandbox"],
            environment: environment(directory)
        )
        #expect([0, 1].contains(run.status), "\(run.stderr)")
        return output
    }

    private func environment(_ directory: TemporaryDirectory) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["BON_CACHE_DIR"] = directory.path("cache")
        environment["NO_COLOR"] = "1"
        return environment
    }

    private func report(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// A copy of `original` whose first verified math and first verified code candidates are marked
    /// incorrect (by pyarrow), and the `query_id#candidate_idx` of each.
    private func tampered(_ original: String, in directory: TemporaryDirectory) throws -> (String, [String]) {
        let tampered = directory.path("tampered.parquet")
        let flip = try python(Self.flipScript, [original, tampered])
        try #require(flip.status == 0, "\(flip.stderr)")
        let flipped = flip.stdout.split(separator: "\n").map(String.init)
        #expect(flipped.count == 2)
        return (tampered, flipped)
    }

    @Test func wrongStoredVerdictsAreCorrectedAndCounted() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let original = try quickstart(in: directory)
        let (tampered, flipped) = try tampered(original, in: directory)

        let output = directory.path("reverified.parquet")
        let result = try runBon(
            ["reverify", tampered, "-o", output, "--unsafe-no-sandbox", "--json"],
            environment: environment(directory)
        )
        #expect(result.status == 0, "\(result.stderr)")
        let json = try report(result.stdout)
        #expect(json["rows"] as? Int == 48)
        #expect(json["changed"] as? Int == 2)
        #expect(json["reverified"] as? Int == 32)
        let transitions = try #require(json["transitions"] as? [[String: Any]])
        #expect(transitions.count == 1)
        #expect(transitions.first?["from"] as? String == "incorrect")
        #expect(transitions.first?["to"] as? String == "correct")
        #expect(transitions.first?["count"] as? Int == 2)
        let splits = try #require(json["splits"] as? [[String: Any]])
        let changedBySplit = Dictionary(
            uniqueKeysWithValues: splits.map { ($0["split"] as? String ?? "", $0["changed"] as? Int ?? -1) }
        )
        #expect(changedBySplit == ["math": 1, "code": 1, "tool_calling": 0])
        let kept = try #require(json["kept"] as? [[String: Any]])
        #expect(kept.count == 1)
        #expect(kept.first?["count"] as? Int == 16)
        #expect((kept.first?["reason"] as? String)?.contains("--judge") == true)

        // pyarrow: the output equals the untampered run cell for cell, with the input's schema and metadata.
        let check = try python(Self.checkScript, [original, tampered, output, flipped.joined(separator: ",")])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("ok"))
    }

    @Test func textReportShowsTheTransitionTable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (tampered, _) = try tampered(try quickstart(in: directory), in: directory)
        let result = try runBon(
            ["reverify", tampered, "-o", directory.path("out.parquet"), "--unsafe-no-sandbox"],
            environment: environment(directory)
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 verdicts changed"))
        #expect(result.stdout.contains("incorrect  →  correct  2"))
        #expect(result.stdout.contains("16  needs the LLM judge (pass --judge)"))
        let math = result.stdout.split(separator: "\n").first { $0.hasPrefix("math ") }
        #expect(math?.split(separator: " ").map(String.init) == ["math", "16", "16", "1", "0", "11", "12"])
    }

    @Test func judgeFromTheRunsCassetteReDecidesToolCalling() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let original = try quickstart(in: directory)
        let result = try runBon(
            ["reverify", original, "-o", directory.path("judged.parquet"), "--judge", "--unsafe-no-sandbox", "--json"],
            environment: environment(directory)
        )
        #expect(result.status == 0, "\(result.stderr)")
        let json = try report(result.stdout)
        #expect(json["reverified"] as? Int == 48)
        #expect(json["changed"] as? Int == 0)
        #expect((json["kept"] as? [Any])?.isEmpty == true)
    }

    @Test func unloadableDatasetKeepsCodeVerdictsAndSaysSo() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let original = try quickstart(in: directory)
        let result = try runBon(
            [
                "reverify", original, "-o", directory.path("out.parquet"), "--dataset", directory.path("gone"),
                "--unsafe-no-sandbox", "--json",
            ],
            environment: environment(directory)
        )
        #expect(result.status == 0, "\(result.stderr)")
        let json = try report(result.stdout)
        #expect(json["reverified"] as? Int == 16)
        let kept = try #require(json["kept"] as? [[String: Any]])
        let codeKept = kept.first { ($0["reason"] as? String)?.contains("could not be loaded") == true }
        #expect(codeKept?["count"] as? Int == 16)
        let notices = try #require(json["notices"] as? [String])
        #expect(notices.contains { $0.contains("code verdicts are kept as stored") })
    }

    @Test(arguments: [
        ("missing", "no such file"),
        ("not-parquet", "not a readable Parquet file"),
        ("python-tool", "is not a bon result file: it has no column response"),
    ])
    func badInputExitsTwoNamingTheFile(kind: String, message: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = directory.path("\(kind).parquet")
        switch kind {
        case "not-parquet":
            _ = try directory.write("\(kind).parquet", "query_id,split\nq1,math\n")
        case "python-tool":
            let made = try python(Self.pythonToolScript, [input])
            try #require(made.status == 0, "\(made.stderr)")
        default:
            break
        }
        let result = try runBon(["reverify", input, "-o", directory.path("out.parquet")])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains(input))
        #expect(!FileManager.default.fileExists(atPath: directory.path("out.parquet")))
    }

    @Test func outputOverTheInputIsRefused() throws {
        let result = try runBon(["reverify", "/tmp/a.parquet", "-o", "/tmp/a.parquet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is the input"))
    }

    // MARK: - pyarrow

    private func python(
        _ script: String,
        _ arguments: [String]
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments)
    }

    private static let flipScript = """
        import sys, pyarrow as pa, pyarrow.parquet as pq
        table = pq.read_table(sys.argv[1])
        rows = table.to_pylist()
        for split in ("math", "code"):
            row = next(r for r in rows if r["split"] == split and r["verdict"] == "correct")
            row["verdict"], row["is_verified"] = "incorrect", False
            print(f'{row["query_id"]}#{row["candidate_idx"]}')
        pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), sys.argv[2])
        """

    private static let checkScript = """
        import sys, pyarrow.parquet as pq
        original, tampered, output = (pq.read_table(p) for p in sys.argv[1:4])
        flipped = set(sys.argv[4].split(","))
        assert output.schema.equals(tampered.schema, check_metadata=False), "schema changed"
        for key, value in tampered.schema.metadata.items():
            assert output.schema.metadata.get(key) == value, f"metadata {key} changed"
        assert b"reverified_at" in output.schema.metadata
        assert output.equals(original), "the re-verified rows differ from the untampered run"
        for row in output.to_pylist():
            if f'{row["query_id"]}#{row["candidate_idx"]}' in flipped:
                assert row["verdict"] == "correct" and row["is_verified"], row
        print("ok")
        """

    private static let pythonToolScript = """
        import sys, pyarrow as pa, pyarrow.parquet as pq
        pq.write_table(pa.table({
            "query_id": ["q1", "q1"], "split": ["math", "math"], "candidate_idx": [0, 1],
            "is_verified": [True, False],
        }), sys.argv[1])
        """
}
