import Foundation

/// Keeps a second `bon run` off a journal in use (two terminals, or shards sharing one `--output`).
///
/// An advisory `flock` on `<journal>.lock`, held while the process lives: the kernel releases it when the
/// process ends, even by SIGKILL, so a crashed run never leaves a stale lock. On file systems without
/// `flock` (some network mounts) the run goes on unguarded.
final class JournalLock: Sendable {
    private let descriptor: Int32
    private let path: String

    /// Takes the lock for the journal at `journalPath`.
    ///
    /// - Throws: ``RunError`` with ``RunError/Code/journalInUse`` when another process holds it.
    init(journalPath: String) throws(RunError) {
        let path = journalPath + ".lock"
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RunError(
                .output,
                "cannot create the output folder \(folder) (\(error.localizedDescription)); choose another `output`"
            )
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RunError.journal("cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            if failure == EWOULDBLOCK {
                var holder = [UInt8](repeating: 0, count: 32)
                let count = pread(descriptor, &holder, holder.count, 0)
                close(descriptor)
                let pid = String(decoding: holder.prefix(max(0, count)), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                throw RunError(
                    .journalInUse,
                    "another bon run\(pid.isEmpty ? "" : " (pid \(pid))") is using the journal \(journalPath); "
                        + "wait for it to end, or give this run its own --output"
                )
            }
        } else {
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = pwrite(descriptor, pid, pid.count, 0)
        }
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        // Removed while still held, so that a finished run leaves no lock file behind.
        unlink(path)
        close(descriptor)
    }
}
