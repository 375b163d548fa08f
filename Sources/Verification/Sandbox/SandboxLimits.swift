/// Resource limits for one program run inside the ``Sandbox``.
///
/// The kernel enforces the rlimits (CPU seconds, address space, processes, file size, open files);
/// the sandbox enforces the wall-clock timeout by killing the whole process group, and caps what it
/// keeps of standard output and standard error.
public struct SandboxLimits: Sendable, Hashable, Codable {
    /// Wall-clock time before the run is killed, in seconds.
    public var wallTimeSeconds: Double
    /// CPU time (`RLIMIT_CPU`), in seconds.
    public var cpuSeconds: Int
    /// Address space (`RLIMIT_AS`), in bytes.
    public var memoryBytes: Int
    /// Processes and threads the program may have at once (`RLIMIT_NPROC`, counted inside the sandbox).
    public var maxProcesses: Int
    /// Largest file the program may write (`RLIMIT_FSIZE`); this also caps standard output and error.
    public var maxFileBytes: Int
    /// Open file descriptors (`RLIMIT_NOFILE`).
    public var maxOpenFiles: Int
    /// Size of the private `/tmp` (a tmpfs), in bytes.
    public var tmpBytes: Int

    /// Creates limits.
    public init(
        wallTimeSeconds: Double = 5,
        cpuSeconds: Int = 5,
        memoryBytes: Int = 1 << 30,
        maxProcesses: Int = 64,
        maxFileBytes: Int = 8 << 20,
        maxOpenFiles: Int = 64,
        tmpBytes: Int = 64 << 20
    ) {
        self.wallTimeSeconds = wallTimeSeconds
        self.cpuSeconds = cpuSeconds
        self.memoryBytes = memoryBytes
        self.maxProcesses = maxProcesses
        self.maxFileBytes = maxFileBytes
        self.maxOpenFiles = maxOpenFiles
        self.tmpBytes = tmpBytes
    }

    /// Limits for running a candidate program on one test: 5 s wall, 5 s CPU, 1 GiB, 64 processes.
    public static let run = SandboxLimits()

    /// Limits for compiling a C++ candidate with g++: 30 s wall, 2 GiB, 64 MiB output files.
    public static let compile = SandboxLimits(
        wallTimeSeconds: 30,
        cpuSeconds: 30,
        memoryBytes: 2 << 30,
        maxProcesses: 64,
        maxFileBytes: 64 << 20,
        maxOpenFiles: 256,
        tmpBytes: 256 << 20
    )
}
