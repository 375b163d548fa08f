import Foundation
import Parquet
import TestSupport
import Testing

/// `append(columns:)` with `.lists` / `.structs` writes exactly what row appends of the same values write.
@Suite struct WriterNestedBatchTests {
    static let schema = ParquetSchema([
        ParquetField("id", .int64),
        ParquetField("tags", .list(ParquetField("element", .string, nullable: true)), nullable: true),
        ParquetField(
            "messages",
            .list(
                ParquetField(
                    "element",
                    .structure([
                        ParquetField("role", .string),
                        ParquetField("content", .string, nullable: true),
                        ParquetField("scores", .list(ParquetField("element", .double))),
                    ])
                )
            )
        ),
        ParquetField(
            "meta",
            .structure([ParquetField("rank", .int32), ParquetField("note", .string, nullable: true)]),
            nullable: true
        ),
    ])

    /// Row `i` as row values and as the pieces of each column batch.
    struct Row {
        var id: Int64
        var tags: [String?]?
        var messages: [(role: String, content: String?, scores: [Double])]
        var meta: (rank: Int32, note: String?)?

        init(_ i: Int) {
            id = Int64(i) << 33
            tags = i % 5 == 0 ? nil : (0..<(i % 4)).map { $0 == 1 ? nil : "t\(i % 7)-\($0)" }
            messages = (0..<(i % 3)).map { index in
                (
                    role: ["system", "user", "assistant"][index],
                    content: (i + index) % 4 == 0
                        ? nil : "message \(i) \(index) " + String(repeating: "x", count: i % 50),
                    scores: (0..<((i + index) % 3)).map { Double(i * 10 + $0) / 8 }
                )
            }
            meta = i % 6 == 0 ? nil : (rank: Int32(i % 11), note: i % 4 == 0 ? nil : "n\(i % 9)")
        }

        var values: [ParquetValue] {
            [
                .int64(id),
                tags.map { .list($0.map(ParquetValue.init)) } ?? .null,
                .list(
                    messages.map { message in
                        .object([
                            ParquetMember("role", .string(message.role)),
                            ParquetMember("content", ParquetValue(message.content)),
                            ParquetMember("scores", .list(message.scores.map(ParquetValue.double))),
                        ])
                    }
                ),
                meta.map {
                    .object([ParquetMember("rank", .int32($0.rank)), ParquetMember("note", ParquetValue($0.note))])
                }
                    ?? .null,
            ]
        }
    }

    static func columns(_ rows: ArraySlice<Row>) -> [ParquetColumnValues] {
        var tagOffsets = [0]
        var tags: [String?] = []
        var messageOffsets = [0]
        var roles: [String] = []
        var contents: [String?] = []
        var scoreOffsets = [0]
        var scores: [Double] = []
        for row in rows {
            tags += row.tags ?? []
            tagOffsets.append(tags.count)
            for message in row.messages {
                roles.append(message.role)
                contents.append(message.content)
                scores += message.scores
                scoreOffsets.append(scores.count)
            }
            messageOffsets.append(roles.count)
        }
        return [
            .int64s(rows.map(\.id)),
            .lists(offsets: tagOffsets, element: .optionalStrings(tags), nulls: rows.map { $0.tags == nil }),
            .lists(
                offsets: messageOffsets,
                element: .structs([
                    .strings(roles),
                    .optionalStrings(contents),
                    .lists(offsets: scoreOffsets, element: .doubles(scores)),
                ])
            ),
            .structs(
                [.int32s(rows.map { $0.meta?.rank ?? 0 }), .optionalStrings(rows.map { $0.meta?.note })],
                nulls: rows.map { $0.meta == nil }
            ),
        ]
    }

    static func readAll(_ path: String) async throws -> [[ParquetValue]] {
        let file = try await ParquetFileReader.open(FileByteSource(path: path))
        var rows: [[ParquetValue]] = []
        for index in file.rowGroups.indices { rows += try await file.readRowGroup(index).rows() }
        return rows
    }

    @Test(arguments: [(rows: 1, batch: 1), (rows: 250, batch: 7), (rows: 1000, batch: 50), (rows: 2000, batch: 600)])
    func nestedBatchesMatchRowAppends(rows count: Int, batch: Int) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let rows = (0..<count).map(Row.init)
        var options = ParquetWriterOptions(rowGroupRowLimit: 300)
        options.pageByteLimit = 2048
        let rowPath = directory.path("rows.parquet")
        let rowWriter = try ParquetWriter(path: rowPath, schema: Self.schema, options: options)
        for row in rows { try rowWriter.append(row.values) }
        try rowWriter.close()
        let batchPath = directory.path("batches.parquet")
        let batchWriter = try ParquetWriter(path: batchPath, schema: Self.schema, options: options)
        for start in stride(from: 0, to: count, by: batch) {
            try batchWriter.append(columns: Self.columns(rows[start..<min(start + batch, count)]))
        }
        try batchWriter.close()
        let expected = rows.map(\.values)
        #expect(try await Self.readAll(rowPath) == expected)
        #expect(try await Self.readAll(batchPath) == expected)
        if 300 % batch == 0 {
            // The same row groups: the same bytes.
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: rowPath)) == Data(contentsOf: URL(fileURLWithPath: batchPath))
            )
        }
    }

    static let badBatches: [(String, [ParquetColumnValues])] = [
        ("offsets past the elements", replacing(1, with: .lists(offsets: [0, 1, 5], element: .strings(["a", "b"])))),
        ("offsets not from 0", replacing(1, with: .lists(offsets: [1, 2, 2], element: .strings(["a", "b"])))),
        ("decreasing offsets", replacing(1, with: .lists(offsets: [0, 2, 1], element: .strings(["a"])))),
        (
            "null in a required list",
            replacing(2, with: .lists(offsets: [0, 0, 0], element: .values([]), nulls: [true, false]))
        ),
        ("a list for a struct", replacing(3, with: .lists(offsets: [0, 0, 0], element: .int32s([])))),
        ("a struct member short", replacing(3, with: .structs([.int32s([1]), .optionalStrings([nil, nil])]))),
        ("too few struct members", replacing(3, with: .structs([.int32s([1, 2])]))),
        ("a null in a required member", replacing(2, with: messages(roles: .optionalStrings([nil])))),
        ("a string for a double", replacing(2, with: messages(scores: .strings(["1.5"])))),
    ]

    static func replacing(_ index: Int, with column: ParquetColumnValues) -> [ParquetColumnValues] {
        var good = columns(ArraySlice([Row(1), Row(2)]))
        good[index] = column
        return good
    }

    static func messages(
        roles: ParquetColumnValues = .strings(["user"]),
        scores: ParquetColumnValues = .doubles([1.5])
    ) -> ParquetColumnValues {
        .lists(
            offsets: [0, 1, 1],
            element: .structs([roles, .optionalStrings(["hi"]), .lists(offsets: [0, 1], element: scores)])
        )
    }

    @Test(arguments: badBatches)
    func aBadNestedBatchIsRejectedWhole(_ name: String, _ columns: [ParquetColumnValues]) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("bad.parquet")
        let writer = try ParquetWriter(path: path, schema: Self.schema)
        try writer.append(Row(0).values)
        #expect(throws: ParquetError.self, "\(name)") { try writer.append(columns: columns) }
        try writer.append(columns: Self.columns(ArraySlice([Row(1), Row(2)])))
        try writer.close()
        #expect(try await Self.readAll(path) == [Row(0).values, Row(1).values, Row(2).values])
    }
}
