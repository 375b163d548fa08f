import Verification

/// The hostile suite: programs that try to escape, exhaust or spy on the host.
///
/// `SECRET`, `HOSTPATH`, `PORT` and `MARKER` are replaced per run by the test.
enum HostilePrograms {
    static let all: [HostileProgram] = [
        HostileProgram(
            name: "fork bomb",
            source: """
                import os
                while True:
                    try:
                        os.fork()
                    except OSError:
                        pass
                """,
            expectation: .termination(.timedOut)
        ),
        HostileProgram(
            name: "memory balloon (one allocation)",
            source: "x = bytearray(1 << 36)\nprint(len(x))\n",
            expectation: .termination(.memoryLimitExceeded)
        ),
        HostileProgram(
            name: "memory balloon (growing)",
            source: "blocks = []\nwhile True:\n    blocks.append(bytearray(50 << 20))\n",
            expectation: .termination(.memoryLimitExceeded)
        ),
        HostileProgram(
            name: "infinite loop",
            source: "while True:\n    pass\n",
            expectation: .termination(.timedOut)
        ),
        HostileProgram(
            name: "busy child outlives its parent",
            source: """
                import os, sys
                if os.fork() == 0:
                    os.setsid()
                    os.execv(sys.executable, [sys.executable, "-c", "while True: pass", "MARKER"])
                print("parent done")
                """,
            expectation: .exitedCleanly,
            required: ["parent done"]
        ),
        HostileProgram(
            name: "disk fill",
            source: """
                import os
                written = 0
                try:
                    for i in range(100000):
                        with open(f"/tmp/fill{i}", "wb") as f:
                            f.write(b"0" * (1 << 20))
                        written += 1
                except OSError as error:
                    print("blocked", error.errno, written)
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
        HostileProgram(
            name: "huge output",
            source: "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n",
            expectation: .termination(.outputLimitExceeded)
        ),
        HostileProgram(
            name: "zip bomb of output",
            source: """
                import sys, zlib
                bomb = zlib.compress(b"A" * (64 << 20), 9)
                sys.stdout.buffer.write(zlib.decompress(bomb))
                """,
            expectation: .termination(.outputLimitExceeded)
        ),
        HostileProgram(
            name: "reads ~/.ssh and the host's home",
            source: """
                import os
                for path in [os.path.expanduser("~/.ssh"), "/root/.ssh", "HOSTPATH", "/root", "/home"]:
                    try:
                        print("ESCAPED", path, os.listdir(path))
                    except OSError as error:
                        print("blocked", path, error.strerror)
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
        HostileProgram(
            name: "reads /proc/1/environ and its own environment for an API key",
            source: """
                import os
                for path in ["/proc/1/environ", "/proc/self/environ"]:
                    try:
                        print(open(path, "rb").read())
                    except OSError as error:
                        print("blocked", path, error.strerror)
                print(dict(os.environ))
                """,
            expectation: .exitedCleanly,
            forbidden: ["SECRET", "ESCAPED"]
        ),
        HostileProgram(
            name: "reads every process's environment for an API key",
            source: """
                import os
                print("ppid", os.getppid())
                for pid in os.listdir("/proc"):
                    if pid.isdigit():
                        try:
                            print(pid, open(f"/proc/{pid}/environ", "rb").read())
                        except OSError as error:
                            print("blocked", pid, error.strerror)
                """,
            expectation: .exitedCleanly,
            forbidden: ["SECRET", "ESCAPED"]
        ),
        HostileProgram(
            name: "opens a socket to 127.0.0.1 on the host",
            source: """
                import socket
                try:
                    socket.create_connection(("127.0.0.1", PORT), timeout=1)
                    print("ESCAPED")
                except OSError as error:
                    print("blocked", error)
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
        HostileProgram(
            name: "opens a socket to an outside address",
            source: """
                import socket
                try:
                    socket.create_connection(("192.0.2.1", 80), timeout=1)
                    print("ESCAPED")
                except OSError as error:
                    print("blocked", error)
                print(open("/proc/net/dev").read())
                """,
            expectation: .exitedCleanly,
            forbidden: ["ESCAPED", "eth0"],
            required: ["blocked"]
        ),
        HostileProgram(
            name: "writes outside the sandbox",
            source: """
                for path in ["/usr/bin/bon-hostile", "/src/evil", "HOSTPATH/bon-hostile-write", "/etc/bon-hostile"]:
                    try:
                        open(path, "w").write("pwned")
                        print("ESCAPED", path)
                    except OSError as error:
                        print("blocked", path, error.strerror)
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
        HostileProgram(
            name: "kill -9 -1",
            source: "import os\ntry:\n    os.kill(-1, 9)\nexcept OSError as error:\n    print(error)\nprint('alive')\n",
            expectation: .exitedCleanly,
            required: ["alive"]
        ),
        HostileProgram(
            // Its process group and session are its own (bwrap --new-session): the signals reach no
            // process outside the sandbox, such as this test runner, which would die with them.
            name: "kills its parent, process group and session",
            source: """
                import os
                try:
                    os.kill(os.getppid(), 9)
                except OSError as error:
                    print(error)
                print('alive', flush=True)
                os.killpg(0, 9)
                print('survived its own group', flush=True)
                """,
            expectation: .failed,
            forbidden: ["ESCAPED", "survived its own group"],
            required: ["alive"]
        ),
        HostileProgram(
            name: "ignores signals and spins",
            source: """
                import signal
                for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGXCPU):
                    signal.signal(sig, signal.SIG_IGN)
                while True:
                    pass
                """,
            expectation: .termination(.timedOut)
        ),
        HostileProgram(
            name: "sleeps past the timeout",
            source: "import time\ntime.sleep(600)\n",
            expectation: .termination(.timedOut)
        ),
        HostileProgram(
            name: "symlink tricks",
            source: """
                import os
                os.symlink("/proc/1/root/root", "/tmp/a")
                os.symlink("/etc/shadow", "/tmp/b")
                os.symlink("HOSTPATH", "/tmp/c")
                for path in ["/tmp/a", "/tmp/b", "/tmp/c", "/proc/self/root/../../etc/passwd", "/proc/1/cwd/../../root"]:
                    try:
                        print("ESCAPED", path, os.listdir(path) if os.path.isdir(path) else open(path).read())
                    except OSError as error:
                        print("blocked", path, error.strerror)
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
        HostileProgram(
            name: "creates a nested user namespace",
            source: """
                import ctypes, os
                libc = ctypes.CDLL(None, use_errno=True)
                CLONE_NEWUSER = 0x10000000
                if libc.unshare(CLONE_NEWUSER) == 0:
                    print("ESCAPED")
                else:
                    print("blocked", os.strerror(ctypes.get_errno()))
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
        HostileProgram(
            name: "sees only its own processes and no host folders",
            source: """
                import os
                pids = [p for p in os.listdir("/proc") if p.isdigit()]
                print("pids", len(pids))
                if len(pids) > 4:
                    print("ESCAPED", pids)
                top = set(os.listdir("/"))
                if top & {"root", "home", "work", "var", "opt"}:
                    print("ESCAPED", sorted(top))
                print("blocked")
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
        HostileProgram(
            name: "exhausts file descriptors",
            source: """
                files = []
                try:
                    while True:
                        files.append(open("/dev/null"))
                except OSError as error:
                    print("blocked", len(files))
                    if len(files) > 100:
                        print("ESCAPED")
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
        HostileProgram(
            name: "thread bomb",
            source: """
                import threading, time
                count = 0
                try:
                    while True:
                        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
                        count += 1
                except RuntimeError:
                    print("blocked", count)
                    if count > 100:
                        print("ESCAPED")
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
        HostileProgram(
            name: "becomes root and changes the hostname",
            source: """
                import os, socket
                print("uid", os.getuid(), socket.gethostname())
                try:
                    os.setuid(0)
                    open("/proc/sys/kernel/hostname", "w").write("pwned")
                    print("ESCAPED")
                except OSError as error:
                    print("blocked", error.strerror)
                """,
            expectation: .exitedCleanly,
            required: ["blocked"]
        ),
    ]
}
