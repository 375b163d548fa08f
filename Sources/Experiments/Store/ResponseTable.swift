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

    /// Stores an answer without waiting for it.
    ///
    /// The write is queued on the database's writer, so it lands before any later write to the same database
    /// (a candidate's row after its answer) and the caller can go on to its next request at once. Failures are
    /// ignored, as a miss later only costs money, never correctness.
    static func store(_ response: ChatResponse, for key: String, in pool: DatabasePool) {
        pending.enter()
        pool.asyncWrite { db in
            let data = try JSONEncoder().encode(response)
            try db.execute(
                sql: "INSERT OR REPLACE INTO responses (key, response) VALUES (?, ?)",
                arguments: [key, data]
            )
        } completion: { _, _ in
            pending.leave()
        }
    }

    /// Answers queued by ``store(_:for:in:)`` and not yet written, in every database.
    private static let pending = DispatchGroup()

    /// Returns once every queued answer is written (before the process exits or hands its files on).
    static func waitForPendingWrites() {
        pending.wait()
    }
}
