import Foundation
import Synchronization

/// One row group being encoded, compressed and written in the background while the writer buffers the next.
///
/// The column chunks are encoded in parallel, then written in schema order from `position` on. ``wait()``
/// returns the row group's footer entry and the bytes written; then ``takeLeaves()`` hands back the leaf
/// buffers (cleared, capacity kept) for the writer to reuse.
///
/// `leaves` belongs to the background work until `done` is signalled and to the writer afterwards (the
/// semaphore orders the accesses), hence `@unchecked Sendable`.
final class RowGroupJob: @unchecked Sendable {
    struct Outcome: Sendable {
        var group: RowGroup
        var bytesWritten: Int64
    }

    private let done = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<Outcome, ParquetError>?>(nil)
    private var leaves: [LeafBuilder]

    /// Starts encoding `leaves` (`rows` rows) and writing them to `handle` at `position`.
    init(
        leaves: [LeafBuilder],
        rows: Int,
        ordinal: Int,
        position: Int64,
        handle: FileHandle,
        options: ParquetWriterOptions,
        path: String
    ) {
        self.leaves = leaves
        DispatchQueue.global().async { [self] in
            let result = Result { () throws(ParquetError) -> Outcome in
                try Self.run(
                    &self.leaves,
                    rows: rows,
                    ordinal: ordinal,
                    position: position,
                    handle: handle,
                    options: options
                )
            }
            outcome.withLock { $0 = result.mapError { $0.located(file: path) } }
            done.signal()
        }
    }

    /// Blocks until the row group is written; returns what ``init`` promised or the error that stopped it.
    func wait() -> Result<Outcome, ParquetError> {
        done.wait()
        done.signal()  // later waits return at once
        return outcome.withLock { $0 ?? .failure(ParquetError(.io, "row group job ended without an outcome")) }
    }

    /// The leaf buffers, cleared; call after ``wait()``.
    func takeLeaves() -> [LeafBuilder] {
        var taken: [LeafBuilder] = []
        swap(&taken, &leaves)
        return taken
    }

    private static func run(
        _ leaves: inout [LeafBuilder],
        rows: Int,
        ordinal: Int,
        position start: Int64,
        handle: FileHandle,
        options: ParquetWriterOptions
    ) throws(ParquetError) -> Outcome {
        let encoder = ColumnChunkEncoder(options: options)
        var group = RowGroup()
        group.numRows = Int64(rows)
        group.fileOffset = start
        var position = start
        let encoded = encodeChunks(&leaves, encoder: encoder)
        for index in leaves.indices {
            guard let result = encoded[index] else { continue }
            var meta = try result.get()
            meta.dataPageOffset += position
            if let dictionary = meta.dictionaryPageOffset { meta.dictionaryPageOffset = dictionary + position }
            let bytes = leaves[index].scratch.output
            do {
                try handle.write(contentsOf: bytes)
            } catch {
                throw ParquetError(.io, "write failed: \(error)", offset: position)
            }
            position += Int64(bytes.count)
            var chunk = ColumnChunk()
            chunk.fileOffset = 0
            chunk.metaData = meta
            group.columns.append(chunk)
            group.totalByteSize += meta.totalUncompressedSize
        }
        group.totalCompressedSize = position - start
        startWriteback(handle)
        group.ordinal = Int16(truncatingIfNeeded: ordinal)
        // The encoded copies are gone: clearing keeps the buffers' capacity for a later row group.
        for index in leaves.indices { leaves[index].reset() }
        return Outcome(group: group, bytesWritten: position - start)
    }

    /// Puts the row group on disk now, while the writer fills the next one, so that the fsync at
    /// ``ParquetWriter/close()`` has little left to do (a failure here is left for that fsync to report).
    private static func startWriteback(_ handle: FileHandle) {
        #if os(Linux)
        _ = fdatasync(handle.fileDescriptor)
        #else
        _ = fsync(handle.fileDescriptor)
        #endif
    }

    /// Encodes every leaf's chunk (into its scratch output), several at once.
    private static func encodeChunks(
        _ leaves: inout [LeafBuilder],
        encoder: ColumnChunkEncoder
    ) -> [Int: Result<ColumnMetaData, ParquetError>] {
        let results = Mutex<[Int: Result<ColumnMetaData, ParquetError>]>([:])
        let count = leaves.count
        leaves.withUnsafeMutableBufferPointer { buffer in
            // Each iteration touches only its own element.
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let result: Result<ColumnMetaData, ParquetError>
                do throws(ParquetError) {
                    result = .success(try encoder.encode(&buffer[index], fileOffset: 0))
                } catch {
                    result = .failure(error)
                }
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0 }
    }
}
