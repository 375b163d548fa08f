import Parquet

/// Where the result file's columns sit in one file's schema, and how to read and write their cells.
///
/// Files written by other tools may order columns differently or type them more widely (int64 indices,
/// float scores); reading accepts those, and a new value is written in the column's own type.
struct ResultColumns: Sendable {
    /// Columns `bon reverify` cannot work without.
    static let required = [
        "query_id", "split", "candidate_idx", "response", "extracted_answer", "is_verified", "verdict",
        "verification_method", "verification_confidence", "verification_explanation", "refusal_is_refusal",
        "refusal_type", "persona_score",
    ]

    let schema: ParquetSchema
    private let positions: [String: Int]

    /// Maps `schema`'s columns.
    ///
    /// - Throws: ``ReverifyError`` `.input` naming the missing columns of `file`.
    init(schema: ParquetSchema, file: String) throws(ReverifyError) {
        self.schema = schema
        var positions: [String: Int] = [:]
        for (index, field) in schema.fields.enumerated() { positions[field.name] = index }
        self.positions = positions
        let missing = Self.required.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            throw ReverifyError(
                .input,
                "\(file) is not a bon result file: it has no column \(missing.joined(separator: ", ")) "
                    + "(reverify needs \(Self.required.joined(separator: ", ")))"
            )
        }
    }

    /// Whether the file has column `name`.
    func has(_ name: String) -> Bool { positions[name] != nil }

    func string(_ row: [ParquetValue], _ name: String) -> String? {
        guard let position = positions[name] else { return nil }
        switch row[position] {
        case .string(let text): return text
        case .binary(let bytes): return String(decoding: bytes, as: UTF8.self)
        default: return nil
        }
    }

    func int(_ row: [ParquetValue], _ name: String) -> Int? {
        guard let position = positions[name] else { return nil }
        switch row[position] {
        case .int32(let value): return Int(value)
        case .int64(let value): return Int(value)
        default: return nil
        }
    }

    func double(_ row: [ParquetValue], _ name: String) -> Double? {
        guard let position = positions[name] else { return nil }
        switch row[position] {
        case .double(let value): return value
        case .float(let value): return Double(value)
        default: return nil
        }
    }

    func bool(_ row: [ParquetValue], _ name: String) -> Bool? {
        guard let position = positions[name], case .bool(let value) = row[position] else { return nil }
        return value
    }

    /// The `messages` cell as turns, or empty when the file has no such column.
    func messages(_ row: [ParquetValue]) -> [ResultRecord.Message] {
        guard let position = positions["messages"], case .list(let items) = row[position] else { return [] }
        return items.compactMap { item in
            func text(_ name: String) -> String? {
                if case .string(let value) = item[member: name] { return value }
                return nil
            }
            guard let role = text("role") else { return nil }
            return ResultRecord.Message(
                role: role,
                content: text("content") ?? "",
                toolCalls: text("tool_calls"),
                toolCallID: text("tool_call_id"),
                name: text("name")
            )
        }
    }

    /// Sets column `name` of `row` to a text, in the column's type; `nil` in a required column keeps the cell.
    func set(_ row: inout [ParquetValue], _ name: String, text: String?) {
        guard let position = positions[name] else { return }
        guard let text else {
            if schema.fields[position].isNullable { row[position] = .null }
            return
        }
        row[position] = schema.fields[position].type == .binary ? .binary(Array(text.utf8)) : .string(text)
    }

    /// Sets column `name` of `row` to a number, in the column's type; `nil` in a required column keeps the cell.
    func set(_ row: inout [ParquetValue], _ name: String, number: Double?) {
        guard let position = positions[name] else { return }
        guard let number else {
            if schema.fields[position].isNullable { row[position] = .null }
            return
        }
        row[position] = schema.fields[position].type == .float ? .float(Float(number)) : .double(number)
    }

    /// Sets column `name` of `row` to a flag.
    func set(_ row: inout [ParquetValue], _ name: String, flag: Bool) {
        guard let position = positions[name] else { return }
        row[position] = .bool(flag)
    }
}
