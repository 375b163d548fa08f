import Foundation
import Parquet
import TestSupport
import Testing

/// `dictionaryStrings()` codes equal `strings()` on pyarrow files of every string layout: dictionary pages,
/// plain pages, a dictionary that overflows into plain pages, data page v2, delta encodings, nulls, and
/// several row groups.
@Suite struct DictionaryStringsTests {
    static let script = """
        import sys, pyarrow as pa, pyarrow.parquet as pq
        out = sys.argv[1]
        n = 5000
        low = [None if i % 7 == 3 else ["math", "code", "tool_calling", "", "é✓"][i % 5] for i in range(n)]
        high = [None if i % 11 == 0 else f"query-{i // 3:06d}-{'x' * (i % 13)}" for i in range(n)]
        table = pa.table({"low": pa.array(low, pa.string()), "high": pa.array(high, pa.string()),
                          "required": pa.array([f"r{i % 3}" for i in range(n)], pa.string())})
        schema = table.schema.set(2, pa.field("required", pa.string(), nullable=False))
        table = table.cast(schema)
        layouts = {
            "dictionary": dict(),
            "plain": dict(use_dictionary=False),
            "overflow": dict(dictionary_pagesize_limit=512, data_page_size=1024),
            "v2": dict(data_page_version="2.0", data_page_size=2048),
            "delta": dict(use_dictionary=False, column_encoding={"low": "DELTA_BYTE_ARRAY",
                                                                "high": "DELTA_LENGTH_BYTE_ARRAY"}),
            "groups": dict(row_group_size=1234, compression="zstd"),
        }
        for name, options in layouts.items():
            pq.write_table(table, f"{out}/{name}.parquet", **options)
        print(",".join(layouts))
        """

    @Test func codesEqualStringsForEveryLayout() async throws {
        try #require(Python.hasPyarrow, "pyarrow is required (scripts/bootstrap with BON_BOOTSTRAP_PYTHON=1)")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try Python.run(Self.script, [directory.url.path])
        try #require(result.status == 0, "pyarrow failed: \(result.error)")
        let names = result.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",")
        #expect(names.count == 6)
        let columns = ["low", "high", "required"]
        for name in names {
            let file = try await ParquetFileReader.open(path: directory.path(name + ".parquet"))
            var rows = 0
            for index in file.rowGroups.indices {
                let plain = try await file.readRowGroup(index, columns: columns)
                let coded = try await file.readRowGroup(index, columns: columns, dictionaryColumns: Set(columns))
                rows += plain.rowCount
                for column in columns {
                    let expected = try plain.column(column).strings()
                    for group in [coded, plain] {
                        let codes = try group.column(column).dictionaryStrings()
                        #expect(codes.codes.count == expected.count, "\(name) \(column)")
                        #expect(Set(codes.dictionary).count == codes.dictionary.count, "\(name) \(column) distinct")
                        let decoded = codes.codes.indices.map { codes[$0] }
                        #expect(decoded == expected, "\(name) \(column) row group \(index)")
                        // First use order, and every entry used.
                        var seen = -1
                        for code in codes.codes where Int(code) > seen {
                            #expect(Int(code) == seen + 1, "\(name) \(column) order")
                            seen = Int(code)
                        }
                        #expect(seen + 1 == codes.dictionary.count, "\(name) \(column) unused entries")
                    }
                    // The other accessors still work on a coded read.
                    #expect(try coded.column(column).strings() == expected, "\(name) \(column) strings()")
                    #expect(try coded.column(column).values().count == expected.count, "\(name) \(column)")
                }
            }
            #expect(rows == 5000, "\(name)")
        }
    }

    @Test func numericColumnsAreRefused() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("numbers.parquet")
        let writer = try ParquetWriter(path: path, schema: ParquetSchema([ParquetField("n", .int32)]))
        try writer.append([.int32(1)])
        try writer.append([.int32(2)])
        try writer.close()
        let file = try await ParquetFileReader.open(path: path)
        let group = try await file.readRowGroup(0, columns: nil, dictionaryColumns: ["n"])
        #expect(throws: ParquetError.self) { try group.column("n").dictionaryStrings() }
        #expect(try group.column("n").int32s() == [1, 2])
    }
}
