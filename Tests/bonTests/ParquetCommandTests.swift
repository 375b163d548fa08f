import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ParquetCommandTests {
    static let fixture = RepositoryPaths.root
        .appendingPathComponent("Tests/ParquetTests/Fixtures/sample_default.parquet").path

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let result = try runBon(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    @Test func schemaPrintsColumnsRowGroupsAndMetadata() throws {
        let result = try Self.run(["parquet", "schema", Self.fixture])
        #expect(result.status == 0)
        #expect(result.output.contains("rows: 5, row groups: 1"))
        #expect(result.output.contains("list<struct<role: string, content: string>>"))
        #expect(result.output.contains("snappy"))
        #expect(result.output.contains("source = unit-test"))
    }

    @Test func catPrintsJSONLines() throws {
        let result = try Self.run(["parquet", "cat", Self.fixture, "--columns", "query_id,messages", "--limit", "5"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(
            lines.first
                == #"{"query_id":"q1","messages":[{"role":"user","content":"What is 2+2?"},{"role":"assistant","content":"4"}]}"#
        )
        #expect(lines[3] == #"{"query_id":"q3","messages":null}"#)
        let limited = try Self.run(["parquet", "cat", Self.fixture, "--limit", "2"])
        #expect(limited.output.split(separator: "\n").count == 2)
    }

    @Test(arguments: [
        (["parquet", "cat", "/nonexistent/file.parquet"], "/nonexistent/file.parquet"),
        (["parquet", "cat", fixture, "--columns", "nope"], "--columns"),
        (["parquet", "schema", RepositoryPaths.root.appendingPathComponent("Package.swift").path], "PAR1"),
    ])
    func badInputExitsTwoWithAClearMessage(arguments: [String], mentions: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2)
        #expect(result.error.contains(mentions))
    }
}
