import Foundation
import Subprocess
import SystemPackage
import Verification

/// Measures what the bubblewrap sandbox adds to a short program run, against bare `python3`, in one process.
///
/// Usage: `SandboxBenchmark [samples] [throughput-runs]` (defaults 200 and 1000).
@main
struct SandboxBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let samples = arguments.first ?? 200
        let throughputRuns = arguments.dropFirst().first ?? 1000
        let sandbox = try await Sandbox.create()
        guard let python = sandbox.python3 else {
            print("python3 not found in /usr/bin or /usr/local/bin")
            return
        }
        let program = ["-c", "print(1)"]

        // Interleave the two so that machine load affects both alike.
        var bare: [Double] = []
        var boxed: [Double] = []
        for _ in 0..<samples {
            bare.append(try await timeBare(python, program))
            boxed.append(try await timeSandboxed(sandbox, [python] + program))
        }
        bare.sort()
        boxed.sort()
        let bareMedian = percentile(bare, 0.5)
        let boxedMedian = percentile(boxed, 0.5)
        print("print(1), \(samples) runs each, sequential:")
        print(row("bare python3", median: bareMedian, p99: percentile(bare, 0.99)))
        print(row("bon sandbox (bwrap)", median: boxedMedian, p99: percentile(boxed, 0.99)))
        print(
            String(
                format: "added by the sandbox: median %.2f ms, p99 %.2f ms",
                (boxedMedian - bareMedian) * 1000,
                (percentile(boxed, 0.99) - percentile(bare, 0.99)) * 1000
            )
        )

        let start = ContinuousClock.now
        let succeeded = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<throughputRuns {
                group.addTask { await sandbox.run([python] + program).succeeded }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        let seconds = seconds(ContinuousClock.now - start)
        print(
            String(
                format: "throughput: %d sandboxed runs (%d ok) in %.2f s on a pool of %d = %.1f runs/s",
                throughputRuns,
                succeeded,
                seconds,
                sandbox.concurrency,
                Double(throughputRuns) / seconds
            )
        )
    }

    static func timeBare(_ python: String, _ arguments: [String]) async throws -> Double {
        let start = ContinuousClock.now
        let result = try await Subprocess.run(
            .path(FilePath(python)),
            arguments: Arguments(arguments),
            environment: .custom([:]),
            output: .string(limit: 1 << 16),
            error: .discarded
        )
        guard result.terminationStatus.isSuccess else { throw CancellationError() }
        return seconds(ContinuousClock.now - start)
    }

    static func timeSandboxed(_ sandbox: Sandbox, _ command: [String]) async throws -> Double {
        let start = ContinuousClock.now
        let outcome = await sandbox.run(command)
        guard outcome.succeeded else {
            print("sandboxed run failed: \(outcome.termination) \(outcome.stderrTail())")
            throw CancellationError()
        }
        return seconds(ContinuousClock.now - start)
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func row(_ name: String, median: Double, p99: Double) -> String {
        String(format: "  %-22@ median %7.2f ms   p99 %7.2f ms", name as NSString, median * 1000, p99 * 1000)
    }
}
