/// Turns a result table into fine-tuning data (`bon export`).
///
/// Conversations come from the `messages` column; when a row has none, from `prompt` (as the user
/// turn) and `response` (as the assistant turn). Rows with neither are skipped and counted.
public struct DatasetExport: Sendable {
    /// Which rows to keep and how to pair them.
    public struct Options: Sendable, Hashable {
        /// SFT: keep only the candidate with the highest persona score per query (ties: earliest index).
        public var bestPerQuery: Bool
        /// Keep only candidates whose persona score is at least this (a null score then fails).
        public var minPersonaScore: Double?
        /// DPO: the most pairs per query (chosen candidates in order of persona score, rejected by index).
        public var pairsPerQuery: Int

        /// Creates options; the defaults keep every verified candidate and one pair per query.
        public init(bestPerQuery: Bool = false, minPersonaScore: Double? = nil, pairsPerQuery: Int = 1) {
            self.bestPerQuery = bestPerQuery
            self.minPersonaScore = minPersonaScore
            self.pairsPerQuery = pairsPerQuery
        }
    }

    /// The JSON lines, without newlines.
    public var lines: [String]
    /// Rows considered usable (verified for SFT; verified or failed for DPO) but without a conversation.
    public var skippedWithoutConversation: Int
    /// Queries that had candidates but produced no line.
    public var queriesWithoutExample: Int

    /// Builds the export.
    ///
    /// - Parameters:
    ///   - table: The result rows; needs `messages` or `prompt` and `response`.
    ///   - format: SFT or DPO.
    ///   - options: Filters and pairing.
    public init(table: ResultTable, format: ExportFormat, options: Options = Options()) {
        var rowsByQuery: [String: [Int]] = [:]
        var order: [String] = []
        for (row, id) in table.queryID.enumerated() {
            if rowsByQuery[id] == nil {
                order.append(id)
            }
            rowsByQuery[id, default: []].append(row)
        }
        var lines: [String] = []
        var skipped = 0
        var empty = 0
        for id in order {
            let rows = (rowsByQuery[id] ?? []).sorted { table.candidateIndex[$0] < table.candidateIndex[$1] }
            let before = lines.count
            switch format {
            case .sft:
                skipped += Self.sft(table: table, rows: rows, options: options, into: &lines)
            case .dpo:
                skipped += Self.dpo(table: table, rows: rows, options: options, into: &lines)
            }
            if lines.count == before { empty += 1 }
        }
        self.lines = lines
        skippedWithoutConversation = skipped
        queriesWithoutExample = empty
    }

    /// The conversation of `row`, or `nil` when the table has neither `messages` nor prompt/response.
    static func conversation(_ table: ResultTable, _ row: Int) -> [ChatTurn]? {
        if let turns = table.messages?[row], !turns.isEmpty {
            return turns
        }
        guard let prompt = table.prompt?[row], let response = table.response?[row] else { return nil }
        return [ChatTurn(role: "user", content: prompt), ChatTurn(role: "assistant", content: response)]
    }

    private static func isAccepted(_ table: ResultTable, _ row: Int, _ options: Options) -> Bool {
        guard table.isVerified[row], table.refusalIsRefusal?[row] != true else { return false }
        if let minimum = options.minPersonaScore {
            guard let score = table.personaScore?[row] ?? nil, score >= minimum else { return false }
        }
        return true
    }

    /// Failed candidates that make fair rejected examples: not verified and not a generation,
    /// verifier or transport failure.
    private static func isRejectable(_ table: ResultTable, _ row: Int) -> Bool {
        guard !table.isVerified[row] else { return false }
        if let verdict = table.verdict?[row], verdict == "generation_error" || verdict == "verifier_error" {
            return false
        }
        return (table.error?[row] ?? nil) == nil
    }

    /// `rows` ordered by persona score, highest first; ties and missing scores by candidate index.
    private static func byPersonaScore(_ table: ResultTable, _ rows: [Int]) -> [Int] {
        rows.sorted { x, y in
            let sx = table.personaScore?[x] ?? nil ?? -1
            let sy = table.personaScore?[y] ?? nil ?? -1
            return sx != sy ? sx > sy : table.candidateIndex[x] < table.candidateIndex[y]
        }
    }

    private static func sft(table: ResultTable, rows: [Int], options: Options, into lines: inout [String]) -> Int {
        var accepted = rows.filter { isAccepted(table, $0, options) }
        if options.bestPerQuery {
            accepted = Array(byPersonaScore(table, accepted).prefix(1))
        }
        var skipped = 0
        for row in accepted {
            guard let turns = conversation(table, row) else {
                skipped += 1
                continue
            }
            lines.append(JSONText.object([("messages", JSONText.array(turns.map(JSONText.turn)))]))
        }
        return skipped
    }

    private static func dpo(table: ResultTable, rows: [Int], options: Options, into lines: inout [String]) -> Int {
        let chosen = byPersonaScore(table, rows.filter { isAccepted(table, $0, options) })
        let rejected = rows.filter { isRejectable(table, $0) }
        var skipped = 0
        var pairs = 0
        var rejectedIterator = rejected.makeIterator()
        for good in chosen where pairs < options.pairsPerQuery {
            guard let goodTurns = conversation(table, good) else {
                skipped += 1
                continue
            }
            let promptLength = goodTurns.firstIndex { $0.role == "assistant" } ?? goodTurns.count
            var badTurns: [ChatTurn]?
            while badTurns == nil, let bad = rejectedIterator.next() {
                badTurns = conversation(table, bad)
                if badTurns == nil { skipped += 1 }
            }
            guard let badTurns else { break }
            let badPromptLength = badTurns.firstIndex { $0.role == "assistant" } ?? badTurns.count
            let prompt = goodTurns[..<promptLength].map(JSONText.turn)
            lines.append(
                JSONText.object([
                    ("prompt", JSONText.array(prompt)),
                    ("chosen", JSONText.array(goodTurns[promptLength...].map(JSONText.turn))),
                    ("rejected", JSONText.array(badTurns[badPromptLength...].map(JSONText.turn))),
                ])
            )
            pairs += 1
        }
        return skipped
    }
}
