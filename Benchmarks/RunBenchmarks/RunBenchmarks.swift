import Foundation
import NIOCore

/// Serves the run-engine benchmark's fake provider: `RunBenchmarks serve --latency-ms L [--rpm R]`.
///
/// Prints `listening on PORT`, then serves until stdin closes, and prints what it served as one JSON line
/// (`answered`, `limited`, `served_seconds`: first to last answer; medians and p90s of the server's answer time
/// and of the client's turnaround) so `run.sh` can set it beside `bon`'s figures.
@main
enum RunBenchmarks {
    static func main() async throws {
        let arguments = CommandLine.arguments
        func value(_ flag: String) -> String? {
            arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        guard arguments.count > 1, arguments[1] == "serve" else {
            FileHandle.standardError.write(Data("usage: RunBenchmarks serve --latency-ms L [--rpm R]\n".utf8))
            exit(2)
        }
        let latency = Int64(value("--latency-ms") ?? "100") ?? 100
        let server = LatencyServer(
            latency: .milliseconds(latency),
            requestsPerMinute: value("--rpm").flatMap { Int($0) }
        )
        let channel = try await server.start()
        FileHandle.standardOutput.write(Data("listening on \(channel.localAddress?.port ?? 0)\n".utf8))
        // Serve until the driver closes our stdin.
        while readLine() != nil {}
        let counts = server.counts
        var served = 0.0
        if let first = counts.firstAnswer, let last = counts.lastAnswer {
            served = Double((last - first).nanoseconds) / 1e9
        }
        func quantile(_ q: Double, _ values: [Int64]) -> Double {
            let sorted = values.sorted()
            return sorted.isEmpty ? 0 : Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]) / 1e6
        }
        print(
            "{\"answered\": \(counts.answered), \"limited\": \(counts.limited), \"served_seconds\": \(served), "
                + "\"turnaround_ms_p50\": \(quantile(0.5, counts.turnarounds)), "
                + "\"turnaround_ms_p90\": \(quantile(0.9, counts.turnarounds)), "
                + "\"served_ms_p50\": \(quantile(0.5, counts.serveTimes)), "
                + "\"served_ms_p90\": \(quantile(0.9, counts.serveTimes))}"
        )
        try await channel.close()
    }
}
