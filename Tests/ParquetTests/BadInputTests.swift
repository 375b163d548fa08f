import Foundation
import Parquet
import Testing

/// Damaged files must produce a ``ParquetError`` naming the place, never a crash, hang or huge allocation.
@Suite struct BadInputTests {
    /// Reads everything; returns the number of rows or throws.
    static func readAll(_ bytes: [UInt8], name: String) async throws -> (rows: Int, footerRows: Int64) {
        let file = try await ParquetFileReader.open(MemoryByteSource(bytes, name: name))
        var rows = 0
        for index in file.rowGroups.indices {
            let group = try await file.readRowGroup(index)
            rows += try group.rows().count
            for column in group.columns { _ = try column.values() }
        }
        return (rows, file.rowCount)
    }

    /// A deterministic pseudo-random sequence (64-bit LCG), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    @Test(.timeLimit(.minutes(5)), arguments: Fixtures.names)
    func flippedAndTruncatedBytesNeverCrash(name: String) async throws {
        let original = try Fixtures.bytes(name)
        var variants: [[UInt8]] = []
        // Truncations: a spread over the whole file plus every cut in the footer's tail.
        for length in stride(from: 0, to: original.count, by: 13) { variants.append(Array(original[0..<length])) }
        for length in max(0, original.count - 48)..<original.count { variants.append(Array(original[0..<length])) }
        // Byte corruptions at pseudo-random positions, three kinds each.
        var random = Generator(state: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        for _ in 0..<250 {
            let position = Int(random.next() % UInt64(original.count))
            for replacement in [original[position] ^ 0xff, UInt8(truncatingIfNeeded: random.next()), 0x7f] {
                guard replacement != original[position] else { continue }
                var copy = original
                copy[position] = replacement
                variants.append(copy)
            }
        }
        var failures = 0
        for (index, variant) in variants.enumerated() {
            do {
                let (rows, footerRows) = try await Self.readAll(variant, name: "\(name)#\(index)")
                #expect(Int64(rows) == footerRows, "variant \(index) of \(name) read inconsistently")
            } catch let error as ParquetError {
                failures += 1
                #expect(error.file == "\(name)#\(index)", "error without the file name: \(error)")
            }
        }
        #expect(variants.count > 500)
        #expect(failures > variants.count / 3, "most damaged variants of \(name) should be rejected")
    }

    @Test func badMagicNamesTheFile() async throws {
        var bytes = try Fixtures.bytes("sample_none")
        bytes[0] = UInt8(ascii: "X")
        let error = await #expect(throws: ParquetError.self) { try await Self.readAll(bytes, name: "magic.parquet") }
        #expect(error?.code == .badMagic)
        #expect(error?.file == "magic.parquet")
        #expect(error?.offset == 0)
        bytes = try Fixtures.bytes("sample_none")
        let truncated = Array(bytes[0..<(bytes.count - 3)])
        let end = await #expect(throws: ParquetError.self) { try await Self.readAll(truncated, name: "cut.parquet") }
        #expect(end?.code == .badMagic)
    }

    @Test func corruptPageHeaderNamesColumnAndOffset() async throws {
        var bytes = try Fixtures.bytes("sample_none")
        let file = try await ParquetFileReader.open(MemoryByteSource(bytes))
        let chunk = file.rowGroups[0].columns[1]
        #expect(chunk.path == "split")
        let start = Int(chunk.startOffset)
        bytes[start] = 0x0f  // not a valid field header type
        let error = await #expect(throws: ParquetError.self) { try await Self.readAll(bytes, name: "header.parquet") }
        #expect(error?.code == .corruptMetadata)
        #expect(error?.column == "split")
        #expect(error?.offset == Int64(start))
        #expect(error?.file == "header.parquet")
    }

    @Test func pageOfTheWrongSizeIsRejected() async throws {
        var bytes = try Fixtures.bytes("sample_none")
        let file = try await ParquetFileReader.open(MemoryByteSource(bytes))
        let start = Int(file.rowGroups[0].columns[0].startOffset)
        // PageHeader: 15 <type> 15 <uncompressed size> 15 <compressed size> …
        #expect(bytes[start] == 0x15 && bytes[start + 2] == 0x15)
        bytes[start + 3] &+= 2
        let error = await #expect(throws: ParquetError.self) { try await Self.readAll(bytes, name: "size.parquet") }
        #expect(error?.code == .corruptPage)
        #expect(error?.column == "query_id")
        #expect(error?.offset == Int64(start))
        #expect(error?.description.contains("size.parquet") == true)
    }
}
