import Foundation
import TestSupport
import Testing

@testable import Datasets

/// Streaming Parquet over HTTP ranges: footers plus the needed columns of about one row group per file.
@Suite struct StreamingParquetTests {
    /// Writes two Nemotron-schema files of 1,000 rows in row groups of 100, with a large column the loader
    /// never needs, and prints each file's footer and first-row-group sizes as JSON.
    static let writer = #"""
        import json, os, sys, random
        import pyarrow as pa, pyarrow.parquet as pq
        out = sys.argv[1]
        os.makedirs(out + "/data", exist_ok=True)
        rnd = random.Random(7)
        info = {}
        for part in range(2):
            rows = []
            for i in range(1000):
                n = part * 1000 + i
                rows.append({
                    "uuid": f"row-{n}",
                    "license": "".join(rnd.choice("0123456789abcdef") for _ in range(1500)),
                    "category": "math",
                    "messages": [
                        {"role": "user", "content": f"What is {n} + 1? " + "x" * 200, "tool_calls": None},
                        {"role": "assistant", "content": f"<think>{n}</think> \\boxed{{{n + 1}}}", "tool_calls": None},
                    ],
                    "metadata": "{}",
                })
            path = f"{out}/data/math-{part:05d}-of-00002.parquet"
            pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=100, compression="snappy")
            meta = pq.ParquetFile(path).metadata
            group = meta.row_group(0)
            needed = sum(group.column(c).total_compressed_size for c in range(group.num_columns)
                         if group.column(c).path_in_schema.split(".")[0] in ("uuid", "messages", "metadata", "category"))
            info[path.split("/data/")[1]] = {"size": os.path.getsize(path), "needed_group0": needed}
        readme = "---\nconfigs:\n- config_name: default\n  data_files:\n  - {split: math, path: data/math-*}\n---\n"
        open(out + "/README.md", "w").write(readme)
        print(json.dumps(info))
        """#

    @Test func first100QueriesFetchAboutOneRowGroupOfNeededColumns() async throws {
        let folder = try TemporaryDirectory()
        let home = try TemporaryDirectory()
        defer {
            folder.remove()
            home.remove()
        }
        let (status, output) = try Python.run(Self.writer + "\n", arguments: [folder.url.path], environment: [:])
        try #require(status == 0, "\(output)")
        let info = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String: Int]])
        let repository = try FakeHubRepository(id: "org/many-row-groups", folder: folder.url)
        try await FakeHub.run(repositories: [repository]) { hub in
            let selection = try await HubTests.loader(hub, home: home)
                .load(dataset: "org/many-row-groups", splits: ["math"], maxQueries: 100, streaming: true)
            #expect(selection.queries.count == 100)
            #expect(selection.queries.last?.groundTruth == "100")
            let file = try #require(info["math-00000-of-00002.parquet"])
            let size = Int64(try #require(file["size"]))
            let needed = Int64(try #require(file["needed_group0"]))
            #expect(selection.sources.first?.filesRead == ["data/math-00000-of-00002.parquet"])
            #expect(selection.bytesInFilesOpened == size)
            // The footer read (at most the last 64 KiB) plus row group 0's needed columns.
            #expect(selection.bytesRead <= needed + 64 * 1024 + 4)
            #expect(selection.bytesRead * 5 < size)
            #expect(selection.summary.contains("read "))
            let cdnBytes = hub.requests.filter { $0.host == .cdn }.reduce(0) { $0 + $1.bytesSent }
            #expect(Int64(cdnBytes) == selection.bytesRead)
        }
    }

    @Test func theBundledSampleLoadsFromDisk() async throws {
        let sample = RepositoryPaths.root.appendingPathComponent("data/nemotron-sample").path
        let selection = try await QueryLoader(environment: [:])
            .load(dataset: sample, splits: ["math", "code", "tool_calling"], maxQueries: 0)
        let counts = Dictionary(grouping: selection.queries, by: \.split).mapValues(\.count)
        #expect(counts == ["math": 40, "code": 20, "tool_calling": 21])
        #expect(selection.skipped.isEmpty)
        #expect(
            selection.sources.map(\.files) == [
                ["data/math-00000-of-00001.parquet"], ["data/code-00000-of-00001.parquet"],
                ["data/tool-00000-of-00001.parquet"],
            ]
        )
        #expect(selection.queries.filter { $0.split == "math" }.allSatisfy { $0.groundTruth != nil })
        #expect(selection.queries.filter { $0.split == "code" }.allSatisfy { $0.referenceSolution != nil })
        #expect(selection.queries.filter { $0.split == "tool_calling" }.allSatisfy { $0.toolsJSON != nil })
        #expect(selection.queries.allSatisfy { !$0.messages.contains { $0.role == "system" } })
        let math = try #require(selection.queries.first { $0.split == "math" })
        #expect(math.groundTruth == "91")
    }
}
