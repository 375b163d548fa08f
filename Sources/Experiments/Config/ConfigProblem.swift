/// One thing wrong with an experiment config, located by file, line and key.
public struct ConfigProblem: Sendable, Hashable, CustomStringConvertible {
    /// The config file (or `--flag` source) the problem is in.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The key (or flag) concerned, when there is one.
    public var key: String?
    /// What is wrong and what would be accepted.
    public var message: String

    /// Creates a problem.
    public init(file: String, line: Int?, column: Int? = nil, key: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    /// `file:line:column: key: message`, the shape compilers use so editors can jump to it.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        if let key { return "\(location): `\(key)`: \(message)" }
        return "\(location): \(message)"
    }
}

/// An experiment config could not be loaded: every problem found, not just the first.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    /// Each problem, in file order.
    public var problems: [ConfigProblem]

    /// Creates an error from its problems.
    public init(problems: [ConfigProblem]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
