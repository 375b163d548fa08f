import Foundation
import Glibc
import NIOCore
import NIOPosix
import Synchronization
import Testing

@testable import LLM

/// The event loops that read answers run at a higher priority once a provider client exists, where the process may
/// raise it; where it may not, they keep the process's nice value.
@Suite struct EventLoopPriorityTests {
    @Test func sharedLoopsAreRaisedWherePermitted() async throws {
        _ = try OpenAIClient(configuration: LLMClientConfiguration(baseURL: "http://127.0.0.1:9/v1"))
        let permitted = Self.mayRaisePriority()
        for loop in MultiThreadedEventLoopGroup.singleton.makeIterator() {
            let nice = try await loop.submit { Self.currentNice() }.get()
            if permitted {
                #expect(nice == EventLoopPriority.nice)
            } else {
                #expect(nice >= EventLoopPriority.nice)
            }
        }
    }

    @Test func aThreadAlreadyLowerIsLeftAlone() throws {
        guard Self.mayRaisePriority() else { return }
        let result = Self.onNewThread {
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, EventLoopPriority.nice - 5)
            EventLoopPriority.raiseCurrentThread()
            return Self.currentNice()
        }
        #expect(result == EventLoopPriority.nice - 5)
    }

    @Test func threadsStartedFromARaisedThreadBeginAtNormalPriority() throws {
        guard Self.mayRaisePriority() else { return }
        let (raised, child) = Self.onNewThread {
            EventLoopPriority.raiseCurrentThread()
            return (Self.currentNice(), Self.onNewThread { Self.currentNice() })
        }
        #expect(raised == EventLoopPriority.nice)
        #expect(child == 0)
    }

    /// Whether this process may lower a thread's nice value below its own (root, or `CAP_SYS_NICE`).
    static func mayRaisePriority() -> Bool {
        onNewThread { setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, EventLoopPriority.nice) == 0 }
    }

    static func currentNice() -> Int32 {
        getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    }

    /// Runs `body` on a thread of its own (nice values are per thread on Linux) and returns its result.
    static func onNewThread<Value: Sendable>(_ body: @escaping @Sendable () -> Value) -> Value {
        let done = DispatchSemaphore(value: 0)
        let result = Box<Value>()
        let thread = Thread {
            let value = body()
            result.value.withLock { $0 = value }
            done.signal()
        }
        thread.start()
        done.wait()
        return result.value.withLock { $0! }
    }

    final class Box<Value: Sendable>: Sendable {
        let value = Mutex<Value?>(nil)
    }
}
