import Foundation
import Parquet
import TestSupport
import Testing

/// Files written by pyarrow read back in Swift, and files written in Swift read back by pyarrow and pandas.
@Suite(.serialized) struct PyarrowInteropTests {
    static let resultSchema = ParquetSchema([
        ParquetField("query_id", .string),
        ParquetField("split", .string),
        ParquetField("candidate_idx", .int32),
        ParquetField("ground_truth", .string, nullable: true),
        ParquetField("is_verified", .boolean),
        ParquetField("verification_confidence", .double),
        ParquetField("persona_score", .double, nullable: true),
        ParquetField("input_tokens", .int64),
        ParquetField("ratio", .float, nullable: true),
        ParquetField("tags", .list(ParquetField("element", .string, nullable: true)), nullable: true),
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
        ParquetField("day", .date, nullable: true),
        ParquetField("at", .timestamp(unit: .micros, isAdjustedToUTC: true)),
        ParquetField("blob", .binary, nullable: true),
        ParquetField("matrix", .list(ParquetField("element", .list(ParquetField("element", .int64))))),
    ])

    static func resultRow(_ i: Int) -> [ParquetValue] {
        let messages: [ParquetValue] = (0..<(i % 4)).map { turn in
            .object([
                "role": turn % 2 == 0 ? "user" : "assistant",
                "content": .string("turn \(turn) of \(i) ✓ \"quoted\"\n"),
                "tool_calls": turn == 1 ? .string("[{\"name\":\"f\"}]") : .null,
                "tool_call_id": .null,
                "name": turn == 2 ? "tool" : nil,
            ])
        }
        return [
            .string("q\(i / 4)"),
            .string(["math", "code", "tool_calling"][i % 3]),
            .int32(Int32(i % 4)),
            i % 5 == 0 ? .null : .string("\(i)"),
            .bool(i % 3 == 0),
            .double(Double(i) / 8),
            i % 7 == 0 ? .null : .double(Double(i % 10) / 10),
            .int64(Int64(i) * 1_000_000_007),
            i % 6 == 0 ? .null : .float(Float(i % 8) / 2),
            i % 9 == 0 ? .null : .list((0..<(i % 3)).map { $0 == 1 ? .null : .string("t\($0)") }),
            .list(messages),
            i % 10 == 0 ? .null : .date(Int32(19_000 + i)),
            .timestamp(1_700_000_000_000_000 + Int64(i) * 1_234_567, .micros),
            i % 4 == 0 ? .null : .binary([UInt8(i % 256), 0, 255]),
            .list((0..<(i % 3)).map { k in .list((0..<k).map { .int64(Int64($0 * i)) }) }),
        ]
    }

    static func expectedJSON(_ rows: [[ParquetValue]]) throws -> [NSDictionary] {
        try rows.map { row in
            let members = zip(resultSchema.fields, row).map { ParquetMember($0.name, $1) }
            return try Fixtures.json(ParquetValue.object(members).jsonText)
        }
    }

    @Test(arguments: [ParquetCompression.snappy, .zstd, .gzip, .uncompressed])
    func swiftFilesReadBackInPyarrowAndPandas(compression: ParquetCompression) async throws {
        try #require(
            Python.hasPyarrow,
            "pyarrow and pandas are required (scripts/bootstrap with BON_BOOTSTRAP_PYTHON=1)"
        )
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("results.parquet")
        var options = ParquetWriterOptions(compression: compression, rowGroupRowLimit: 150)
        options.pageByteLimit = 2048
        let writer = try ParquetWriter(path: path, schema: Self.resultSchema, options: options)
        writer.metadata = ["model": "claude-sonnet-4-5", "total_records": "400", "notes": "ünïcode ✓"]
        let rows = (0..<400).map(Self.resultRow)
        try writer.append(rows: rows)
        try writer.close()

        let script = try String(contentsOf: Fixtures.url("pyarrow_read", "py"), encoding: .utf8)
        let result = try Python.run(script, [path])
        try #require(result.status == 0, "pyarrow failed: \(result.error)")
        let output = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        )
        let got = try #require(output["rows"] as? [NSDictionary])
        let want = try Self.expectedJSON(rows)
        #expect(got.count == want.count)
        for (index, (row, expected)) in zip(got, want).enumerated() where row != expected {
            Issue.record("row \(index) differs:\n pyarrow \(row)\n swift   \(expected)")
            break
        }
        let metadata = try #require(output["metadata"] as? [String: String])
        #expect(metadata == ["model": "claude-sonnet-4-5", "total_records": "400", "notes": "ünïcode ✓"])
        let schema = try #require(output["schema"] as? [String: String])
        #expect(schema["query_id"] == "string")
        #expect(schema["candidate_idx"] == "int32")
        #expect(schema["is_verified"] == "bool")
        #expect(schema["persona_score"] == "double")
        #expect(schema["ratio"] == "float")
        #expect(schema["day"] == "date32[day]")
        #expect(schema["at"] == "timestamp[us, tz=UTC]")
        #expect(
            schema["messages"]
                == "list<element: struct<role: string not null, content: string not null, tool_calls: string, tool_call_id: string, name: string> not null>"
        )
        let dtypes = try #require(output["dtypes"] as? [String: String])
        #expect(dtypes["candidate_idx"] == "int32")
        #expect(dtypes["input_tokens"] == "int64")
        #expect(dtypes["is_verified"] == "bool")
        #expect(dtypes["persona_score"] == "float64")
        #expect(output["num_row_groups"] as? Int == 3)
    }

    @Test func swiftFilesReadBackInPolarsAndDuckDB() async throws {
        try #require(
            Python.hasEngines,
            "polars and duckdb are required (scripts/bootstrap with BON_BOOTSTRAP_PYTHON=1)"
        )
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("results.parquet")
        let writer = try ParquetWriter(
            path: path,
            schema: Self.resultSchema,
            options: ParquetWriterOptions(compression: .zstd, rowGroupRowLimit: 100)
        )
        writer.metadata = ["model": "gpt-4o-mini", "splits": "math,code"]
        let rows = (0..<250).map(Self.resultRow)
        try writer.append(rows: rows)
        try writer.close()

        let script = try String(contentsOf: Fixtures.url("engines_read", "py"), encoding: .utf8)
        let result = try Python.run(script, [path])
        try #require(result.status == 0, "polars/duckdb failed: \(result.error)")
        let output = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        )
        let want = try Self.expectedJSON(rows)
        for engine in ["polars", "duckdb"] {
            let got = try #require(output[engine] as? [NSDictionary])
            #expect(got.count == want.count, "\(engine)")
            for (index, (row, expected)) in zip(got, want).enumerated() where row != expected {
                Issue.record("\(engine) row \(index) differs:\n \(engine) \(row)\n swift \(expected)")
                break
            }
        }
        let metadata = try #require(output["duckdb_metadata"] as? [String: String])
        #expect(metadata == ["model": "gpt-4o-mini", "splits": "math,code"])
    }

    @Test func pyarrowFilesOfEveryCodecAndPageVersionReadBack() async throws {
        try #require(
            Python.hasPyarrow,
            "pyarrow and pandas are required (scripts/bootstrap with BON_BOOTSTRAP_PYTHON=1)"
        )
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let script = try String(contentsOf: Fixtures.url("pyarrow_write", "py"), encoding: .utf8)
        let result = try Python.run(script, [directory.url.path])
        try #require(result.status == 0, "pyarrow failed: \(result.error)")
        let output = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        )
        let files = try #require(output["files"] as? [String])
        let want = try #require(output["rows"] as? [NSDictionary])
        #expect(files.count >= 20)
        for name in files {
            let source = FileByteSource(path: directory.path(name + ".parquet"))
            let got = try await Fixtures.readRows(source)
            #expect(got.count == want.count, "\(name)")
            for (index, (row, expected)) in zip(got, want).enumerated() where row != expected {
                Issue.record("\(name) row \(index) differs:\n swift   \(row)\n pyarrow \(expected)")
                break
            }
            let file = try await ParquetFileReader.open(source)
            #expect(file.metadataDictionary["origin"] == "pyarrow", "\(name)")
        }
    }
}
