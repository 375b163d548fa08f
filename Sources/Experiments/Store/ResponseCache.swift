public import Foundation
import GRDB
public import LLM

/// Answers already paid for, shared across runs: a re-run of the same request costs nothing.
///
/// Keyed by ``RequestKey`` (provider, model, every sampling parameter, the full messages, the tools and
/// the candidate index), so N candidates of one query never collapse into one cached answer. Stored in
/// SQLite (WAL) at `$BON_CACHE_DIR/responses.sqlite`, else `$XDG_CACHE_HOME/bon/…`, else `~/.cache/bon/…`.
public final class ResponseCache: ResponseStore {
    private let pool: DatabasePool
    /// True inside a run: its journal keeps every answer, and ``absorb(journalAt:)`` copies them in afterwards.
    private let defersWrites: Bool

    /// The default cache location for an environment.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = environment["BON_CACHE_DIR"], !folder.isEmpty { return folder + "/responses.sqlite" }
        if let folder = environment["XDG_CACHE_HOME"], !folder.isEmpty { return folder + "/bon/responses.sqlite" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/bon/responses.sqlite"
    }

    /// Opens (or creates) the cache at `path`.
    ///
    /// With `deferringWrites`, ``store(_:for:)`` does nothing: a run's answers go to its journal alone while it
    /// runs, so that no second write competes with the journal in the moment after an answer arrives (the
    /// moment a kill makes us pay twice), and reach the cache through ``absorb(journalAt:)``.
    public init(path: String, deferringWrites: Bool = false) throws(RunError) {
        defersWrites = deferringWrites
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            var configuration = Configuration()
            // Another connection may hold the lock for a moment (a closing connection's checkpoint, another
            // process sharing the cache): wait for it rather than fail.
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                // A stored answer must be durable as soon as possible: the window between the server
                // finishing a response and the cache holding it is what a crash can make us pay twice.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.write { db in
                try db.execute(sql: ResponseTable.createSQL)
            }
        } catch {
            throw RunError(
                .journal,
                "cannot open the response cache \(path): \(error); pass --no-cache to run without it"
            )
        }
    }

    /// The cached answer for `key`, if any.
    public func lookup(_ key: String) -> ChatResponse? {
        ResponseTable.lookup(key, in: pool)
    }

    /// Queues an answer for storing and returns at once.
    ///
    /// A run's journal already holds the answer, so the caller need not wait for a second database. Failures are
    /// ignored, as a cache miss later only costs money.
    public func store(_ response: ChatResponse, for key: String) {
        guard !defersWrites else { return }
        ResponseTable.storeQueued(response, for: key, in: pool)
    }

    /// Copies every answer of the run journal at `journalPath` that the cache lacks, in one statement.
    ///
    /// - Throws: ``RunError`` when either database cannot be read or written.
    public func absorb(journalAt journalPath: String) throws(RunError) {
        guard FileManager.default.fileExists(atPath: journalPath) else { return }
        do {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS journal", arguments: [journalPath])
                defer { try? db.execute(sql: "DETACH DATABASE journal") }
                try db.execute(
                    sql:
                        "INSERT OR IGNORE INTO main.responses (key, response) SELECT key, response FROM journal.responses"
                )
            }
        } catch {
            throw RunError(.journal, "cannot copy the answers of \(journalPath) into the response cache: \(error)")
        }
    }

    /// Returns once every answer queued by any cache of this process is written (before the process exits).
    public static func waitForQueuedWrites() {
        ResponseTable.waitForQueuedWrites()
    }
}
