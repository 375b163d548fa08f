import Foundation
import Verification

#if canImport(Glibc)
import Glibc
#endif

/// Grades every pair of a JSON Lines file (`id`, `category`, `gold`, `response`, `expected`) with
/// `MathVerifier` on the calling thread and prints cases per second, p50/p99 microseconds per case, the cold
/// first verdict, and the agreement with the labels by category.
///
///     MathBenchmark PAIRS.jsonl [VERDICTS.tsv]
///     BON_SPAWN_NS=<CLOCK_MONOTONIC ns at spawn> MathBenchmark --startup GOLD RESPONSE
///
/// With a second argument it also writes one `id<TAB>verdict` line per pair, for `math/compare.py`.
/// `--startup` grades one pair and prints the microseconds from the parent's spawn time to the first verdict.
@main
enum MathBenchmark {
    struct Pair {
        var id: String?
        var category: String
        var gold: String
        var response: String
        var expected: Verdict?
    }

    static func main() throws {
        let arguments = CommandLine.arguments
        if arguments.count == 4, arguments[1] == "--startup" {
            let result = MathVerifier().verify(gold: arguments[2], response: arguments[3])
            let now = monotonicNanoseconds()
            let spawned = ProcessInfo.processInfo.environment["BON_SPAWN_NS"].flatMap { UInt64($0) } ?? now
            print("startup_us=\(Double(now &- spawned) / 1000) verdict=\(result.verdict.rawValue)")
            return
        }
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: MathBenchmark PAIRS.jsonl [VERDICTS.tsv]\n".utf8))
            exit(2)
        }
        let pairs = try load(arguments[1])
        guard let first = pairs.first else {
            FileHandle.standardError.write(Data("error: \(arguments[1]) holds no pairs\n".utf8))
            exit(2)
        }
        let verifier = MathVerifier()
        let clock = ContinuousClock()

        // The very first verdict of the process: lazy tables and caches are still cold.
        let coldStart = clock.now
        _ = verifier.verify(gold: first.gold, response: first.response)
        let cold = microseconds(clock.now - coldStart)

        // Warm up on a slice, as a long-lived run engine would be.
        for pair in pairs.prefix(500) { _ = verifier.verify(gold: pair.gold, response: pair.response) }

        var durations: [Double] = []
        durations.reserveCapacity(pairs.count)
        var verdicts: [Verdict] = []
        verdicts.reserveCapacity(pairs.count)
        let start = clock.now
        let cpuStart = threadCPUSeconds()
        for pair in pairs {
            let t0 = clock.now
            let result = verifier.verify(gold: pair.gold, response: pair.response)
            durations.append(microseconds(clock.now - t0))
            verdicts.append(result.verdict)
        }
        let seconds = microseconds(clock.now - start) / 1e6
        let cpuSeconds = threadCPUSeconds() - cpuStart

        // A second pass timing each case by its thread's CPU time, which time slices lost to other processes on a
        // shared machine do not inflate (the clock read costs about a microsecond per case).
        var cpuDurations: [Double] = []
        cpuDurations.reserveCapacity(pairs.count)
        for pair in pairs {
            let t0 = threadCPUSeconds()
            _ = verifier.verify(gold: pair.gold, response: pair.response)
            cpuDurations.append((threadCPUSeconds() - t0) * 1e6)
        }
        cpuDurations.sort()

        var tallies: [String: MathPairGrader.Tally] = [:]
        for (pair, verdict) in zip(pairs, verdicts) {
            let result = VerificationResult(
                verdict: verdict,
                extractedAnswer: nil,
                method: "",
                confidence: 0,
                explanation: ""
            )
            let graded = MathPairGrader.Graded(
                id: pair.id,
                category: pair.category,
                expected: pair.expected,
                result: result
            )
            MathPairGrader.tally(graded, into: &tallies)
        }
        report(tallies)

        let slowest = durations.indices.sorted { durations[$0] > durations[$1] }.prefix(5)
        print(
            "slowest: "
                + slowest.map { "\(pairs[$0].id ?? String($0)) \(pairs[$0].category) \(Int(durations[$0])) us" }
                .joined(separator: ", ")
        )
        durations.sort()
        func percentile(_ p: Double, _ sorted: [Double]) -> Double {
            sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
        let all = tallies["all"] ?? MathPairGrader.Tally()
        print(
            String(
                format: "bon      cases=%d  cases/s=%.0f  cases/cpu-s=%.0f  p50=%.1f us  p99=%.1f us  "
                    + "cpu-p50=%.1f us  cpu-p99=%.1f us  max=%.0f us  first=%.0f us  agree=%.2f%%  FP=%d  FN=%d",
                pairs.count,
                Double(pairs.count) / seconds,
                Double(pairs.count) / cpuSeconds,
                percentile(0.5, durations),
                percentile(0.99, durations),
                percentile(0.5, cpuDurations),
                percentile(0.99, cpuDurations),
                durations.last ?? 0,
                cold,
                Double(all.agreed) / Double(max(1, all.labelled)) * 100,
                all.falsePositives,
                all.falseNegatives
            )
        )

        if arguments.count >= 3 {
            var out = ""
            out.reserveCapacity(pairs.count * 16)
            for (index, (pair, verdict)) in zip(pairs, verdicts).enumerated() {
                out += "\(pair.id ?? String(index))\t\(verdict.rawValue)\n"
            }
            try out.write(toFile: arguments[2], atomically: true, encoding: .utf8)
        }
    }

    static func load(_ path: String) throws -> [Pair] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let grader = MathPairGrader()
        var pairs: [Pair] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let parsed = try grader.parse(line: line, number: index + 1) else { continue }
            pairs.append(
                Pair(
                    id: parsed.id,
                    category: parsed.category,
                    gold: parsed.gold,
                    response: parsed.response,
                    expected: parsed.expected
                )
            )
        }
        return pairs
    }

    /// CLOCK_MONOTONIC in nanoseconds, the clock of Python's `time.monotonic_ns()`.
    static func monotonicNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// CPU time of the calling thread: on a shared machine, the time the checker actually ran.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    static func microseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) * 1e-12
    }

    static func report(_ tallies: [String: MathPairGrader.Tally]) {
        print("category          cases   agree      FP     FN")
        for (name, tally) in tallies.sorted(by: { $0.key < $1.key }) where name != "all" {
            print(
                name.padding(toLength: 16, withPad: " ", startingAt: 0)
                    + String(
                        format: " %7d  %6.2f%%  %6d %6d",
                        tally.cases,
                        Double(tally.agreed) / Double(max(1, tally.labelled)) * 100,
                        tally.falsePositives,
                        tally.falseNegatives
                    )
            )
        }
    }
}
