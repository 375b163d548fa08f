/// Finds the answer a free-text response finally commits to.
///
/// The last box wins. Without one: "Final answer:", "####", "the answer is …", a correction after a rejected
/// value, a concluding statement ("Therefore the area is 12"), an equation's result, and as a last resort the
/// last number. Values that are mentioned and then rejected, and numbers that merely appear later (names,
/// counts, approximations), are skipped.
enum MathAnswerExtractor {
    /// How the answer was found, strongest first.
    enum Source: Int, Comparable, Sendable {
        case lastNumber = 0
        case equation = 1
        case conclusion = 2
        case marker = 3
        case finalMarker = 4
        case boxed = 5
        case structured = 6

        static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    /// An extracted answer.
    struct Extraction: Sendable {
        var text: String
        var node: MathNode?
        var source: Source
        /// True when every candidate was rejected later in the text and this one was kept anyway.
        var rejected: Bool
    }

    /// The bytes examined for markers: the tail of long responses.
    static let window = 24_000

    private struct Candidate {
        var position: Int
        var text: String
        var node: MathNode
        var source: Source
        var rejected: Bool
        /// Where the value ends, to prefer a whole statement over the pieces inside it.
        var end: Int = 0
        /// True when the value was negated in place ("the answer is not 12"): never an answer, even as a last resort.
        var negated = false
    }

    /// Extracts the answer from a response.
    static func extract(from response: String) -> Extraction? {
        var bytes = Array(response.utf8)
        if let close = MathReference.lastIndex(of: Array("</think>".utf8), in: bytes) {
            let after = Array(bytes[(close + 8)...])
            if after.contains(where: { $0 > 32 }) { bytes = after }
        }
        if let box = MathBox.lastBox(in: bytes, range: 0..<bytes.count) {
            return Extraction(text: box, node: MathAnswerReader.read(box), source: .boxed, rejected: false)
        }
        let start = max(0, bytes.count - window)
        let text = Array(bytes[start...])
        let lower = text.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var scanner = Scanner(text: text, lower: lower)
        return scanner.run()
    }

    private struct Scanner {
        let text: [UInt8]
        let lower: [UInt8]
        /// The positions of each byte value in `lower`, so that a pattern is only tried where its first byte is.
        let positions: [[Int]]
        var candidates: [Candidate] = []

        init(text: [UInt8], lower: [UInt8]) {
            self.text = text
            self.lower = lower
            var positions = [[Int]](repeating: [], count: 256)
            for (i, b) in lower.enumerated() { positions[Int(b)].append(i) }
            self.positions = positions
        }

        mutating func run() -> Extraction? {
            // Collectors run strongest source first. Once an unrejected candidate is at least as strong as every
            // rejected one, weaker candidates cannot change `choose()`'s pick, so the weaker collectors are skipped.
            collectMarkers()
            if decided(atLeast: .marker) { return choose() }
            collectConclusions()
            collectNonexistence()
            collectBold()
            if decided(atLeast: .conclusion) { return choose() }
            collectEquations()
            collectStatements()
            collectYesNo()
            collectLabels()
            if let chosen = choose() { return chosen }
            return wholeResponse() ?? lastMathSegment() ?? lastNumber()
        }

        /// True when an unrejected candidate of source `floor` or stronger outranks every rejected candidate.
        func decided(atLeast floor: Source) -> Bool {
            var best: Source?
            var bestRejected: Source?
            for c in candidates {
                if c.rejected {
                    bestRejected = max(bestRejected ?? c.source, c.source)
                } else {
                    best = max(best ?? c.source, c.source)
                }
            }
            guard let best, best >= floor else { return false }
            return bestRejected.map { best >= $0 } ?? true
        }

        // MARK: Matching helpers

        func matches(_ pattern: StaticString, at i: Int) -> Bool {
            let count = pattern.utf8CodeUnitCount
            guard i >= 0, i + count <= lower.count else { return false }
            let start = pattern.utf8Start
            var k = 0
            while k < count {
                if lower[i + k] != start[k] { return false }
                k += 1
            }
            return true
        }

        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            guard i >= 0, i + pattern.count <= lower.count else { return false }
            var k = 0
            while k < pattern.count {
                if lower[i + k] != pattern[k] { return false }
                k += 1
            }
            return true
        }

        func occurrences(of pattern: [UInt8]) -> [Int] {
            var result: [Int] = []
            guard let first = pattern.first, lower.count >= pattern.count else { return result }
            let last = lower.count - pattern.count
            for i in positions[Int(first)] {
                if i > last { break }
                if matches(pattern, at: i) {
                    // Whole words only when the pattern starts with a letter.
                    if !isLetter(first) || i == 0 || !isLetter(lower[i - 1]) { result.append(i) }
                }
            }
            return result
        }

        func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) }
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

        func string(_ range: Range<Int>) -> String { String(decoding: text[range], as: UTF8.self) }

        /// Start of the sentence holding `i`.
        func sentenceStart(before i: Int) -> Int {
            var j = i - 1
            while j > 0 {
                let b = lower[j]
                if b == 10 || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return j + 1 }
                if b == UInt8(ascii: "."), j + 1 < lower.count, isSpace(lower[j + 1]),
                    j == 0 || !isDigit(lower[j - 1])
                        || j + 1 < lower.count && !isDigit(lower[j + 1])
                {
                    return j + 1
                }
                if i - j > 300 { return j }
                j -= 1
            }
            return 0
        }

        /// End of the sentence holding `i`.
        func sentenceEnd(after i: Int) -> Int {
            var j = i
            while j < lower.count {
                let b = lower[j]
                if b == 10 || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return j }
                if b == UInt8(ascii: "."), j + 1 >= lower.count || isSpace(lower[j + 1]) { return j }
                if j - i > 400 { return j }
                j += 1
            }
            return lower.count
        }

        // MARK: Value spans

        private static let fillers: [[UInt8]] = [
            "is:", "is", "was", "are", "were", "will be", "would be", "should be", "must be", "be", "equals",
            "equal to", "of", "simply", "exactly", "precisely", "just", "clearly", "then", "therefore", "thus",
            "that", "obviously", "definitely", "indeed", "now", "going to be", "given by", "as follows", "here",
            "officially", "unquestionably", "none other than", "computed as", "calculated as", "determined to be",
            "found to be", "to be", "—", "-", "–",
        ].map { Array($0.utf8) }

        /// Skips white space, punctuation and filler words before a value.
        func skipFillers(_ start: Int) -> Int {
            var i = start
            var progress = true
            while progress && i < lower.count {
                progress = false
                while i < lower.count,
                    isSpace(lower[i]) || lower[i] == UInt8(ascii: ":") || lower[i] == UInt8(ascii: "*")
                        || lower[i] == UInt8(ascii: "=") || lower[i] == UInt8(ascii: ",")
                        || lower[i] == UInt8(ascii: "#") || lower[i] == UInt8(ascii: "_")
                {
                    i += 1
                    progress = true
                }
                for f in Scanner.fillers where matches(f, at: i) {
                    let after = i + f.count
                    if f == Array("-".utf8) {
                        // A dash, not a minus sign: "- 5" after a colon is negative five.
                        if after < lower.count, !isSpace(lower[after]) { continue }
                        if after + 1 < lower.count, isDigit(lower[after + 1]) { continue }
                    }
                    if after >= lower.count || !isLetter(lower[after]) || !isLetter(f[f.count - 1]) {
                        i = after
                        progress = true
                        break
                    }
                }
            }
            return i
        }

        private static let stopPhrases: [[UInt8]] = [
            " because", " since", " which", " where ", " as ", " so ", " but", " rather", " instead", " not ",
            " (", " -- ", " \u{2014}", " \u{2013}", " roughly", " approximately", " about ", " around ",
            " \u{2248}", "\\approx", " ~", " i.e", " that is", " if ", " when ", " for ", " with ", " after",
            " before", " though", " although", " or about", " or roughly", " or approximately", " give or take",
            ", roughly", ", approximately", ", about", ", or", ", which", ", not", " and i", " and that", " and the",
            " and it", " and so", " and we", " and my", " and you", " and this", " and now", " to the nearest",
            " rounded", ". ", " in total", " total", " in all", " altogether", " all told", " beep", " yes", " no ",
            " sir", " captain", " human", " at least", " by my", " according", " per my", " from ", " on ",
            "\u{2014}", " exactly", " precisely", " brain", " sigh", " life",
        ].map { Array($0.utf8) }

        /// The value starting at `start`, up to the end of its clause.
        func valueSpan(from start: Int) -> Range<Int>? {
            var i = skipFillers(start)
            guard i < lower.count else { return nil }
            // Delimited math, and lists of it: "$x = 3$ and $x = -3$".
            for (open, close) in [("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]")] {
                let o = Array(open.utf8)
                guard matches(o, at: i) else { continue }
                let c = Array(close.utf8)
                guard var end = closing(c, from: i + o.count, limit: i + 400) else {
                    if open == "$" {
                        // A dollar amount, not math: "$250".
                        i += 1
                        break
                    }
                    return nil
                }
                while true {
                    var k = end
                    while k < lower.count, lower[k] == 32 { k += 1 }
                    var joined = false
                    for joiner in [",", "and", "or", ", and", ", or"] {
                        let jb = Array(joiner.utf8)
                        guard matches(jb, at: k) else { continue }
                        var m = k + jb.count
                        while m < lower.count, lower[m] == 32 { m += 1 }
                        if matches(o, at: m), let next = closing(c, from: m + o.count, limit: m + 400) {
                            end = next
                            joined = true
                            break
                        }
                    }
                    if !joined { break }
                }
                return i..<end
            }
            if lower[i] == UInt8(ascii: "*") { i += 1 }
            var depth = 0
            var j = i
            while j < lower.count && j - i < 300 {
                let b = lower[j]
                if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { depth += 1 }
                if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                    if depth == 0 { break }
                    depth -= 1
                }
                if depth == 0 {
                    if b == UInt8(ascii: "!") {
                        // 5! = 120 is a factorial; "42!" at a sentence end is not.
                        var k = j + 1
                        while k < lower.count, lower[k] == 32 { k += 1 }
                        let next = k < lower.count ? lower[k] : 10
                        if !(next == UInt8(ascii: "=") || next == UInt8(ascii: "+") || next == UInt8(ascii: "/")
                            || next == UInt8(ascii: "\\") || next == UInt8(ascii: "$") || next == UInt8(ascii: "*"))
                        {
                            break
                        }
                    }
                    if b == 10 || b == UInt8(ascii: "?") || b == UInt8(ascii: ";")
                        || (b == UInt8(ascii: "$") && j > 0 && lower[j - 1] != UInt8(ascii: "\\"))
                    {
                        break
                    }
                    if b == UInt8(ascii: "*"), j + 1 < lower.count, lower[j + 1] == UInt8(ascii: "*") { break }
                    if b == UInt8(ascii: "."), j + 1 >= lower.count || !isDigit(lower[j + 1]) {
                        // A period ends the value unless it starts a repeating group (0.\overline{3}).
                        if !(j + 1 < lower.count && lower[j + 1] == UInt8(ascii: "\\")) { break }
                    }
                    if b == UInt8(ascii: ","), !commaContinuesValue(at: j) || !spanIsMath(i..<j) { break }
                    if j > i, Scanner.stopPhrases.contains(where: { matches($0, at: j) }) { break }
                    if j > i, b == 32, matches(" and ", at: j) || matches(" or ", at: j),
                        !wordContinuesValue(at: j + (matches(" and ", at: j) ? 5 : 4))
                    {
                        break
                    }
                }
                j += 1
            }
            while j > i, isSpace(lower[j - 1]) || lower[j - 1] == UInt8(ascii: ",") { j -= 1 }
            return j > i ? i..<j : nil
        }

        func spanIsMath(_ range: Range<Int>) -> Bool {
            lower[range].contains { isDigit($0) || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "=") || $0 > 127 }
                || (range.count == 1 && isLetter(lower[range.lowerBound]))
        }

        /// The index just past `close`, searching from `start`.
        func closing(_ close: [UInt8], from start: Int, limit: Int) -> Int? {
            var j = start
            while j + close.count <= min(lower.count, limit) {
                if matches(close, at: j) { return j + close.count }
                j += 1
            }
            return nil
        }

        /// After a comma: a list goes on (`2, 3`, `x = 1, x = 2`), prose does not (`42, of course`).
        func commaContinuesValue(at j: Int) -> Bool {
            var k = j + 1
            while k < lower.count, lower[k] == 32 { k += 1 }
            if matches("and ", at: k) { k += 4 } else if matches("or ", at: k) { k += 3 }
            return wordContinuesValue(at: k)
        }

        func wordContinuesValue(at start: Int) -> Bool {
            var k = start
            while k < lower.count, lower[k] == 32 { k += 1 }
            guard k < lower.count else { return false }
            let b = lower[k]
            if isDigit(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "$") || b == UInt8(ascii: "\\")
                || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b > 127
            {
                return true
            }
            if isLetter(b) {
                // A lone variable (`y = 3`, `b`) continues; a word does not.
                let next = k + 1 < lower.count ? lower[k + 1] : 32
                return !isLetter(next) && next != UInt8(ascii: "'")
            }
            return false
        }

        // MARK: Rejection

        private static let priorRejections: [[UInt8]] = [
            "initially", "at first", "first thought", "originally", "mistakenly", "wrongly", "incorrectly",
            "naively", "tempted", "might think", "might say", "would think", "you'd think", "one might", "some might",
            "i thought", "assumed", "previously", "earlier", "was going to say", "almost said", "nearly said",
            "my first", "first guess", "wanted to say", "it is not", "it's not", "is not", "isn't", "wasn't",
            "was not", "not equal", "cannot be", "can't be", "could not be", "couldn't be", "would be wrong",
            "i guessed", "a naive", "a careless", "a hasty", "someone might", "others might", "people might",
            "lesser", "inferior", "a human would", "humans would", "humans might",
        ].map { Array($0.utf8) }

        private static let laterRejections: [[UInt8]] = [
            "wrong", "incorrect", "not correct", "not right", "isn't right", "a mistake", "an error", "mistake",
            "doesn't work", "does not work", "not the answer", "scratch that", "no wait", "no, wait", "wait, no",
            "wait no", "nope", "oops", "on second thought", "can't be right", "cannot be right", "miscalculated",
            "miscounted", "mis-calculated", "i made an error", "let me recompute", "let me recalculate",
            "let me redo", "let me re-", "correction", "not quite", "is false", "erroneous", "flawed", "invalid",
            "error", "recalculat", "recomput", "wait", "actually", "no.", "no,", "no!", "hmm, no", "that can't",
        ].map { Array($0.utf8) }

        /// Cues grouped by their first byte, so that each position is tried only against the cues it can start.
        private static func byFirstByte(_ cues: [[UInt8]]) -> [[[UInt8]]] {
            var table = [[[UInt8]]](repeating: [], count: 256)
            for cue in cues { if let f = cue.first { table[Int(f)].append(cue) } }
            return table
        }

        private static let priorRejectionsByFirstByte = byFirstByte(priorRejections)
        private static let laterRejectionsByFirstByte = byFirstByte(laterRejections)

        func isRejected(markerStart: Int, value: Range<Int>) -> Bool {
            let s = sentenceStart(before: markerStart)
            if s < markerStart {
                var k = s
                while k < value.lowerBound {
                    for cue in Scanner.priorRejectionsByFirstByte[Int(lower[k])]
                    where k + cue.count <= value.lowerBound && matches(cue, at: k) {
                        return true
                    }
                    k += 1
                }
            }
            // Right after the value, in the same sentence or at the start of the next.
            let end = sentenceEnd(after: value.upperBound)
            let sameLimit = min(end, value.upperBound + 30)
            let nextStart = min(lower.count, end + 1)
            let nextLimit = min(lower.count, nextStart + 40)
            var k = value.upperBound
            while k < sameLimit {
                for cue in Scanner.laterRejectionsByFirstByte[Int(lower[k])]
                where k + cue.count <= sameLimit && matches(cue, at: k)
                    && (cue.count > 5 || isWordBoundary(k, cue.count))
                {
                    return true
                }
                k += 1
            }
            k = nextStart
            while k < nextLimit {
                for cue in Scanner.laterRejectionsByFirstByte[Int(lower[k])]
                where k + cue.count <= nextLimit && matches(cue, at: k) && isWordBoundary(k, cue.count) {
                    return true
                }
                k += 1
            }
            return false
        }

        func isWordBoundary(_ k: Int, _ length: Int) -> Bool {
            (k == 0 || !isLetter(lower[k - 1])) && (k + length >= lower.count || !isLetter(lower[k + length]))
        }

        // MARK: Candidates

        /// A plain word read as a product of variables (`ask` = a·s·k) is prose, not an answer.
        static func looksLikeAnswer(_ raw: String, _ node: MathNode) -> Bool {
            switch node {
            case .text, .choice, .constant: return true
            default: break
            }
            if raw.contains(where: {
                $0.isNumber || $0 == "\\" || $0 == "$" || $0 == "=" || $0 == "^" || $0 == "+"
                    || $0 == "(" || $0 == "/" || $0 == "<" || $0 == ">" || $0 > "~"
            }) {
                return true
            }
            // Number words: "twelve".
            if case .number = node { return true }
            if case .negate(.number) = node { return true }
            // A single variable such as `x` or `n` alone is an answer; a run of letters is a word.
            let letters = raw.filter(\.isLetter)
            return letters.count == 1
        }

        /// True when the value opens with a number followed by "more" (`2 more problems`).
        func isCountStillToCome(_ range: Range<Int>) -> Bool {
            var k = range.lowerBound
            guard k < range.upperBound, isDigit(lower[k]) else { return false }
            while k < range.upperBound, isDigit(lower[k]) || lower[k] == UInt8(ascii: ",") { k += 1 }
            return matches(" more ", at: k)
        }

        /// The first letter that is not part of a LaTeX command name: `T` in `$\text{Tuesday}$`.
        static func firstProseLetter(_ raw: String) -> Character? {
            var inCommand = false
            for c in raw {
                if c == "\\" {
                    inCommand = true
                    continue
                }
                if inCommand {
                    if c.isLetter { continue }
                    inCommand = false
                }
                if c.isLetter { return c }
            }
            return nil
        }

        mutating func add(position: Int, span: Range<Int>, source: Source, markerStart: Int) {
            var valueRange = span
            var rejected = isRejected(markerStart: markerStart, value: span)
            var negated = false
            // "not 40 but 42", "not 40; it is 42".
            if matches("not ", at: span.lowerBound) {
                rejected = true
                negated = true
                valueRange = span.lowerBound + 4..<span.upperBound
            }
            // "there be 2 more problems", "needs 3 more steps": a count still to come, unless a marker says so.
            if source < .marker, isCountStillToCome(valueRange) { return }
            let raw = string(valueRange)
            guard let node = MathAnswerReader.read(raw), Scanner.looksLikeAnswer(raw, node) else { return }
            if case .text(let t) = node, !MathAnswerReader.wordAnswers.contains(t) {
                // Free words ("Tuesday") only right after an explicit marker.
                if t.split(separator: " ").count > 2 || source < .marker { return }
                // A proper name (Tuesday, Alice) is capitalised; "was given" is prose.
                guard let first = Scanner.firstProseLetter(raw), first.isUppercase else { return }
            }
            candidates.append(
                Candidate(
                    position: position,
                    text: MathAnswerReader.clean(raw),
                    node: node,
                    source: source,
                    rejected: rejected,
                    end: valueRange.upperBound,
                    negated: negated
                )
            )
        }

        private static let finalMarkers: [[UInt8]] = ["final answer", "####", "answer:", "answer :", "final result"]
            .map { Array($0.utf8) }

        private static let markers: [[UInt8]] = [
            "the answer is", "answer is", "answer would be", "answer should be", "answer must be", "answer being",
            "answer comes to", "answer =", "answer of", "answers are", "correct option is", "correct choice is",
            "correct option:", "the option is", "the choice is", "correct answer", "the solution is",
            "solutions are", "the result is", "the value is", "the roots are", "the root is", "the solution set is",
            "my answer", "the final value is", "the final count is", "i choose", "i select", "i pick",
            "select option", "choose option", "the correct letter is", "solutions:", "solution:", "roots:",
            "solution set:", "the answer to", "answer therefore is",
        ].map { Array($0.utf8) }

        private static let corrections: [[UInt8]] = [
            "it's", "it is", "it should be", "make that", "should be", "actually", "i meant", "i mean", "instead",
            "the correct value is", "the real answer", "it's actually", "it is actually", "but", "rather",
            "correct one is", "correct value", "corrected",
        ].map { Array($0.utf8) }

        mutating func collectMarkers() {
            for m in Scanner.finalMarkers {
                for p in occurrences(of: m) {
                    var start = p + m.count
                    // "the answer to the question is 5": skip to the verb.
                    if m == Array("answer of".utf8) { start = p + m.count }
                    if let span = valueSpan(from: start) {
                        add(position: p, span: span, source: .finalMarker, markerStart: p)
                    }
                }
            }
            for m in Scanner.markers {
                for p in occurrences(of: m) {
                    var start = p + m.count
                    if m == Array("the answer to".utf8) || m == Array("correct answer".utf8) {
                        // Skip "… to the question is", "correct answer, of course, is".
                        let end = sentenceEnd(after: start)
                        var k = start
                        var found = false
                        while k < end, k - start < 120 {
                            if matches(" is ", at: k) || matches(":", at: k) {
                                start = k + (lower[k] == UInt8(ascii: ":") ? 1 : 4)
                                found = true
                                break
                            }
                            k += 1
                        }
                        if !found && m == Array("the answer to".utf8) { continue }
                    }
                    if let span = valueSpan(from: start) {
                        add(position: p, span: span, source: .marker, markerStart: p)
                    }
                }
            }
            // Corrections count only after a rejected value.
            guard candidates.contains(where: \.rejected) else { return }
            for m in Scanner.corrections {
                for p in occurrences(of: m) {
                    guard let firstRejected = candidates.filter(\.rejected).map(\.position).min(), p > firstRejected
                    else { continue }
                    if let span = valueSpan(from: p + m.count) {
                        let before = candidates.count
                        add(position: p, span: span, source: .marker, markerStart: p)
                        if candidates.count > before {
                            candidates[candidates.count - 1].source = .marker
                        }
                    }
                }
            }
        }

        private static let conclusions: [[UInt8]] = [
            "therefore", "thus", "hence", "so,", "so the", "so we", "so i", "so my", "so it", "so there",
            "in conclusion", "consequently", "which gives", "which means", "we get", "we obtain", "we find",
            "this gives", "that gives", "gives us", "in total", "altogether", "all told", "comes to", "comes out to",
            "the total is", "the result:", "i get", "i obtain", "i find", "i conclude", "i compute", "i calculate",
            "that makes", "this means", "the sum is", "the product is", "the area is", "the perimeter is",
            "the probability is", "the number of", "there are", "there were", "there is", "the value of",
            "the remainder is", "the difference is", "the quotient is", "equals", "is equal to", "conclusion:",
            "result:", "total:", "in sum", "ergo", "the maximum", "the minimum", "the largest", "the smallest",
            "the length", "the distance", "the volume", "the speed", "the time", "the cost", "the price",
            "the average", "the mean", "the median", "the ratio", "the percentage", "the angle", "the radius",
        ].map { Array($0.utf8) }

        static func endsWithVerb(_ cue: [UInt8]) -> Bool {
            let text = String(decoding: cue, as: UTF8.self)
            return text.hasSuffix(" is") || text.hasSuffix(" are") || text.hasSuffix("equals") || text.hasSuffix(":")
                || text.hasSuffix(" to") || text.hasSuffix(" get") || text.hasSuffix(" obtain")
                || text.hasSuffix(" find") || text.hasSuffix(" gives") || text.hasSuffix(" makes")
                || text.hasSuffix(" compute") || text.hasSuffix(" calculate") || text.hasSuffix(" us")
        }

        private static let verbs: [[UInt8]] = [
            " is ", " are ", " equals ", " be ", " get ", " gives ", " yields ", " makes ", " obtain ", " have ",
            " was ", " were ", " comes to ", " is: ", " =", ": ", " to ", " totals ", " totaling ", " of ", " has ",
            " had ",
        ].map { Array($0.utf8) }

        mutating func collectConclusions() {
            for m in Scanner.conclusions {
                for p in occurrences(of: m) {
                    let end = sentenceEnd(after: p)
                    let clauseStart = p + m.count
                    // The whole clause when it is math: "Therefore x = 1 or x = -5".
                    var k = clauseStart
                    while k < end, isSpace(lower[k]) || lower[k] == UInt8(ascii: ",") { k += 1 }
                    if k < end, let span = valueSpan(from: k), span.upperBound <= end + 1,
                        lower[span].contains(where: {
                            $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                        }),
                        MathParser.parse(MathAnswerReader.clean(string(span))) != nil
                    {
                        add(position: p, span: span, source: .conclusion, markerStart: p)
                        continue
                    }
                    // Else the value after the clause's verb.
                    var best: Int?
                    var q = m.last == UInt8(ascii: " ") || m.last == UInt8(ascii: ",") ? clauseStart - 1 : clauseStart
                    if Scanner.endsWithVerb(m) {
                        // The verb's other forms: "i compute" also opens "I computed", "I calculated".
                        var k = clauseStart
                        if isLetter(m[m.count - 1]) {
                            while k < end, isLetter(lower[k]) { k += 1 }
                        }
                        best = k
                    }
                    if let valueStart = best {
                        if let span = valueSpan(from: valueStart) {
                            add(position: p, span: span, source: .conclusion, markerStart: p)
                        }
                        continue
                    }
                    // The first verb whose value reads as an answer: "the minimum value of f is -4".
                    let before = candidates.count
                    while candidates.count == before, q < end {
                        for v in Scanner.verbs where matches(v, at: q) {
                            if let span = valueSpan(from: q + v.count) {
                                add(position: p, span: span, source: .conclusion, markerStart: p)
                            }
                            break
                        }
                        q += 1
                    }
                    continue
                }
            }
        }

        private static let statementVerbs: [[UInt8]] = [
            " is ", " are ", " equals ", " measures ", " was ", " comes to ", " totals ", " is: ", " be ", " gives ",
            " yields ", "it's ", "it is ", " makes ", "answer ", " get ", " got ", " obtain ", " becomes ",
        ].map { Array($0.utf8) }

        private static let nonexistence: [[UInt8]] = [
            "does not exist", "doesn't exist", "do not exist", "is undefined", "does not converge",
        ].map { Array($0.utf8) }

        mutating func collectStatements() {
            for v in Scanner.statementVerbs {
                for p in occurrences(of: v) {
                    guard let span = valueSpan(from: p + v.count) else { continue }
                    add(position: p, span: span, source: .equation, markerStart: p)
                }
            }
        }

        /// "The limit does not exist", "f(0) is undefined".
        mutating func collectNonexistence() {
            for cue in Scanner.nonexistence {
                for p in occurrences(of: cue) {
                    let before = sentenceStart(before: p)
                    let prefix = string(before..<p).lowercased()
                    // "the limit does not exist", not "a solution does not exist for x < 0".
                    guard prefix.count < 80 else { continue }
                    let node: MathNode = cue == Array("is undefined".utf8) ? .text("undefined") : .text("dne")
                    candidates.append(
                        Candidate(
                            position: p,
                            text: string(p..<(p + cue.count)),
                            node: node,
                            source: .conclusion,
                            rejected: false
                        )
                    )
                }
            }
        }

        /// "Speed: 60 mph.": a short label, a colon and a value.
        mutating func collectLabels() {
            for p in occurrences(of: Array(":".utf8)) {
                let start = sentenceStart(before: p)
                let label = string(start..<p).trimmingASCIIWhitespace
                guard !label.isEmpty, label.count <= 30, label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "*" })
                else { continue }
                guard let span = valueSpan(from: p + 1) else { continue }
                add(position: p, span: span, source: .equation, markerStart: p)
            }
        }

        /// A sentence opening with yes or no: "Yes, it is possible", "No, 91 = 7 · 13".
        mutating func collectYesNo() {
            for word in ["yes", "no"] {
                let w = Array(word.utf8)
                for p in occurrences(of: w) {
                    let after = p + w.count
                    guard
                        after >= lower.count || lower[after] == UInt8(ascii: ",") || lower[after] == UInt8(ascii: ".")
                            || lower[after] == UInt8(ascii: "!") || lower[after] == 10
                    else { continue }
                    let start = sentenceStart(before: p)
                    guard string(start..<p).allSatisfy({ $0.isWhitespace || $0 == "*" }) else { continue }
                    // "No, wait" is a correction, not an answer.
                    if matches(", wait", at: after) || matches(", no", at: after) { continue }
                    candidates.append(
                        Candidate(position: p, text: word, node: .text(word), source: .equation, rejected: false)
                    )
                }
            }
        }

        /// The whole response when it is short and nothing but an answer ("x < 2", "Twelve.").
        func wholeResponse() -> Extraction? {
            guard text.count <= 160 else { return nil }
            let raw = MathAnswerReader.clean(string(0..<text.count))
            guard let node = MathAnswerReader.read(raw), Scanner.looksLikeAnswer(raw, node) else { return nil }
            if case .text(let t) = node, !MathAnswerReader.wordAnswers.contains(t) { return nil }
            return Extraction(text: raw, node: node, source: .conclusion, rejected: false)
        }

        /// The last `$…$`, `\(…\)` or `\[…\]` segment that reads as math.
        func lastMathSegment() -> Extraction? {
            var j = lower.count - 1
            while j > 0 {
                if lower[j] == UInt8(ascii: "$")
                    || (lower[j] == UInt8(ascii: ")") || lower[j] == UInt8(ascii: "]"))
                        && lower[j - 1] == UInt8(ascii: "\\")
                {
                    let isDollar = lower[j] == UInt8(ascii: "$")
                    let open: [UInt8] =
                        isDollar ? [UInt8(ascii: "$")] : [UInt8(ascii: "\\"), lower[j] == UInt8(ascii: ")") ? 40 : 91]
                    var k = j - (isDollar ? 1 : 2)
                    while k >= 0, j - k < 400 {
                        if matches(open, at: k) {
                            let inner = MathAnswerReader.clean(string(k..<(j + 1)))
                            if let node = MathParser.parse(inner), node.size <= 200 {
                                return Extraction(text: inner, node: node, source: .lastNumber, rejected: false)
                            }
                            break
                        }
                        k -= 1
                    }
                    j = k - 1
                    continue
                }
                j -= 1
            }
            return nil
        }

        mutating func collectEquations() {
            for p in occurrences(of: Array("=".utf8)) {
                if p > 0,
                    lower[p - 1] == UInt8(ascii: "<") || lower[p - 1] == UInt8(ascii: ">")
                        || lower[p - 1] == UInt8(ascii: "!")
                {
                    continue
                }
                guard let span = valueSpan(from: p + 1) else { continue }
                // Only an equation's last link: "6 × 7 = 42", not "= 40 + 2 = 42"'s middle.
                let rest = string(span)
                if rest.contains("=") { continue }
                // `x = 2` keeps its variable, so that it does not pass for `y = 2`.
                let start = loneVariable(before: p) ?? span.lowerBound
                add(position: p, span: start..<span.upperBound, source: .equation, markerStart: p)
            }
        }

        /// The start of a lone variable (one letter other than `i` and `e`, a word of its own, maybe in `$`)
        /// right before the `=` at `p`.
        func loneVariable(before p: Int) -> Int? {
            var k = p - 1
            while k >= 0, lower[k] == 32 { k -= 1 }
            guard k >= 0, isLetter(lower[k]), lower[k] != UInt8(ascii: "i"), lower[k] != UInt8(ascii: "e") else {
                return nil
            }
            if k > 0,
                isLetter(lower[k - 1]) || isDigit(lower[k - 1]) || lower[k - 1] == UInt8(ascii: "\\")
                    || lower[k - 1] == UInt8(ascii: "_")
            {
                return nil
            }
            return k
        }

        mutating func collectBold() {
            for p in occurrences(of: Array("**".utf8)) {
                let s = p + 2
                var j = s
                while j + 1 < lower.count, !(lower[j] == UInt8(ascii: "*") && lower[j + 1] == UInt8(ascii: "*")),
                    j - s < 60, lower[j] != 10
                {
                    j += 1
                }
                guard j + 1 < lower.count, lower[j] == UInt8(ascii: "*"), j > s else { continue }
                let inner = MathAnswerReader.clean(string(s..<j))
                guard let node = MathParser.parse(inner), node.size <= 40 else { continue }
                if case .text = node { continue }
                candidates.append(
                    Candidate(
                        position: p,
                        text: inner,
                        node: node,
                        source: .conclusion,
                        rejected: isRejected(markerStart: p, value: s..<j)
                    )
                )
            }
        }

        func choose() -> Extraction? {
            guard !candidates.isEmpty else { return nil }
            let rejectedStrength = candidates.filter(\.rejected).map(\.source).max()
            let lastRejected = candidates.filter(\.rejected).map(\.position).max() ?? -1
            var pool = candidates.filter { !$0.rejected }
            if let rejectedStrength, let best = pool.map(\.source).max(), best < rejectedStrength {
                // A weaker answer replaces a rejected one only when it comes after the rejection.
                pool = pool.filter { $0.position > lastRejected }
            }
            if let top = pool.map(\.source).max() {
                let level = pool.filter { $0.source == top }
                var choice = level.max { $0.position < $1.position }
                // A statement whose value encloses the last candidate wins: "is $x = 2$, $y = 3$" over "= 3".
                if let last = choice,
                    let outer = level.filter({ $0.position < last.position && $0.end >= last.end })
                        .min(by: { $0.position < $1.position })
                {
                    choice = outer
                }
                if let choice {
                    return Extraction(text: choice.text, node: choice.node, source: choice.source, rejected: false)
                }
            }
            // Every candidate was rejected: the last of the strongest, unless it was negated outright.
            let kept = candidates.filter { !$0.negated }
            let strongest = kept.map(\.source).max() ?? .lastNumber
            guard let last = kept.filter({ $0.source == strongest }).max(by: { $0.position < $1.position })
            else { return nil }
            return Extraction(text: last.text, node: last.node, source: last.source, rejected: true)
        }

        private static let nameWords: [[UInt8]] = [
            "number ", "johnny ", "no. ", "version ", "chapter ", "page ", "step ", "part ", "#", "model ",
            "unit ", "type ", "series ", "mark ", "level ", "section ", "item ", "line ", "case ", "option ",
        ].map { Array($0.utf8) }

        /// True when the number at `start..<end` stands alone in its sentence, perhaps with one unit after it
        /// (`24`, `1/4!`, `12 cm.`), rather than inside prose where it is a count or an aside (`for every 1 of
        /// ye`, `it took 0.3 seconds and a lifetime`, `checked it 20 times`).
        func standsAlone(_ start: Int, _ end: Int) -> Bool {
            // The sentence, or what follows a colon in it ("Johnny 5 computes: 1/2!").
            var opening = sentenceStart(before: start)
            if let colon = lower[opening..<start].lastIndex(of: UInt8(ascii: ":")) { opening = colon + 1 }
            // Before it, only filler words: "Precisely 3.0000000 units".
            if skipFillers(opening) < start, lower[opening..<start].contains(where: isLetter) {
                return false
            }
            let stop = sentenceEnd(after: end)
            var k = end
            while k < stop, isSpace(lower[k]) { k += 1 }
            var w = k
            while w < stop, isLetter(lower[w]) { w += 1 }
            if w > k {
                let word = string(k..<w)
                guard MathUnit.named(word) != nil || ["units", "unit", "percent"].contains(word) else { return false }
            }
            // After it, at most one word set off by a comma, as in an address: "42, Captain."
            var rest = w
            while rest < stop, isSpace(lower[rest]) { rest += 1 }
            if rest < stop, lower[rest] == UInt8(ascii: ",") {
                rest += 1
                while rest < stop, isSpace(lower[rest]) { rest += 1 }
                while rest < stop, isLetter(lower[rest]) { rest += 1 }
            }
            return !lower[rest..<max(rest, stop)].contains(where: isLetter)
        }

        /// The last number that stands alone in its sentence and is not used as a name (`Number 5`, `step 3`).
        func lastNumber() -> Extraction? {
            var j = lower.count - 1
            while j >= 0 {
                if isDigit(lower[j]) {
                    var s = j
                    while s > 0,
                        isDigit(lower[s - 1]) || lower[s - 1] == UInt8(ascii: ".")
                            || (lower[s - 1] == UInt8(ascii: ",") && s >= 2 && isDigit(lower[s - 2]))
                            || lower[s - 1] == UInt8(ascii: "/") || lower[s - 1] == UInt8(ascii: "-")
                    {
                        s -= 1
                    }
                    let named = Scanner.nameWords.contains { n in s >= n.count && matches(n, at: s - n.count) }
                    let raw = string(s..<(j + 1))
                    let gloss = matches(" vision", at: j + 1) || matches(" more", at: j + 1)
                    if !named, !gloss, standsAlone(s, j + 1) {
                        if let span = valueSpan(from: s), let node = MathAnswerReader.read(string(span)) {
                            return Extraction(
                                text: MathAnswerReader.clean(string(span)),
                                node: node,
                                source: .lastNumber,
                                rejected: false
                            )
                        }
                        if let node = MathAnswerReader.read(raw) {
                            return Extraction(text: raw, node: node, source: .lastNumber, rejected: false)
                        }
                    }
                    j = s - 1
                    continue
                }
                j -= 1
            }
            return nil
        }
    }
}
