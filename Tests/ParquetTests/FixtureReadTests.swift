import Foundation
import Parquet
import Testing

@Suite struct FixtureReadTests {
    @Test(arguments: Fixtures.names)
    func readsEveryFixtureAsExpected(name: String) async throws {
        let expected = try Fixtures.expected()
        let rows = try await Fixtures.readRows(FileByteSource(path: Fixtures.url(name).path))
        #expect(rows.count == expected.rows.count)
        for (index, (row, want)) in zip(rows, expected.rows).enumerated() {
            #expect(row == want, "row \(index) of \(name)")
        }
    }

    @Test(arguments: Fixtures.names)
    func schemaHasTheExpectedTypes(name: String) async throws {
        let file = try await ParquetFileReader.open(FileByteSource(path: Fixtures.url(name).path))
        let types = Dictionary(uniqueKeysWithValues: file.schema.fields.map { ($0.name, $0.type) })
        #expect(types["query_id"] == .string)
        #expect(types["candidate_idx"] == .int32)
        #expect(types["is_verified"] == .boolean)
        #expect(types["confidence"] == .double)
        #expect(types["tokens"] == .int64)
        guard case .list(let element)? = types["messages"], case .structure(let members) = element.type else {
            Issue.record("messages should be list<struct>, got \(String(describing: types["messages"]))")
            return
        }
        #expect(members.map(\.name) == ["role", "content"])
        #expect(file.rowCount == 5)
    }

    @Test(arguments: [
        "sample_default", "sample_zstd", "sample_none", "sample_v2_pages", "sample_multi_rowgroup",
        "sample_delta", "sample_min_writer",
    ])
    func customMetadataIsRead(name: String) async throws {
        let file = try await ParquetFileReader.open(FileByteSource(path: Fixtures.url(name).path))
        let metadata = file.metadataDictionary
        #expect(metadata["source"] == "unit-test")
        #expect(metadata["schema_version"] == "1")
    }

    @Test func multiRowGroupFileHasThreeGroups() async throws {
        let file = try await ParquetFileReader.open(FileByteSource(path: Fixtures.url("sample_multi_rowgroup").path))
        #expect(file.rowGroups.map(\.rowCount) == [2, 2, 1])
        let group = try await file.readRowGroup(2, columns: ["tokens", "query_id"])
        #expect(group.columns.map(\.name) == ["tokens", "query_id"])
        #expect(try group.column("tokens").int64s() == [1_099_511_627_776])
    }

    @Test func typedColumnsOfTheDefaultFixture() async throws {
        let file = try await ParquetFileReader.open(FileByteSource(path: Fixtures.url("sample_default").path))
        let group = try await file.readRowGroup(0)
        #expect(try group.column("query_id").strings() == ["q1", "q1", "q2", "q3", "q4"])
        #expect(try group.column("candidate_idx").int32s() == [0, 1, 0, 2, 3])
        #expect(try group.column("is_verified").bools() == [true, false, true, false, true])
        #expect(try group.column("confidence").doubles() == [0.93, nil, 0.5, 0.1, -1.25])
        #expect(try group.column("tokens").int64s() == [120, 98, 0, 7, 1_099_511_627_776])
        #expect(throws: ParquetError.self) { try group.column("messages").strings() }
        let messages = try group.column("messages").values()
        #expect(messages[2] == .list([]))
        #expect(messages[3] == .null)
        #expect(
            messages[4]
                == .list([
                    .object(["role": "user", "content": "héllo ✓"]), .object(["role": "assistant", "content": nil]),
                ])
        )
    }

    @Test func metadataOnlyInsideArrowSchemaIsFound() async throws {
        // Copy the ARROW:schema entry of a pyarrow file into a file whose footer has nothing else.
        let original = try await ParquetFileReader.open(FileByteSource(path: Fixtures.url("sample_default").path))
        let arrow = try #require(original.keyValueMetadata.first { $0.key == "ARROW:schema" }?.value)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bon-arrow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("only-arrow.parquet").path
        let writer = try ParquetWriter(path: path, schema: ParquetSchema([ParquetField("x", .int32)]))
        writer.metadata = ["ARROW:schema": arrow]
        try writer.append([.int32(1)])
        try writer.close()
        let file = try await ParquetFileReader.open(FileByteSource(path: path))
        #expect(file.metadataDictionary == ["source": "unit-test", "schema_version": "1"])
    }
}
