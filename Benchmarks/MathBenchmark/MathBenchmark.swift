import Foundation
import Verification

/// Grades every pair of a JSON Lines file (`gold`, `response`, `expected`) and prints cases per second,
/// p50/p99 microseconds per case and the agreement with the labels.
@main
enum MathBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: MathBenchmark PAIRS.jsonl\n".utf8))
            exit(2)
        }
        let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
        var pairs: [(gold: String, response: String, expected: String)] = []
        for line in text.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let gold = object["gold"] as? String, let response = object["response"] as? String
            else { continue }
            pairs.append((gold, response, object["expected"] as? String ?? ""))
        }
        let verifier = MathVerifier()
        // Warm up caches and lazy tables.
        for pair in pairs.prefix(200) { _ = verifier.verify(gold: pair.gold, response: pair.response) }
        var durations: [Double] = []
        durations.reserveCapacity(pairs.count)
        var agreed = 0
        var falsePositives = 0
        var falseNegatives = 0
        let clock = ContinuousClock()
        let start = clock.now
        for pair in pairs {
            let t0 = clock.now
            let result = verifier.verify(gold: pair.gold, response: pair.response)
            let elapsed = clock.now - t0
            durations.append(Double(elapsed.components.attoseconds) * 1e-12 + Double(elapsed.components.seconds) * 1e6)
            let accepted = result.verdict == .correct
            if accepted == (pair.expected == "correct") { agreed += 1 }
            if accepted && pair.expected != "correct" { falsePositives += 1 }
            if !accepted && pair.expected == "correct" { falseNegatives += 1 }
        }
        let total = clock.now - start
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) * 1e-18
        durations.sort()
        func percentile(_ p: Double) -> Double { durations[min(durations.count - 1, Int(Double(durations.count) * p))] }
        print(
            String(
                format: "bon      cases=%d  cases/s=%.0f  p50=%.1f us  p99=%.1f us  agree=%.2f%%  FP=%d  FN=%d",
                pairs.count,
                Double(pairs.count) / seconds,
                percentile(0.5),
                percentile(0.99),
                Double(agreed) / Double(max(1, pairs.count)) * 100,
                falsePositives,
                falseNegatives
            )
        )
    }
}
