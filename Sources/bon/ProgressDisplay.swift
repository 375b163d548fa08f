import Experiments
import Foundation
import Synchronization

/// Prints run progress: a live line on a TTY, a plain line every few seconds otherwise, or JSON lines.
final class ProgressDisplay: Sendable {
    enum Style {
        case live, plain, json, quiet
    }

    private let style: Style
    private let lastPrint = Mutex<ContinuousClock.Instant?>(nil)
    private let batchesShown = Mutex<[String: BatchProgress]>([:])

    init(quiet: Bool, json: Bool) {
        if quiet {
            style = .quiet
        } else if json {
            style = .json
        } else {
            style = isatty(STDERR_FILENO) == 1 ? .live : .plain
        }
    }

    func update(_ progress: RunProgress) {
        let now = ContinuousClock.now
        let interval: Duration =
            switch style {
            case .live: .milliseconds(100)
            case .plain: .seconds(5)
            case .json: .seconds(1)
            case .quiet: .seconds(1_000_000)
            }
        let finished = progress.done == progress.total
        let due = lastPrint.withLock { last -> Bool in
            if !finished, let last, now - last < interval { return false }
            last = now
            return true
        }
        guard due, style != .quiet else { return }
        switch style {
        case .live:
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line(progress)).utf8))
            if finished { FileHandle.standardError.write(Data("\n".utf8)) }
        case .plain:
            Terminal.error(line(progress))
        case .json:
            let object: [String: Any] = [
                "done": progress.done, "total": progress.total, "verified": progress.verified,
                "errors": progress.errors, "in_flight": progress.inFlight, "cost_usd": progress.costUSD,
                "elapsed_s": progress.elapsedSeconds, "rate_per_s": progress.rate,
                "eta_s": progress.etaSeconds.map { $0 as Any } ?? NSNull(), "retries": progress.retries,
                "rate_limited": progress.rateLimited,
            ]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                FileHandle.standardError.write(data + Data("\n".utf8))
            }
        case .quiet:
            break
        }
    }

    /// Prints a batch's state when it changes: a line on standard error, or a JSON line.
    func batch(_ batch: BatchProgress) {
        let changed = batchesShown.withLock { shown -> Bool in
            guard shown[batch.id] != batch else { return false }
            shown[batch.id] = batch
            return true
        }
        guard changed else { return }
        switch style {
        case .quiet:
            break
        case .json:
            let object: [String: Any] = [
                "batch": batch.id, "state": batch.state, "provider_status": batch.providerStatus,
                "succeeded": batch.succeeded, "failed": batch.failed, "total": batch.total,
            ]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                FileHandle.standardError.write(data + Data("\n".utf8))
            }
        case .live:
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + "batch     " + batch.line + "\n").utf8))
        case .plain:
            Terminal.error("batch     " + batch.line)
        }
    }

    private func line(_ progress: RunProgress) -> String {
        let width = 24
        let fraction = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 1
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let eta = progress.etaSeconds.map { Self.duration($0) } ?? "–"
        return "[\(bar)] \(progress.done)/\(progress.total)  \(String(format: "%.1f", progress.rate))/s  ETA \(eta)"
            + "  verified \(progress.verified)  errors \(progress.errors)"
            + "  $\(String(format: "%.4f", progress.costUSD))"
            + (progress.retries > 0 ? "  retries \(progress.retries) (429s \(progress.rateLimited))" : "")
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
        return "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m"
    }
}
