/// Majority voting over candidates' extracted answers, with a stated tie rule.
///
/// Answers are compared after trimming surrounding white space; candidates without an answer do not
/// vote. The answer with the most votes wins; **a tie goes to the answer given by the earliest candidate
/// index** (never to dictionary order, which changes from run to run).
public enum MajorityVote {
    /// One candidate's ballot.
    public struct Ballot: Sendable, Hashable {
        /// The candidate's index (0 … N−1).
        public var candidateIndex: Int
        /// What the verifier extracted, or `nil`.
        public var answer: String?
        /// Whether the verifier accepted the candidate.
        public var isVerified: Bool

        /// Creates a ballot.
        public init(candidateIndex: Int, answer: String?, isVerified: Bool) {
            self.candidateIndex = candidateIndex
            self.answer = answer
            self.isVerified = isVerified
        }
    }

    /// The winning answer of one query.
    public struct Outcome: Sendable, Hashable {
        /// The winning answer (trimmed).
        public var answer: String
        /// How many candidates gave it.
        public var votes: Int
        /// The earliest candidate index that gave it.
        public var firstCandidateIndex: Int
        /// Whether that earliest candidate was verified: the vote is correct when it is.
        public var isVerified: Bool
    }

    /// The majority answer among `ballots`, or `nil` when no candidate has an answer.
    public static func winner(of ballots: [Ballot]) -> Outcome? {
        // Tallies in first-seen order; a linear search beats hashing for the few answers of one query,
        // and a dictionary of positions takes over when there are many.
        var tallies: [Outcome] = []
        var positions: [String: Int] = [:]
        let useDictionary = ballots.count > 32
        for ballot in ballots {
            guard let raw = ballot.answer else { continue }
            let answer = raw.trimmingWhitespace()
            guard !answer.isEmpty else { continue }
            let found =
                useDictionary ? positions[answer] : tallies.firstIndex { $0.answer == answer }
            if let found {
                tallies[found].votes += 1
                if ballot.candidateIndex < tallies[found].firstCandidateIndex {
                    tallies[found].firstCandidateIndex = ballot.candidateIndex
                    tallies[found].isVerified = ballot.isVerified
                }
            } else {
                if useDictionary { positions[answer] = tallies.count }
                tallies.append(
                    Outcome(
                        answer: answer,
                        votes: 1,
                        firstCandidateIndex: ballot.candidateIndex,
                        isVerified: ballot.isVerified
                    )
                )
            }
        }
        var best: Outcome?
        for tally in tallies {
            guard let current = best else {
                best = tally
                continue
            }
            if tally.votes > current.votes
                || (tally.votes == current.votes && tally.firstCandidateIndex < current.firstCandidateIndex)
            {
                best = tally
            }
        }
        return best
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        // Fast path: no leading or trailing ASCII space or control character, and ASCII at both ends.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
