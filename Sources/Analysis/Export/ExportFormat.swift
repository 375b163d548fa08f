/// The fine-tuning formats `bon export` writes, one JSON object per line.
public enum ExportFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Supervised fine-tuning: `{"messages": [...]}` for each verified, non-refused candidate.
    case sft
    /// Preference pairs: `{"prompt": [...], "chosen": [...], "rejected": [...]}` per query, in the
    /// conversational format of TRL's `DPOTrainer`.
    case dpo
}
