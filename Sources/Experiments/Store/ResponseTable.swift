import Foundation
import GRDB
import LLM

/// The `responses` table that both the shared cache and a run's journal keep answers in: one JSON answer per
/// request key.
enum ResponseTable {
    static let createSQL = "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, response BLOB NOT NULL)"

    /// The answer stored under `key` in `pool`, if any.
    static func lookup(_ key: String, in pool: DatabasePool) -> ChatResponse? {
        let data = try? pool.read { db in
            try Data.fetchOne(db, sql: "SELECT response FROM responses WHERE key = ?", arguments: [key])
        }
        guard let data else { return nil }
        return try? JSONDecoder().decode(ChatResponse.self, from: data)
    }

    /// Stores an answer; failures are ignored, as a miss later only costs money, never correctness.
    static func store(_ response: ChatResponse, for key: String, in pool: DatabasePool) {
        guard let data = try? JSONEncoder().encode(response) else { return }
        try? pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO responses (key, response) VALUES (?, ?)",
                arguments: [key, data]
            )
        }
    }
}
