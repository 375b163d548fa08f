import Foundation
import Testing

@testable import Datasets

@Suite struct DataFilesTests {
    private func card(_ yaml: String) throws -> RowValue {
        try #require(DatasetCard.header(of: "---\n\(yaml)\n---\n# Title\n"))
    }

    @Test func cardConfigsMapSplitsToGlobs() throws {
        let card = try card(
            """
            configs:
            - config_name: default
              data_files:
              - {split: math, path: data/math-*}
              - {split: tool_calling, path: data/tool-*}
            """
        )
        let paths = [
            "README.md", "data/math-00001-of-00002.parquet", "data/math-00000-of-00002.parquet",
            "data/tool-00000-of-00001.parquet", "data/tool_calling-extra/x.parquet", ".hidden/math-1.parquet",
        ]
        let files = DataFiles.resolve(card: card, paths: paths)
        #expect(files.order == ["math", "tool_calling"])
        #expect(files.files(for: "math") == ["data/math-00000-of-00002.parquet", "data/math-00001-of-00002.parquet"])
        #expect(files.files(for: "tool_calling") == ["data/tool-00000-of-00001.parquet"])
        #expect(files.files(for: "code") == nil)
    }

    @Test(
        "the three data_files forms, data_dir and the default config",
        arguments: [
            (
                "configs:\n- config_name: default\n  data_files: data/*.jsonl", "train",
                ["data/a.jsonl", "data/b.jsonl"]
            ),
            (
                "configs:\n- config_name: x\n  data_files:\n    math: [data/a.jsonl]\n    code: data/b.jsonl", "code",
                ["data/b.jsonl"]
            ),
            (
                "configs:\n- config_name: RL\n  data_files: [{split: a, path: RL/*.jsonl}]\n- config_name: SFT\n  default: true\n  data_dir: SFT\n  data_files:\n  - split: math\n    path: math/*.jsonl",
                "math", ["SFT/math/math_v1.1.jsonl", "SFT/math/math_v1.jsonl"]
            ),
            (
                "configs:\n- config_name: default\n  data_files: [{split: all, path: '**/*.jsonl'}]", "all",
                ["SFT/math/math_v1.1.jsonl", "SFT/math/math_v1.jsonl", "data/a.jsonl", "data/b.jsonl", "top.jsonl"]
            ),
        ]
    )
    func dataFilesForms(yaml: String, split: String, expected: [String]) throws {
        let paths = ["data/a.jsonl", "data/b.jsonl", "SFT/math/math_v1.jsonl", "SFT/math/math_v1.1.jsonl", "top.jsonl"]
        let files = DataFiles.resolve(card: try card(yaml), paths: paths)
        #expect(files.files(for: split) == expected)
    }

    @Test func withoutACardThePushToHubNamesGiveTheSplits() {
        let files = DataFiles.resolve(
            card: nil,
            paths: [
                "README.md", "data/code-00000-of-00002.parquet", "data/code-00001-of-00002.parquet",
                "data/multilingual_ja-00000-of-00001.parquet",
            ]
        )
        #expect(files.files(for: "code")?.count == 2)
        #expect(files.files(for: "multilingual_ja") == ["data/multilingual_ja-00000-of-00001.parquet"])
    }

    @Test func withoutACardOrShardsEachFileStemIsASplit() {
        let files = DataFiles.resolve(
            card: nil,
            paths: ["math.jsonl", "code.parquet", "notes.txt", "tool_calling/part-1.jsonl"]
        )
        #expect(files.files(for: "math") == ["math.jsonl"])
        #expect(files.files(for: "code") == ["code.parquet"])
        #expect(files.files(for: "tool_calling") == ["tool_calling/part-1.jsonl"])
        #expect(files.files(for: "notes") == nil)
    }

    @Test(
        "globs follow fsspec: * stays in a segment, ** crosses, [] is a class",
        arguments: [
            ("data/tool-*", "data/tool-00000-of-00001.parquet", true),
            ("data/tool-*", "data/tool_calling-00000.parquet", false),
            ("data/*", "data/sub/x.parquet", false),
            ("data/**", "data/sub/x.parquet", true),
            ("**/*.jsonl", "a.jsonl", true),
            ("data/math-[0-9][0-9]*.parquet", "data/math-01.parquet", true),
            ("data/math-[0-9][0-9]*.parquet", "data/math-x1.parquet", false),
            ("README.md", "README.md", true),
            ("data/a?.json", "data/ab.json", true),
        ]
    )
    func globs(pattern: String, path: String, matches: Bool) {
        #expect(GlobPattern(pattern).matches(path) == matches)
    }
}
