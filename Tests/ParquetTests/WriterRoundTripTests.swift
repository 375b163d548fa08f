import Foundation
import Parquet
import TestSupport
import Testing

@Suite struct WriterRoundTripTests {
    @Test(arguments: [ParquetCompression.snappy, .zstd, .gzip, .uncompressed])
    func rowsSurviveAWriteAndRead(compression: ParquetCompression) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("out.parquet")
        var options = ParquetWriterOptions(compression: compression, rowGroupRowLimit: 64)
        options.pageByteLimit = 512
        let writer = try ParquetWriter(path: path, schema: PyarrowInteropTests.resultSchema, options: options)
        let rows = (0..<300).map(PyarrowInteropTests.resultRow)
        try writer.append(rows: rows)
        #expect(!FileManager.default.fileExists(atPath: path), "the file appears only at close")
        try writer.close()
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["out.parquet"])

        let file = try await ParquetFileReader.open(FileByteSource(path: path))
        #expect(file.rowCount == 300)
        #expect(file.rowGroups.count == 5)
        #expect(file.schema == PyarrowInteropTests.resultSchema)
        #expect(file.createdBy == "bon")
        var read: [[ParquetValue]] = []
        for index in file.rowGroups.indices {
            read += try await file.readRowGroup(index).rows()
        }
        #expect(read == rows)
    }

    @Test func typedColumnsAndStatistics() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("typed.parquet")
        let schema = ParquetSchema([
            ParquetField("split", .string),
            ParquetField("score", .double, nullable: true),
            ParquetField("ok", .boolean, nullable: true),
        ])
        let writer = try ParquetWriter(path: path, schema: schema)
        for i in 0..<1000 {
            try writer.append([
                .string(i % 2 == 0 ? "math" : "code"), i % 3 == 0 ? .null : .double(Double(i)),
                ParquetValue(i % 5 == 0 ? nil : i % 2 == 0),
            ])
        }
        try writer.close()
        let file = try await ParquetFileReader.open(FileByteSource(path: path))
        let chunk = file.rowGroups[0].columns
        #expect(chunk[0].encodings.contains("RLE_DICTIONARY"))
        #expect(chunk[1].nullCount == 334)
        let group = try await file.readRowGroup(0)
        let splits = try group.column("split").strings()
        #expect(splits.count == 1000 && splits[1] == "code")
        let scores = try group.column("score").doubles()
        #expect(scores[3] == nil && scores[4] == 4)
        #expect(try group.column("ok").bools()[5] == nil)
    }

    @Test func badRowsAreRejectedAndTheWriterStaysUsable() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("bad.parquet")
        let schema = ParquetSchema([
            ParquetField("a", .int32),
            ParquetField("b", .list(ParquetField("element", .string))),
        ])
        let writer = try ParquetWriter(path: path, schema: schema)
        #expect(throws: ParquetError.self) { try writer.append([.int32(1)]) }
        #expect(throws: ParquetError.self) { try writer.append([.null, .list([])]) }
        #expect(throws: ParquetError.self) { try writer.append([.int32(1), .list(["x", .null])]) }
        #expect(throws: ParquetError.self) { try writer.append([.string("x"), .list([])]) }
        try writer.append([.int32(7), .list(["y"])])
        try writer.close()
        let file = try await ParquetFileReader.open(FileByteSource(path: path))
        #expect(try await file.readRowGroup(0).rows() == [[.int32(7), .list(["y"])]])
    }

    @Test func abortLeavesNothingBehind() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("gone.parquet")
        let writer = try ParquetWriter(path: path, schema: ParquetSchema([ParquetField("a", .int64)]))
        try writer.append([.int64(1)])
        writer.abort()
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    @Test func emptyFileHasOneEmptyRowGroup() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("empty.parquet")
        let writer = try ParquetWriter(path: path, schema: ParquetSchema([ParquetField("a", .string, nullable: true)]))
        try writer.close()
        let file = try await ParquetFileReader.open(FileByteSource(path: path))
        #expect(file.rowCount == 0)
        #expect(try await file.readRowGroup(0).rows().isEmpty)
    }
}

@Suite struct WriterBatchTests {
    @Test func columnBatchesMatchRowAppends() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let schema = ParquetSchema([
            ParquetField("id", .string),
            ParquetField("note", .string, nullable: true),
            ParquetField("index", .int32),
            ParquetField("score", .double, nullable: true),
            ParquetField("tokens", .int64),
            ParquetField("ok", .boolean, nullable: true),
            ParquetField("tags", .list(ParquetField("element", .string))),
        ])
        let count = 2500
        let ids = (0..<count).map { "q\($0)" }
        let notes: [String?] = (0..<count).map { $0 % 3 == 0 ? nil : "n\($0 % 5)" }
        let indices = (0..<count).map { Int32($0 % 8) }
        let scores: [Double?] = (0..<count).map { $0 % 4 == 0 ? nil : Double($0) / 3 }
        let tokens = (0..<count).map { Int64($0) << 20 }
        let flags: [Bool?] = (0..<count).map { $0 % 7 == 0 ? nil : $0 % 2 == 0 }
        let tags: [ParquetValue] = (0..<count).map { i in .list((0..<(i % 3)).map { .string("t\($0)") }) }
        let path = directory.path("batch.parquet")
        let writer = try ParquetWriter(
            path: path,
            schema: schema,
            options: ParquetWriterOptions(rowGroupRowLimit: 1000)
        )
        // A bad batch (wrong kind) is rejected whole; the writer stays usable.
        #expect(throws: ParquetError.self) {
            try writer.append(columns: [
                .strings(["x"]), .optionalStrings([nil]), .int32s([1]), .optionalDoubles([nil]),
                .int64s([1]), .optionalBools([nil]), .strings(["not a list"]),
            ])
        }
        for start in stride(from: 0, to: count, by: 700) {
            let range = start..<min(start + 700, count)
            try writer.append(columns: [
                .strings(Array(ids[range])), .optionalStrings(Array(notes[range])), .int32s(Array(indices[range])),
                .optionalDoubles(Array(scores[range])), .int64s(Array(tokens[range])),
                .optionalBools(Array(flags[range])), .values(Array(tags[range])),
            ])
        }
        try writer.close()
        let file = try await ParquetFileReader.open(FileByteSource(path: path))
        #expect(file.rowCount == Int64(count))
        var readIDs: [String?] = []
        var readScores: [Double?] = []
        var readFlags: [Bool?] = []
        var readTags: [ParquetValue] = []
        for index in file.rowGroups.indices {
            let group = try await file.readRowGroup(index, columns: ["id", "score", "ok", "tags"])
            readIDs += try group.column("id").strings()
            readScores += try group.column("score").doubles()
            readFlags += try group.column("ok").bools()
            readTags += try group.column("tags").values()
        }
        #expect(readIDs == ids)
        #expect(readScores == scores)
        #expect(readFlags == flags)
        #expect(readTags == tags)
    }
}
