import Foundation
import GRDB
public import LLM

extension RunJournal: ResponseStore {
    /// The answer stored for `key` by this run (or a killed earlier process of it), if any.
    public func lookup(_ key: String) -> ChatResponse? {
        let data = try? pool.read { db in
            try Data.fetchOne(db, sql: "SELECT response FROM responses WHERE key = ?", arguments: [key])
        }
        guard let data else { return nil }
        return try? JSONDecoder().decode(ChatResponse.self, from: data)
    }

    /// Keeps an answer as soon as it arrives; committed before the caller sees it.
    public func store(_ response: ChatResponse, for key: String) {
        guard let data = try? JSONEncoder().encode(response) else { return }
        try? pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO responses (key, response) VALUES (?, ?)",
                arguments: [key, data]
            )
        }
    }
}
