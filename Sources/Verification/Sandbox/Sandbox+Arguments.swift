import Foundation

extension Sandbox {
    /// The top-level host entries that hold the system: mounted read-only, or recreated as the same symlinks.
    private static let systemEntries = ["bin", "sbin", "lib", "lib32", "lib64", "libx32"]

    /// The `bwrap` arguments that isolate one run, ending with `--`.
    func bubblewrapArguments(workspace: SandboxWorkspace?, writable: Bool, limits: SandboxLimits) -> [String] {
        var arguments = [
            "--unshare-all", "--unshare-user", "--disable-userns",
            "--die-with-parent", "--new-session", "--clearenv",
            "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin",
            "--setenv", "HOME", "/tmp",
            "--setenv", "LANG", "C.UTF-8",
            "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
            "--hostname", "sandbox",
            "--ro-bind", "/usr", "/usr",
        ]
        let fileManager = FileManager.default
        for entry in Self.systemEntries {
            let path = "/" + entry
            if let target = try? fileManager.destinationOfSymbolicLink(atPath: path) {
                arguments += ["--symlink", target, path]
            } else if fileManager.fileExists(atPath: path) {
                arguments += ["--ro-bind", path, path]
            }
        }
        arguments += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
        arguments += ["--ro-bind-try", "/etc/alternatives", "/etc/alternatives"]
        for path in extraReadOnlyBinds {
            arguments += ["--ro-bind", path, path]
        }
        arguments += ["--proc", "/proc", "--dev", "/dev"]
        arguments += ["--size", String(limits.tmpBytes), "--perms", "1777", "--tmpfs", "/tmp"]
        if let workspace {
            arguments += [writable ? "--bind" : "--ro-bind", workspace.hostPath, workspace.mountPath]
        }
        // Everything is mounted: make the sandbox's root itself read-only (/tmp stays a writable tmpfs).
        arguments += ["--remount-ro", "/", "--chdir", "/tmp", "--"]
        return arguments
    }

    /// The `prlimit` prefix that sets the run's rlimits on the program, ending with `--`.
    func rlimitArguments(_ limits: SandboxLimits) -> [String] {
        [
            prlimit,
            "--cpu=\(limits.cpuSeconds):\(limits.cpuSeconds + 1)",
            "--as=\(limits.memoryBytes)",
            "--nproc=\(limits.maxProcesses)",
            "--fsize=\(limits.maxFileBytes)",
            "--nofile=\(limits.maxOpenFiles)",
            "--core=0",
            "--",
        ]
    }
}
