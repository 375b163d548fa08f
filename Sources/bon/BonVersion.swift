/// The tool's version, printed by `bon --version` and written into every result file.
enum BonVersion {
    static let current = "0.1.0"
}
