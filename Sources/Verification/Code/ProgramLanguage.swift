/// A language the code verifier can run.
public enum ProgramLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    /// Python 3, run with the system `python3`.
    case python
    /// C++, compiled with `g++ -std=gnu++17 -O2`.
    case cpp

    /// The language named by a Markdown fence tag (`python`, `py`, `cpp`, `c++`, …), if supported.
    public init?(fenceTag: String) {
        switch fenceTag.lowercased() {
        case "python", "python3", "py", "py3": self = .python
        case "cpp", "c++", "cc", "cxx", "hpp", "c": self = .cpp
        default: return nil
        }
    }

    /// The source file name used inside the sandbox.
    var sourceFileName: String { self == .python ? "main.py" : "main.cpp" }
}
