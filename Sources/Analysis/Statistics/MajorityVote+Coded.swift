extension MajorityVote {
    /// One query's votes as answer codes (equal trimmed answers share a code), tallied with the rule of
    /// ``winner(of:)``: most votes, a tie to the earliest candidate index, then to the answer seen first.
    ///
    /// Reused across queries (``clear()``), so voting allocates nothing per query.
    struct CodedBallotBox {
        private var answers: [Int32] = []
        private var votes: [Int] = []
        private var firstCandidate: [Int] = []
        private var firstVerified: [Bool] = []
        /// Tally positions by answer once a query has many distinct answers.
        private var positions: [Int32: Int] = [:]

        mutating func clear() {
            answers.removeAll(keepingCapacity: true)
            votes.removeAll(keepingCapacity: true)
            firstCandidate.removeAll(keepingCapacity: true)
            firstVerified.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
        }

        /// Counts a ballot; a negative `vote` (no answer) does not vote.
        mutating func add(vote: Int32, candidateIndex: Int, isVerified: Bool) {
            guard vote >= 0 else { return }
            let found = answers.count > 32 ? positions[vote] : answers.firstIndex(of: vote)
            if let found {
                votes[found] += 1
                if candidateIndex < firstCandidate[found] {
                    firstCandidate[found] = candidateIndex
                    firstVerified[found] = isVerified
                }
                return
            }
            answers.append(vote)
            votes.append(1)
            firstCandidate.append(candidateIndex)
            firstVerified.append(isVerified)
            if answers.count == 33 {
                for (position, answer) in answers.enumerated() { positions[answer] = position }
            } else if answers.count > 33 {
                positions[vote] = answers.count - 1
            }
        }

        /// Whether the winning answer's earliest candidate was verified; `false` when nobody voted.
        var winnerIsVerified: Bool {
            guard !answers.isEmpty else { return false }
            var best = 0
            for tally in 1..<answers.count
            where votes[tally] > votes[best]
                || (votes[tally] == votes[best] && firstCandidate[tally] < firstCandidate[best])
            {
                best = tally
            }
            return firstVerified[best]
        }
    }
}
