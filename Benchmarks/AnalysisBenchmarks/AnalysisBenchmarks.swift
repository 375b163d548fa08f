import Analysis
import Foundation

/// Times `bon inspect`'s code path on one result file: read, summarise, render; best of `--repeat` runs.
///
/// Usage: AnalysisBenchmarks FILE.parquet [--repeat N]
@main
struct AnalysisBenchmarks {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let path = arguments.first else {
            FileHandle.standardError.write(Data("usage: AnalysisBenchmarks FILE.parquet [--repeat N]\n".utf8))
            exit(2)
        }
        var repeats = 3
        if let flag = arguments.firstIndex(of: "--repeat"), flag + 1 < arguments.count {
            repeats = Int(arguments[flag + 1]) ?? 3
        }
        var best = (read: Double.infinity, summary: Double.infinity, render: Double.infinity, total: Double.infinity)
        var bestCPU = Double.infinity
        var rows = 0
        for _ in 0..<repeats {
            let clock = ContinuousClock()
            let cpuStart = cpuSeconds()
            let start = clock.now
            let table = try await ResultFile.read(path: path, columns: ResultColumn.statistics)
            let afterRead = clock.now
            let summary = ExperimentSummary(table: table)
            let afterSummary = clock.now
            let text = TextReport.inspect(summary)
            let end = clock.now
            precondition(!text.isEmpty)
            rows = table.rowCount
            func seconds(_ d: Duration) -> Double {
                Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            }
            best.read = min(best.read, seconds(afterRead - start))
            best.summary = min(best.summary, seconds(afterSummary - afterRead))
            best.render = min(best.render, seconds(end - afterSummary))
            best.total = min(best.total, seconds(end - start))
            bestCPU = min(bestCPU, cpuSeconds() - cpuStart)
        }
        // The path `bon inspect` takes: text columns as dictionary codes, summary over codes.
        var fastBest = Double.infinity
        var fastCPU = Double.infinity
        for _ in 0..<repeats {
            let clock = ContinuousClock()
            let cpuStart = cpuSeconds()
            let start = clock.now
            let summary = try await ResultFile.summary(path: path)
            precondition(!TextReport.inspect(summary).isEmpty)
            let elapsed = clock.now - start
            fastBest = min(fastBest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            fastCPU = min(fastCPU, cpuSeconds() - cpuStart)
        }
        print(
            String(
                format: "bon inspect library, coded (ResultFile.summary + render): total %.3f s  (%.3f s CPU)",
                fastBest,
                fastCPU
            )
        )
        print(
            String(
                format:
                    "ResultTable path (read + ExperimentSummary(table:)): %d rows  read %.3f s  summarise %.3f s  render %.3f s  total %.3f s"
                    + "  (%.3f s CPU)",
                rows,
                best.read,
                best.summary,
                best.render,
                best.total,
                bestCPU
            )
        )
    }
}

/// User plus system CPU seconds of this process so far, every thread.
private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
