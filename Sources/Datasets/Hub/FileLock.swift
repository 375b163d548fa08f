internal import Foundation

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// An exclusive `flock` on a lock file, the one `huggingface_hub` takes (`.locks/…/<etag>.lock`), so two
/// processes never write the same blob at once.
final class FileLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Waits (polling, without blocking a thread) until the lock at `path` is held.
    static func acquire(_ path: String) async throws(DatasetError) -> FileLock {
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true
        )
        let descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw DatasetError(.localFile, "cannot open the lock file \(path)") }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            do {
                try await Task.sleep(for: .milliseconds(100))
            } catch {
                close(descriptor)
                throw DatasetError(.network, "cancelled while waiting for \(path)")
            }
        }
        return FileLock(descriptor: descriptor)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
