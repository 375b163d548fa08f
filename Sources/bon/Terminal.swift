import Foundation

/// Writing to the terminal: colour only on a TTY and never when `NO_COLOR` is set.
enum Terminal {
    /// Whether standard output should be coloured.
    static let colorsStdout = useColor(fileDescriptor: STDOUT_FILENO)
    /// Whether standard error should be coloured.
    static let colorsStderr = useColor(fileDescriptor: STDERR_FILENO)

    private static func useColor(fileDescriptor: Int32) -> Bool {
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }

    /// Wraps `text` in an ANSI style when colour is on for that stream.
    static func style(_ text: String, _ code: String, stderr: Bool = false) -> String {
        (stderr ? colorsStderr : colorsStdout) ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
