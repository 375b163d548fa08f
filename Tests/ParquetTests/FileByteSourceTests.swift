import Foundation
import Parquet
import TestSupport
import Testing

@Suite struct FileByteSourceTests {
    @Test func readsExactRangesAndRejectsShortReads() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("bytes.bin", "0123456789")
        let source = FileByteSource(path: path)
        #expect(try await source.size() == 10)
        #expect(try await source.read(offset: 3, length: 4) == Array("3456".utf8))
        await #expect(throws: (any Error).self) { try await source.read(offset: 8, length: 4) }
    }
}
