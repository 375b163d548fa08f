import Foundation
import GRDB
import Synchronization
import Verification

/// The crash-safe record of a run: every finished candidate is committed here before the run goes on.
///
/// An SQLite database in WAL mode next to the output (`<output>.journal.sqlite`). A killed run restarted
/// with the same command reads it back and skips every `(query_id, candidate_idx)` already done. A
/// journal whose config hash differs refuses to resume. Every provider answer is also kept here the moment
/// it arrives (see ``ResponseStore``), so a run killed between an answer and its verified row never asks
/// for that answer again.
public final class RunJournal: Sendable {
    /// The journal's path.
    public let path: String
    let pool: DatabasePool
    /// The first 64 bits of every answer's key in the journal (see ``lookup(_:)``).
    let storedKeyPrefixes: Mutex<Set<UInt64>>

    /// Opens (or creates) the journal at `path`.
    ///
    /// - Throws: ``RunError`` when the database cannot be opened.
    public init(path: String) throws(RunError) {
        self.path = path
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
                // NORMAL in WAL mode survives a process kill; only power loss can drop the last commits.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                        CREATE TABLE IF NOT EXISTS candidates (
                            query_id TEXT NOT NULL,
                            candidate_idx INTEGER NOT NULL,
                            record BLOB NOT NULL,
                            cost_usd REAL,
                            PRIMARY KEY (query_id, candidate_idx)
                        );
                        """
                )
                try db.execute(sql: ResponseTable.createSQL)
                try Self.createBatchTables(db)
            }
            storedKeyPrefixes = Mutex(try ResponseTable.keyPrefixes(in: pool))
            ResponseTable.prepare(pool)
        } catch {
            throw RunError.journal("cannot open the run journal \(path): \(error)")
        }
    }

    /// A value stored beside the candidates (config hash, run id, batch ids, …).
    public func meta(_ key: String) throws(RunError) -> String? {
        do {
            return try pool.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
            }
        } catch {
            throw RunError.journal("cannot read the run journal \(path): \(error)")
        }
    }

    /// Stores a value beside the candidates.
    public func setMeta(_ key: String, _ value: String) throws(RunError) {
        do {
            try pool.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
            }
        } catch {
            throw RunError.journal("cannot write the run journal \(path): \(error)")
        }
    }

    /// Commits one finished candidate; returns only once it is durable.
    public func commit(_ record: ResultRecord) throws(RunError) {
        do {
            let data = try JSONEncoder().encode(record)
            // One INSERT is atomic on its own; the writer is held as briefly as possible, for the answers.
            try pool.writeWithoutTransaction { db in
                try db.cachedStatement(
                    sql:
                        "INSERT OR REPLACE INTO candidates (query_id, candidate_idx, record, cost_usd) VALUES (?, ?, ?, ?)"
                ).execute(arguments: [record.queryID, record.candidateIndex, data, record.costUSD])
            }
        } catch {
            throw RunError.journal("cannot commit a candidate to the run journal \(path): \(error)")
        }
    }

    /// The `(query_id, candidate_idx)` pairs already committed.
    public func completedKeys() throws(RunError) -> Set<CandidateKey> {
        do {
            return try pool.read { db in
                var keys: Set<CandidateKey> = []
                let rows = try Row.fetchCursor(db, sql: "SELECT query_id, candidate_idx FROM candidates")
                while let row = try rows.next() {
                    keys.insert(CandidateKey(queryID: row[0], candidateIndex: row[1]))
                }
                return keys
            }
        } catch {
            throw RunError.journal("cannot read the run journal \(path): \(error)")
        }
    }

    /// The committed candidates whose verdict is an error (``Verdict/isError``), which `--retry-errors` makes again.
    public func erroredKeys() throws(RunError) -> Set<CandidateKey> {
        let verdicts = Verdict.allCases.filter(\.isError).map(\.rawValue)
        let placeholders = verdicts.map { _ in "?" }.joined(separator: ", ")
        do {
            return try pool.read { db in
                // Read in SQL, as `meanTokensBySplit` does, rather than by decoding every record.
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT query_id, candidate_idx FROM candidates
                        WHERE json_extract(CAST(record AS TEXT), '$.verdict') IN (\(placeholders))
                        """,
                    arguments: StatementArguments(verdicts)
                )
                var keys: Set<CandidateKey> = []
                while let row = try rows.next() {
                    keys.insert(CandidateKey(queryID: row[0], candidateIndex: row[1]))
                }
                return keys
            }
        } catch {
            throw RunError.journal("cannot read the run journal \(path): \(error)")
        }
    }

    /// Mean tokens of one finished candidate (no error), by split: what the rest of a run is estimated from.
    public func meanTokensBySplit() throws(RunError) -> [String: TokenMeans] {
        do {
            return try pool.read { db in
                // The record is JSON text in a BLOB; CAST keeps SQLite from reading it as JSONB.
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT json_extract(json, '$.split'), AVG(json_extract(json, '$.inputTokens')),
                               AVG(json_extract(json, '$.outputTokens')), COUNT(*)
                        FROM (SELECT CAST(record AS TEXT) AS json FROM candidates)
                        WHERE json_extract(json, '$.error') IS NULL
                        GROUP BY 1
                        """
                )
                var means: [String: TokenMeans] = [:]
                for row in rows {
                    guard let split: String = row[0], let input: Double = row[1], let output: Double = row[2] else {
                        continue
                    }
                    means[split] = TokenMeans(input: input, output: output, candidates: row[3])
                }
                return means
            }
        } catch {
            throw RunError.journal("cannot read the run journal \(path): \(error)")
        }
    }

    /// Total cost of the committed candidates.
    public func totalCost() throws(RunError) -> Double {
        do {
            return try pool.read { db in
                try Double.fetchOne(db, sql: "SELECT COALESCE(SUM(cost_usd), 0) FROM candidates") ?? 0
            }
        } catch {
            throw RunError.journal("cannot read the run journal \(path): \(error)")
        }
    }

    /// Number of committed candidates.
    public func count() throws(RunError) -> Int {
        do {
            return try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM candidates") ?? 0 }
        } catch {
            throw RunError.journal("cannot read the run journal \(path): \(error)")
        }
    }

    /// Visits every committed record, ordered by `(query_id, candidate_idx)`, without loading them all at once.
    public func forEachRecord(_ body: (ResultRecord) throws -> Void) throws {
        let decoder = JSONDecoder()
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT record FROM candidates ORDER BY query_id, candidate_idx")
            while let row = try rows.next() {
                let data: Data = row[0]
                try body(try decoder.decode(ResultRecord.self, from: data))
            }
        }
    }
}

/// Mean input and output tokens of the finished candidates of one split.
public struct TokenMeans: Sendable, Hashable {
    /// Mean input tokens per candidate (every call of it: tool turns included).
    public var input: Double
    /// Mean output tokens per candidate.
    public var output: Double
    /// How many candidates the means are over.
    public var candidates: Int

    /// Creates means.
    public init(input: Double, output: Double, candidates: Int) {
        self.input = input
        self.output = output
        self.candidates = candidates
    }
}

/// Identifies one candidate of one query.
public struct CandidateKey: Sendable, Hashable, Codable {
    /// The query's id.
    public var queryID: String
    /// The candidate's index, 0 … N−1.
    public var candidateIndex: Int

    /// Creates a key.
    public init(queryID: String, candidateIndex: Int) {
        self.queryID = queryID
        self.candidateIndex = candidateIndex
    }
}
