import Foundation
import Glibc

/// Runs untrusted programs in bubblewrap, a bounded number at a time.
///
/// Every run gets fresh user, mount, PID, network, IPC, UTS and cgroup namespaces (so no network at all),
/// a read-only view of the system folders (`/usr` and its links, `/etc/ld.so.cache`) and nothing else
/// of the host: no home folder, no `/etc/passwd`, no environment (API keys stay invisible), a private
/// empty tmpfs at `/tmp` as the working directory, `--die-with-parent` and a new session. Inside, rlimits
/// cap CPU seconds, address space, processes, file size (and so the captured output) and open files;
/// a wall-clock timeout kills the whole process group. When the caller is root, bwrap runs as user
/// `nobody` (65534) so that the process limit applies.
///
/// Create one sandbox per process and share it: it is the pool. At most ``concurrency`` programs run at
/// once (by default the number of cores), so verification can run beside generation without starving it.
///
/// ```swift
/// let sandbox = try await Sandbox.create()
/// let outcome = await sandbox.run(["/usr/bin/python3", "-c", "print(input())"], stdin: "hi\n")
/// // outcome.termination == .exited(0), outcome.stdout == "hi\n"
/// ```
public final class Sandbox: Sendable {
    /// How programs are isolated.
    public enum Mode: String, Sendable, Hashable, Codable {
        /// bubblewrap with every namespace unshared. Creation fails when namespaces are unavailable.
        case bubblewrap
        /// No isolation, rlimits and timeouts only. Only for machines that cannot run bubblewrap,
        /// on explicit request (`--unsafe-no-sandbox`).
        case unsafeNoSandbox = "unsafe_no_sandbox"
    }

    /// How programs are isolated.
    public let mode: Mode
    /// How many programs may run at once.
    public let concurrency: Int
    /// The Python 3 interpreter, as a path valid inside the sandbox.
    public let python3: String?
    /// The C++ compiler, as a path valid inside the sandbox.
    public let cxx: String?

    let bubblewrap: String?
    let prlimit: String
    let setpriv: String?
    let runAsUser: UInt32?
    let extraReadOnlyBinds: [String]
    let scratchRoot: String
    let limiter: ConcurrencyLimiter

    private init(
        mode: Mode,
        concurrency: Int,
        bubblewrap: String?,
        prlimit: String,
        setpriv: String?,
        python3: String?,
        cxx: String?,
        extraReadOnlyBinds: [String]
    ) {
        self.mode = mode
        self.concurrency = concurrency
        self.bubblewrap = bubblewrap
        self.prlimit = prlimit
        self.setpriv = setpriv
        self.python3 = python3
        self.cxx = cxx
        self.extraReadOnlyBinds = extraReadOnlyBinds
        self.runAsUser = mode == .bubblewrap && getuid() == 0 ? 65534 : nil
        self.scratchRoot = NSTemporaryDirectory()
        self.limiter = ConcurrencyLimiter(limit: concurrency)
    }

    /// Finds bubblewrap, Python and g++, checks that bubblewrap can create its namespaces here, and
    /// returns the shared sandbox.
    ///
    /// - Parameters:
    ///   - mode: ``Mode/bubblewrap`` (the default) or, only on explicit request, ``Mode/unsafeNoSandbox``.
    ///   - concurrency: programs run at once; `nil` means the number of active cores.
    /// - Returns: a sandbox ready to ``run(_:stdin:workspace:writableWorkspace:limits:)``.
    /// - Throws: ``SandboxError`` when bwrap or prlimit is missing or cannot create namespaces (with how to
    ///   fix it, including `--unsafe-no-sandbox`).
    public static func create(mode: Mode = .bubblewrap, concurrency: Int? = nil) async throws(SandboxError) -> Sandbox {
        let systemBins = ["/usr/bin", "/bin", "/usr/local/bin", "/usr/sbin", "/sbin"]
        guard let prlimit = findExecutable("prlimit", in: systemBins) else {
            throw .interpreterMissing("prlimit (util-linux)", searched: systemBins)
        }
        var bubblewrap: String?
        let setpriv = findExecutable("setpriv", in: systemBins)
        if mode == .bubblewrap && getuid() == 0 && setpriv == nil {
            throw .interpreterMissing("setpriv (util-linux), needed to drop root before bwrap", searched: systemBins)
        }
        if mode == .bubblewrap {
            guard let found = findExecutable("bwrap", in: systemBins) else {
                throw .bubblewrapMissing(searched: systemBins)
            }
            bubblewrap = found
        }
        let python3 = findExecutable("python3", in: ["/usr/bin", "/usr/local/bin"])
        let cxx = findExecutable("g++", in: ["/usr/bin", "/usr/local/bin"])
        let sandbox = Sandbox(
            mode: mode,
            concurrency: max(1, concurrency ?? ProcessInfo.processInfo.activeProcessorCount),
            bubblewrap: bubblewrap,
            prlimit: prlimit,
            setpriv: setpriv,
            python3: python3,
            cxx: cxx,
            extraReadOnlyBinds: []
        )
        if mode == .bubblewrap {
            let probe = await sandbox.run(["/usr/bin/true"], limits: SandboxLimits(wallTimeSeconds: 10))
            guard probe.succeeded else {
                let detail = probe.stderrTail(lines: 2)
                throw .namespacesUnavailable(detail: detail.isEmpty ? "\(probe.termination)" : detail)
            }
        }
        return sandbox
    }

    /// Runs `command` in the sandbox and reports what happened.
    ///
    /// Waits for a free slot of the pool first. Never throws: a failing program, a timeout, running out
    /// of memory or writing too much are values of ``ExecutionOutcome/Termination``, and so is a sandbox
    /// that fails to start (``ExecutionOutcome/Termination/sandboxFailure``, reason in `stderr`).
    ///
    /// - Parameters:
    ///   - command: the program and its arguments, as paths inside the sandbox.
    ///   - stdin: the program's standard input.
    ///   - workspace: a folder to mount at `/src`, from ``withWorkspace(files:_:)``.
    ///   - writableWorkspace: mount the workspace read-write (for a compiler's output), else read-only.
    ///   - limits: resource limits for this run.
    /// - Returns: the outcome with captured output and wall time.
    public func run(
        _ command: [String],
        stdin: String = "",
        workspace: SandboxWorkspace? = nil,
        writableWorkspace: Bool = false,
        limits: SandboxLimits = .run
    ) async -> ExecutionOutcome {
        await limiter.withPermit {
            await launch(command, stdin: stdin, workspace: workspace, writable: writableWorkspace, limits: limits)
        }
    }

    /// Writes `files` into a fresh host folder, lends it to `body` as a workspace, then removes it.
    ///
    /// - Parameters:
    ///   - files: file names (no slashes) and their contents.
    ///   - body: work with the workspace; it must not keep it.
    /// - Returns: what `body` returns.
    /// - Throws: ``SandboxError`` when the folder cannot be written.
    public func withWorkspace<T: Sendable>(
        files: [String: String],
        _ body: (SandboxWorkspace) async -> T
    ) async throws(SandboxError) -> T {
        let host = scratchRoot + "/bon-src-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(
                atPath: host,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o755]
            )
            for (name, text) in files {
                let path = host + "/" + name
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            }
            if let uid = runAsUser {
                // The sandbox runs as `nobody`: let it write compiler output here.
                guard chown(host, uid, uid) == 0 else {
                    throw SandboxError.workspaceFailed(path: host, reason: "chown failed, errno \(errno)")
                }
            }
        } catch let error as SandboxError {
            try? FileManager.default.removeItem(atPath: host)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: host)
            throw .workspaceFailed(path: host, reason: "\(error)")
        }
        defer { try? FileManager.default.removeItem(atPath: host) }
        let mount = mode == .bubblewrap ? "/src" : host
        return await body(SandboxWorkspace(hostPath: host, mountPath: mount))
    }

    private static func findExecutable(_ name: String, in folders: [String]) -> String? {
        folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
