/// A failure to find, fetch or read a dataset, with a message that says what is wrong and what to do.
///
/// Rows that cannot be normalised are not errors: they are counted in ``QuerySelection/skipped``.
public struct DatasetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is; stable, for tests and for exit-code decisions.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The repository does not exist (or is private and the token cannot see it).
        public static let repositoryNotFound = Code(rawValue: "repository_not_found")
        /// The revision (branch, tag or commit) does not exist.
        public static let revisionNotFound = Code(rawValue: "revision_not_found")
        /// A file named by the dataset does not exist.
        public static let entryNotFound = Code(rawValue: "entry_not_found")
        /// The repository is gated: its terms must be accepted and `HF_TOKEN` set.
        public static let gated = Code(rawValue: "gated_repository")
        /// The token was refused or is missing for a private repository.
        public static let unauthorized = Code(rawValue: "unauthorized")
        /// A requested split exists in no data file of the dataset.
        public static let splitNotFound = Code(rawValue: "split_not_found")
        /// Offline mode (or no network) and the cache lacks what is needed.
        public static let notCached = Code(rawValue: "not_cached")
        /// The server kept failing after retries, or the network is unreachable.
        public static let network = Code(rawValue: "network")
        /// The server answered something that does not follow the Hub's protocol.
        public static let protocolViolation = Code(rawValue: "protocol_violation")
        /// A downloaded file does not match the size or etag the Hub announced.
        public static let integrity = Code(rawValue: "integrity")
        /// A local file or folder is missing or unreadable.
        public static let localFile = Code(rawValue: "local_file")
        /// A data file could not be parsed (bad Parquet or JSON).
        public static let unreadableFile = Code(rawValue: "unreadable_file")
        /// The caller passed something invalid (an empty split list, a bad repo id, ...).
        public static let invalidArgument = Code(rawValue: "invalid_argument")
    }

    /// What kind of failure this is.
    public var code: Code
    /// What is wrong and where, and what to do about it; never contains a token.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
