internal import Foundation
internal import Parquet

/// Reads a JSON Lines file (or a `.json` file holding one array or one object per line) from any
/// ``ByteSource``, in blocks, stopping as soon as the caller has enough rows.
///
/// Malformed lines become skipped rows with a reason, never an error. The whole file is one unit.
struct JSONLinesReader: RowReader {
    /// Where the bytes come from.
    let source: any ByteSource
    /// Bytes fetched per read.
    var blockSize = 1 << 20

    func units() async throws(DatasetError) -> [RowUnit] {
        [RowUnit(ordinal: 0, firstRow: 0, rowCount: nil)]
    }

    func readRows(of unit: RowUnit, _ body: (FileRow) throws(DatasetError) -> Bool) async throws(DatasetError) {
        let size: Int64
        do {
            size = try await source.size()
        } catch {
            throw DatasetError(.unreadableFile, "cannot read \(source.name): \(error)")
        }
        var offset: Int64 = 0
        var pending: [UInt8] = []
        var rowIndex = 0
        var firstByte = true
        while offset < size {
            let length = Int(min(Int64(blockSize), size - offset))
            var block: [UInt8]
            do {
                block = try await source.read(offset: offset, length: length)
            } catch let error as DatasetError {
                throw error
            } catch {
                throw DatasetError(.unreadableFile, "cannot read \(source.name) at byte \(offset): \(error)")
            }
            offset += Int64(length)
            if firstByte {
                firstByte = false
                if block.starts(with: [0xEF, 0xBB, 0xBF]) { block.removeFirst(3) }
                if block.first(where: { !Self.isSpace($0) }) == UInt8(ascii: "[") {
                    // A `.json` array: read it whole (such files are small by nature).
                    let rest = try await readRest(after: offset, size: size)
                    try emitArray(block + rest, body)
                    return
                }
            }
            pending.append(contentsOf: block)
            var lineStart = 0
            while let newline = pending[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[lineStart..<newline]
                lineStart = newline + 1
                guard let row = Self.row(from: line, index: rowIndex) else { continue }
                rowIndex += 1
                guard try body(row) else { return }
            }
            pending.removeFirst(lineStart)
        }
        if let row = Self.row(from: pending[...], index: rowIndex) { _ = try body(row) }
    }

    private func readRest(after offset: Int64, size: Int64) async throws(DatasetError) -> [UInt8] {
        guard offset < size else { return [] }
        do {
            return try await source.read(offset: offset, length: Int(size - offset))
        } catch {
            throw DatasetError(.unreadableFile, "cannot read \(source.name): \(error)")
        }
    }

    private func emitArray(_ bytes: [UInt8], _ body: (FileRow) throws(DatasetError) -> Bool) throws(DatasetError) {
        guard case .list(let items) = (try? RowValue(json: Data(bytes))) ?? .null else {
            throw DatasetError(.unreadableFile, "\(source.name) is not valid JSON (expected an array of rows)")
        }
        for (index, item) in items.enumerated() {
            let value: Result<[String: RowValue], NemotronNormalizer.Skip> =
                item.object.map { .success($0) } ?? .failure(.init(reason: "row is not a JSON object"))
            guard try body(FileRow(index: index, value: value)) else { return }
        }
    }

    /// The row of one line, or `nil` for a blank line.
    static func row(from line: ArraySlice<UInt8>, index: Int) -> FileRow? {
        guard line.contains(where: { !isSpace($0) }) else { return nil }
        guard let value = try? RowValue(json: Data(line)) else {
            return FileRow(index: index, value: .failure(.init(reason: "malformed JSON line")))
        }
        guard let object = value.object else {
            return FileRow(index: index, value: .failure(.init(reason: "row is not a JSON object")))
        }
        return FileRow(index: index, value: .success(object))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
