import Foundation
import Parquet
import TestSupport
import Testing

/// String min/max statistics, as pyarrow reads them, for values that share long prefixes, hold zero bytes
/// and non-ASCII, or differ only in length.
@Suite struct WriterStatisticsTests {
    static let cases: [(String, [String?])] = [
        ("shared prefixes", ["response 10", "response 9", "response 100", "respons", "response 1"]),
        ("zero bytes and lengths", ["ab\u{0}", "ab", "ab\u{0}\u{0}", "a", "ab\u{0}c", "b"]),
        ("non-ASCII", ["zebra", "éclair", "Zulu", "über", "😀", "apple"]),
        ("nulls and empty", [nil, "", "x", nil, "longer than eight bytes", "longer than eight byteS"]),
        ("one value", ["only"]),
    ]

    @Test(arguments: cases)
    func stringMinMaxMatchPyarrow(_ name: String, _ values: [String?]) async throws {
        try #require(Python.hasPyarrow, "pyarrow is required (scripts/bootstrap with BON_BOOTSTRAP_PYTHON=1)")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("stats.parquet")
        var options = ParquetWriterOptions()
        options.dictionary = false
        let writer = try ParquetWriter(
            path: path,
            schema: ParquetSchema([ParquetField("text", .string, nullable: true)]),
            options: options
        )
        try writer.append(columns: [.optionalStrings(values)])
        try writer.close()
        let script = """
            import json, sys, pyarrow.parquet as pq
            s = pq.ParquetFile(sys.argv[1]).metadata.row_group(0).column(0).statistics
            print(json.dumps({"min": s.min.encode("utf-8").hex(), "max": s.max.encode("utf-8").hex(), "nulls": s.null_count}))
            """
        let result = try Python.run(script, [path])
        try #require(result.status == 0, "pyarrow failed: \(result.error)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let present = values.compactMap { $0.map { Array($0.utf8) } }
        let hex = { (bytes: [UInt8]) in bytes.map { String(format: "%02x", $0) }.joined() }
        let low = try #require(present.min { $0.lexicographicallyPrecedes($1) })
        let high = try #require(present.max { $0.lexicographicallyPrecedes($1) })
        #expect(output["min"] as? String == hex(low), "\(name)")
        #expect(output["max"] as? String == hex(high), "\(name)")
        #expect(output["nulls"] as? Int == values.count - present.count, "\(name)")
    }
}
