import Foundation
import Glibc

/// What a hostile program must not reach: a host folder, a listening TCP port, a secret in the
/// environment, and a marker to find leftover processes by.
struct HostProbe {
    static let secret = "sk-bon-hostile-secret-7f3a"

    let folder: String
    let port: UInt16
    let marker = "bon-hostile-marker-\(UUID().uuidString)"
    private let socket: Int32

    init() throws {
        setenv("BON_HOSTILE_API_KEY", Self.secret, 1)
        folder = NSTemporaryDirectory() + "bon-hostile-host-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        listen(fd, 4)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        socket = fd
    }

    func close() {
        _ = Glibc.close(socket)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Host processes whose command line contains `text`.
    static func processes(containing text: String) -> [String] {
        let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return pids.filter { pid in
            guard pid.allSatisfy(\.isNumber), let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")
            else { return false }
            return String(decoding: data, as: UTF8.self).contains(text)
        }
    }
}
