import Foundation
import Glibc
import Subprocess
import SystemPackage
import Verification

/// Measures what the bubblewrap sandbox adds to a short program run, against bare `python3`, in one process.
///
/// Usage: `SandboxBenchmark [samples] [throughput-runs] [--breakdown]` (defaults 200 and 1000; 0 runs skips
/// the throughput part). `--breakdown` times each layer of the launch chain on `/usr/bin/true` instead.
/// Run it under `chrt -r 1` to take other processes' CPU load out of the figures (`sandbox.sh` does both).
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
        let scheduling = sched_getscheduler(0) == SCHED_OTHER ? "normal priority" : "real-time priority (chrt)"
        print("load average \(loadAverage()) on \(ProcessInfo.processInfo.activeProcessorCount) cores, \(scheduling)")
        if CommandLine.arguments.contains("--breakdown") {
            try await breakdown(sandbox, python: python, samples: samples)
            return
        }
        let program = [python, "-c", "print(1)"]

        // Interleave the two so that machine load affects both alike.
        var bare: [Double] = []
        var boxed: [Double] = []
        for _ in 0..<samples {
            bare.append(try await timeBare(program))
            boxed.append(try await timeSandboxed(sandbox, program))
        }
        bare.sort()
        boxed.sort()
        print("print(1), \(samples) runs each, sequential, interleaved:")
        print(row("bare python3", bare))
        print(row("bon sandbox (bwrap)", boxed))
        print(
            String(
                format: "added by the sandbox: median %.2f ms, p99 %.2f ms",
                (percentile(boxed, 0.5) - percentile(bare, 0.5)) * 1000,
                (percentile(boxed, 0.99) - percentile(bare, 0.99)) * 1000
            )
        )
        guard throughputRuns > 0 else { return }

        let bareRate = try await throughput(runs: throughputRuns, concurrency: sandbox.concurrency) {
            (try? await timeBare(program)) != nil
        }
        let boxedRate = try await throughput(runs: throughputRuns, concurrency: sandbox.concurrency) {
            await sandbox.run(program).succeeded
        }
        print("throughput of \(throughputRuns) print(1) runs, \(sandbox.concurrency) at a time (the pool's size):")
        print(String(format: "  bare python3          %7.1f runs/s (%d ok)", bareRate.perSecond, bareRate.succeeded))
        print(String(format: "  bon sandbox (bwrap)   %7.1f runs/s (%d ok)", boxedRate.perSecond, boxedRate.succeeded))
    }

    /// Runs `body` `runs` times, `concurrency` at once; runs per second and how many succeeded.
    static func throughput(
        runs: Int,
        concurrency: Int,
        _ body: @escaping @Sendable () async -> Bool
    ) async throws -> (perSecond: Double, succeeded: Int) {
        let start = ContinuousClock.now
        let succeeded = await withTaskGroup(of: Int.self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    var succeeded = 0
                    for _ in stride(from: worker, to: runs, by: concurrency) where await body() { succeeded += 1 }
                    return succeeded
                }
            }
            var total = 0
            for await part in group { total += part }
            return total
        }
        return (Double(runs) / seconds(ContinuousClock.now - start), succeeded)
    }

    /// Where a sandboxed run's time goes: each layer of the launch chain on `/usr/bin/true`, interleaved,
    /// and what a new session (a new scheduler autogroup) costs a bare `python3` on a loaded machine.
    static func breakdown(_ sandbox: Sandbox, python: String, samples: Int) async throws {
        let namespaces = "--unshare-all --unshare-user --disable-userns --die-with-parent --new-session --clearenv"
        let mounts =
            "--ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/sbin /sbin --symlink usr/lib /lib "
            + "--symlink usr/lib64 /lib64 --ro-bind-try /etc/ld.so.cache /etc/ld.so.cache --proc /proc --dev /dev "
            + "--size 67108864 --perms 1777 --tmpfs /tmp --remount-ro / --chdir /tmp --"
        let prlimit = "/usr/bin/prlimit --cpu=5:6 --as=1073741824 --nproc=64 --fsize=8388608 --nofile=64 --core=0 --"
        let setpriv = getuid() == 0 ? "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups -- " : ""
        func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
        let chain = words(setpriv + "/usr/bin/bwrap " + namespaces + " " + mounts + " " + prlimit)
        let layers: [(String, () async throws -> Double)] = [
            ("true", { try await timeBare(["/usr/bin/true"]) }),
            ("prlimit true", { try await timeBare(words(prlimit) + ["/usr/bin/true"]) }),
            (
                "bwrap true",
                { try await timeBare(words("/usr/bin/bwrap " + namespaces + " " + mounts + " /usr/bin/true")) }
            ),
            ("setpriv bwrap prlimit true", { try await timeBare(chain + ["/usr/bin/true"]) }),
            ("Sandbox.run true", { try await timeSandboxed(sandbox, ["/usr/bin/true"]) }),
            ("bare python3", { try await timeBare([python, "-c", "print(1)"]) }),
            ("bare python3, new session", { try await timeBare([python, "-c", "print(1)"], newSession: true) }),
            ("Sandbox.run python3", { try await timeSandboxed(sandbox, [python, "-c", "print(1)"]) }),
        ]
        var times = Array(repeating: [Double](), count: layers.count)
        for _ in 0..<samples {
            for (index, layer) in layers.enumerated() { times[index].append(try await layer.1()) }
        }
        print("launch chain, \(samples) runs each, interleaved:")
        for (index, layer) in layers.enumerated() { print(row(layer.0, times[index].sorted())) }
    }

    static func timeBare(_ command: [String], newSession: Bool = false) async throws -> Double {
        var options = PlatformOptions()
        options.createSession = newSession
        let start = ContinuousClock.now
        let result = try await Subprocess.run(
            .path(FilePath(command[0])),
            arguments: Arguments(Array(command.dropFirst())),
            environment: .custom([:]),
            platformOptions: options,
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

    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func row(_ name: String, _ sorted: [Double]) -> String {
        "  " + name.padding(toLength: 28, withPad: " ", startingAt: 0)
            + String(
                format: " median %7.2f ms   p99 %7.2f ms",
                percentile(sorted, 0.5) * 1000,
                percentile(sorted, 0.99) * 1000
            )
    }
}
