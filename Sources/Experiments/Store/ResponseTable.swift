import Foundation
import GRDB
import LLM

/// The `responses` table that both the shared cache and a run's journal keep answers in: one JSON answer per
/// request key.
enum ResponseTable {
    static let createSQL = "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, response BLOB NOT NULL)"

    /// The answer stored under `key` in `pool`, if any.
    static func lookup(_ key: String, in pool: DatabasePool) -> ChatResponse? {
        // One SELECT needs no transaction, and its statement is prepared once per connection.
        let data = try? pool.unsafeRead { db in
            try Data.fetchOne(db.cachedStatement(sql: "SELECT response FROM responses WHERE key = ?"), arguments: [key])
        }
        guard let data else { return nil }
        return try? JSONDecoder().decode(ChatResponse.self, from: data)
    }

    /// The first 64 bits of every key in `pool` (keys are hex SHA-256), for a filter that answers most misses
    /// without a query.
    static func keyPrefixes(in pool: DatabasePool) throws -> Set<UInt64> {
        try pool.read { db in
            var prefixes = Set<UInt64>()
            let keys = try String.fetchCursor(db, sql: "SELECT key FROM responses")
            while let key = try keys.next() {
                if let prefix = keyPrefix(key) { prefixes.insert(prefix) }
            }
            return prefixes
        }
    }

    /// The first 16 hex digits of a key as a number, or nil for a key that is not hex.
    static func keyPrefix(_ key: String) -> UInt64? {
        guard key.utf8.count >= 16 else { return nil }
        return UInt64(key.prefix(16), radix: 16)
    }

    /// Stores an answer before returning, on the caller's thread.
    ///
    /// A killed run loses only answers that had not reached this point. Failures are ignored, as a miss later only
    /// costs money, never correctness.
    static func store(_ response: ChatResponse, for key: String, in pool: DatabasePool) {
        guard let data = try? JSONEncoder().encode(response) else { return }
        // One INSERT is atomic on its own; a transaction around it would cost two more statements.
        try? pool.writeWithoutTransaction { db in try insert(data, for: key, into: db) }
    }

    /// Stores an answer without waiting.
    ///
    /// The write is queued on the database's writer. For the shared cache, whose answers are not needed to resume
    /// a killed run (the journal holds them); see ``waitForQueuedWrites()``.
    static func storeQueued(_ response: ChatResponse, for key: String, in pool: DatabasePool) {
        queued.enter()
        pool.asyncWrite { db in
            try insert(try JSONEncoder().encode(response), for: key, into: db)
        } completion: { _, _ in
            queued.leave()
        }
    }

    /// Compiles the insert on the writer's connection and warms the encoder, so that the first answers of a
    /// fresh process are stored as fast as the later ones (the window a kill can make us pay twice).
    static func prepare(_ pool: DatabasePool) {
        _ = try? JSONEncoder().encode(
            ChatResponse(
                message: .assistant(""),
                finishReason: "",
                usage: Usage(),
                model: "",
                costUSD: nil,
                latencyMs: 0
            )
        )
        try? pool.writeWithoutTransaction { db in _ = try db.cachedStatement(sql: insertSQL) }
    }

    private static let insertSQL = "INSERT OR REPLACE INTO responses (key, response) VALUES (?, ?)"

    private static func insert(_ data: Data, for key: String, into db: Database) throws {
        try db.cachedStatement(sql: insertSQL)
            .execute(arguments: [key, data])
    }

    /// Writes queued by ``storeQueued(_:for:in:)`` and not yet done, in every database of the process.
    private static let queued = DispatchGroup()

    /// Returns once every queued write is done.
    static func waitForQueuedWrites() {
        queued.wait()
    }
}
