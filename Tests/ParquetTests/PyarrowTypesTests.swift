import Foundation
import Parquet
import TestSupport
import Testing

/// Less common types written by pyarrow: decimals, INT96 timestamps, fixed-size binary, uint32, int8,
/// time of day, maps, large strings, lists of structs of lists; and an LZ4 file reported as unsupported.
@Suite(.serialized) struct PyarrowTypesTests {
    @Test func lessCommonTypesReadBack() async throws {
        try #require(
            Python.hasPyarrow,
            "pyarrow and pandas are required (scripts/bootstrap with BON_BOOTSTRAP_PYTHON=1)"
        )
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let script = try String(contentsOf: Fixtures.url("pyarrow_types", "py"), encoding: .utf8)
        let result = try Python.run(script, [directory.url.path])
        try #require(result.status == 0, "pyarrow failed: \(result.error)")
        let want = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [NSDictionary])
        let source = FileByteSource(path: directory.path("types.parquet"))
        let file = try await ParquetFileReader.open(source)
        let types = Dictionary(uniqueKeysWithValues: file.schema.fields.map { ($0.name, $0.type) })
        #expect(types["price"] == .decimal(precision: 9, scale: 2))
        #expect(types["stamp"] == .int96)
        #expect(types["digest"] == .fixedBinary(length: 4))
        #expect(types["count"] == .integer(bitWidth: 32, signed: false))
        #expect(types["text"] == .string)
        let got = try await Fixtures.readRows(source)
        #expect(got.count == want.count)
        for (index, (row, expected)) in zip(got, want).enumerated() where row != expected {
            Issue.record("row \(index) differs:\n swift   \(row)\n pyarrow \(expected)")
            break
        }

        let lz4 = try await ParquetFileReader.open(FileByteSource(path: directory.path("lz4.parquet")))
        let error = await #expect(throws: ParquetError.self) { try await lz4.readRowGroup(0) }
        #expect(error?.code == .unsupported)
        #expect(error?.column == "count")
        #expect(error?.file == directory.path("lz4.parquet"))
    }
}
