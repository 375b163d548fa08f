import Foundation
import Parquet
import TestSupport
import Testing

/// `int64s(nullsAs:)`, `doubles(nullsAs:)` and `bools(nullsAs:)` equal the optional accessors with nulls
/// replaced, for required and nullable columns, widening int32 and float.
@Suite struct NullFilledValuesTests {
    @Test(arguments: [false, true])
    func equalsOptionalAccessors(withNulls: Bool) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("numbers.parquet")
        let schema = ParquetSchema([
            ParquetField("a", .int64, nullable: true), ParquetField("b", .int32, nullable: true),
            ParquetField("c", .double, nullable: true), ParquetField("d", .float, nullable: true),
            ParquetField("e", .int64), ParquetField("f", .double),
            ParquetField("g", .boolean, nullable: true), ParquetField("h", .boolean),
        ])
        let writer = try ParquetWriter(path: path, schema: schema)
        for row in 0..<300 {
            let null = withNulls && row % 7 == 2
            try writer.append([
                null ? .null : .int64(Int64(row) * 3_000_000_000), null ? .null : .int32(Int32(-row)),
                null ? .null : .double(Double(row) / 8), null ? .null : .float(Float(row) / 4),
                .int64(Int64(row)), .double(Double(row) * 1.5),
                null ? .null : .bool(row % 3 == 0), .bool(row % 5 == 1),
            ])
        }
        try writer.close()
        let file = try await ParquetFileReader.open(path: path)
        let group = try await file.readRowGroup(0)
        for name in ["a", "b", "e"] {
            let column = try group.column(name)
            #expect(try column.int64s(nullsAs: -1) == column.int64s().map { $0 ?? -1 }, "\(name)")
        }
        for name in ["c", "d", "f"] {
            let column = try group.column(name)
            let filled = try column.doubles(nullsAs: .nan)
            let optional = try column.doubles()
            #expect(filled.count == 300)
            #expect(zip(filled, optional).allSatisfy { pair in pair.1.map { $0 == pair.0 } ?? pair.0.isNaN }, "\(name)")
        }
        for name in ["g", "h"] {
            let column = try group.column(name)
            #expect(try column.bools(nullsAs: true) == column.bools().map { $0 ?? true }, "\(name)")
        }
        #expect(throws: ParquetError.self) { try group.column("a").bools(nullsAs: false) }
        #expect(throws: ParquetError.self) { try group.column("c").int64s(nullsAs: 0) }
        #expect(throws: ParquetError.self) { try group.column("a").doubles(nullsAs: 0) }
    }
}
