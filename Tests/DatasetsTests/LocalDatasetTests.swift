import Foundation
import TestSupport
import Testing

@testable import Datasets

@Suite struct LocalDatasetTests {
    private let loader = QueryLoader(environment: [:])

    @Test func folderWithOneJSONLinesFilePerSplit() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("math.jsonl", NemotronFixtures.lines(5, { NemotronFixtures.mathLine($0) }) + "{not json\n")
        try folder.write("code.jsonl", NemotronFixtures.lines(3, NemotronFixtures.codeLine))
        let selection = try await loader.load(dataset: folder.url.path, splits: ["math", "code"], maxQueries: 0)
        #expect(selection.queries.map(\.id) == ["math-0", "math-1", "math-2", "math-3", "math-4", "code-1", "code-2"])
        #expect(selection.queries[2].groundTruth == "4")
        #expect(selection.queries[5].referenceSolution == "print(1)\n")
        #expect(selection.queries[5].source.file == "code.jsonl")
        #expect(selection.queries[5].source.row == 1)
        let source = { (file: String, row: Int) in
            Query.Source(dataset: selection.queries[0].source.dataset, file: file, row: row)
        }
        #expect(
            Set(selection.skipped) == [
                SkippedRows(split: "math", reason: "malformed JSON line", count: 1, first: source("math.jsonl", 5)),
                SkippedRows(
                    split: "code",
                    reason: "empty prompt (blank upstream)",
                    count: 1,
                    first: source("code.jsonl", 0)
                ),
            ]
        )
        #expect(
            selection.skipped.first { $0.split == "math" }?.line
                == "1 math row: malformed JSON line (first: math.jsonl, row 5 counting from 0)"
        )
        #expect(selection.sources.map(\.files) == [["math.jsonl"], ["code.jsonl"]])
    }

    @Test func maxQueriesIsSplitEvenlyAndSelectionIsStable() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for part in 0..<3 {
            let rows = (0..<10).map { NemotronFixtures.mathLine(part * 10 + $0) }.joined(separator: "\n")
            try folder.write("data/math-0000\(part)-of-00003.jsonl", rows)
        }
        try folder.write("data/tool-00000-of-00001.jsonl", NemotronFixtures.lines(10, NemotronFixtures.toolLine))
        let a = try await loader.load(dataset: folder.url.path, splits: ["math", "tool"], maxQueries: 5, seed: 0)
        #expect(a.queries.map(\.id) == ["math-0", "math-1", "math-2", "tool-0", "tool-1"])
        let b = try await loader.load(dataset: folder.url.path, splits: ["math", "tool"], maxQueries: 5, seed: 42)
        let c = try await loader.load(dataset: folder.url.path, splits: ["math", "tool"], maxQueries: 5, seed: 42)
        #expect(b == c)
        #expect(b.queries.filter { $0.split == "math" }.count == 3)
        #expect(b.queries.last?.toolsJSON != nil)
    }

    @Test func oneFileServesSeveralSplitsByCategory() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let lines = [NemotronFixtures.mathLine(1), NemotronFixtures.toolLine(1), NemotronFixtures.mathLine(2)]
        let file = try folder.write("mixed.jsonl", lines.joined(separator: "\n"))
        let selection = try await loader.load(dataset: file, splits: ["math", "tool_calling"], maxQueries: 0)
        #expect(selection.queries.map(\.id) == ["math-1", "math-2", "tool-1"])
        let single = try await loader.load(dataset: file, splits: ["anything"], maxQueries: 2)
        #expect(single.queries.map(\.split) == ["anything", "anything"])
    }

    @Test func missingSplitListsTheSplitsThatExist() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("math.jsonl", NemotronFixtures.mathLine(1))
        try folder.write("code.jsonl", NemotronFixtures.codeLine(1))
        await #expect(
            throws: DatasetError(.splitNotFound, "dataset \(folder.url.path) has no split 'stem' (splits: code, math)")
        ) {
            try await loader.load(dataset: folder.url.path, splits: ["stem"], maxQueries: 1)
        }
    }

    @Test func missingPathIsAnError() async throws {
        await #expect(throws: DatasetError(.localFile, "dataset path /nonexistent/bon-data does not exist")) {
            try await loader.load(dataset: "/nonexistent/bon-data", splits: ["math"], maxQueries: 1)
        }
    }

    @Test func jsonArrayFiles() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let file = try folder.write(
            "rows.json",
            "[" + [NemotronFixtures.mathLine(1), NemotronFixtures.mathLine(2)].joined(separator: ",") + "]"
        )
        let selection = try await loader.load(dataset: file, splits: ["math"], maxQueries: 0)
        #expect(selection.queries.map(\.groundTruth) == ["2", "4"])
    }
}

@Suite struct SkipLimitTests {
    @Test func aSplitWhoseRowsAreAllUnusableIsAbandonedWithANotice() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let blank = (0..<50).map { _ in NemotronFixtures.codeLine(0) }.joined(separator: "\n")
        try folder.write("code.jsonl", blank + "\n" + NemotronFixtures.codeLine(7))
        var loader = QueryLoader(environment: [:])
        loader.consecutiveSkipLimit = 20
        let selection = try await loader.load(dataset: folder.url.path, splits: ["code"], maxQueries: 5)
        #expect(selection.queries.isEmpty)
        #expect(selection.skipped.map(\.count) == [20])
        #expect(selection.skipped.first?.reason == "empty prompt (blank upstream)")
        #expect(selection.skipped.first?.first?.row == 0)
        #expect(selection.notices.first?.contains("stopped reading split 'code'") == true)
    }
}
