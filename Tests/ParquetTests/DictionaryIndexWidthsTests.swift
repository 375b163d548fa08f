import Parquet
import TestSupport
import Testing

/// Dictionary indices of many bit widths (1 … 13) and nullable levels decode to the values written, through
/// the bit-unpacking fast path and its byte-by-byte tail.
@Suite struct DictionaryIndexWidthsTests {
    @Test(arguments: [1, 2, 3, 5, 8, 9, 12, 13])
    func indicesOfEveryWidthRoundTrip(bitWidth: Int) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("widths.parquet")
        let cardinality = 1 << bitWidth
        let rows = max(3 * cardinality, 1_001)
        let writer = try ParquetWriter(
            path: path,
            schema: ParquetSchema([ParquetField("n", .int64, nullable: true), ParquetField("s", .string)])
        )
        var expected: [Int64?] = []
        for row in 0..<rows {
            // A scrambled order, so the indices are bit-packed rather than run-length encoded.
            let value: Int64? = row % 11 == 4 ? nil : Int64((row &* 7_919) % cardinality) - 3
            expected.append(value)
            try writer.append([value.map { .int64($0) } ?? .null, .string("v\((row &* 31) % cardinality)")])
        }
        try writer.close()
        let group = try await ParquetFileReader.open(path: path).readRowGroup(0)
        #expect(try group.column("n").int64s() == expected)
        #expect(try group.column("s").strings() == (0..<rows).map { "v\(($0 &* 31) % cardinality)" })
    }
}
