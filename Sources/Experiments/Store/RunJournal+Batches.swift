import Foundation
import GRDB

/// A provider batch recorded in the run journal.
public struct JournaledBatch: Sendable, Hashable {
    /// The provider's batch id.
    public var id: String
    /// The last state seen (``BatchStatus/State`` raw value).
    public var state: String
    /// The custom ids of its items.
    public var customIDs: [String]
}

extension RunJournal {
    /// Creates the batch tables when missing (older journals have none).
    static func createBatchTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS batches (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    state TEXT NOT NULL,
                    item_count INTEGER NOT NULL,
                    submitted_at TEXT NOT NULL
                );
                CREATE TABLE IF NOT EXISTS batch_items (
                    custom_id TEXT NOT NULL,
                    batch_seq INTEGER NOT NULL,
                    PRIMARY KEY (custom_id, batch_seq)
                );
                """
        )
    }

    /// Records a submitted batch and the custom ids of its items in one transaction.
    ///
    /// Called as soon as the provider has accepted the batch, so a later process waits for this batch
    /// instead of submitting its items again.
    public func recordBatch(id: String, state: String, customIDs: [String]) throws(RunError) {
        do {
            try pool.write { db in
                try db.execute(
                    sql: "INSERT OR IGNORE INTO batches (id, state, item_count, submitted_at) VALUES (?, ?, ?, ?)",
                    arguments: [id, state, customIDs.count, ISO8601DateFormatter().string(from: Date())]
                )
                let seq = try Int.fetchOne(db, sql: "SELECT seq FROM batches WHERE id = ?", arguments: [id]) ?? 0
                let statement = try db.makeStatement(
                    sql: "INSERT OR IGNORE INTO batch_items (custom_id, batch_seq) VALUES (?, ?)"
                )
                for customID in customIDs { try statement.execute(arguments: [customID, seq]) }
            }
        } catch {
            throw RunError.journal("cannot record batch \(id) in the run journal \(path): \(error)")
        }
    }

    /// Updates the last seen state of batch `id`.
    public func updateBatch(id: String, state: String) throws(RunError) {
        do {
            try pool.write { db in
                try db.execute(sql: "UPDATE batches SET state = ? WHERE id = ?", arguments: [state, id])
            }
        } catch {
            throw RunError.journal("cannot update batch \(id) in the run journal \(path): \(error)")
        }
    }

    /// Every recorded batch, oldest first, with its items' custom ids.
    public func batches() throws(RunError) -> [JournaledBatch] {
        do {
            return try pool.read { db in
                var batches: [Int: JournaledBatch] = [:]
                var order: [Int] = []
                for row in try Row.fetchAll(db, sql: "SELECT seq, id, state FROM batches ORDER BY seq") {
                    let seq: Int = row[0]
                    batches[seq] = JournaledBatch(id: row[1], state: row[2], customIDs: [])
                    order.append(seq)
                }
                let items = try Row.fetchCursor(
                    db,
                    sql: "SELECT custom_id, batch_seq FROM batch_items ORDER BY batch_seq, rowid"
                )
                while let row = try items.next() {
                    let seq: Int = row[1]
                    batches[seq]?.customIDs.append(row[0])
                }
                return order.compactMap { batches[$0] }
            }
        } catch {
            throw RunError.journal("cannot read the batches of the run journal \(path): \(error)")
        }
    }
}
