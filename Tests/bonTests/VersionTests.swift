import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct VersionTests {
    @Test func printsVersion() throws {
        let process = Process()
        process.executableURL = RepositoryPaths.bonExecutable
        process.arguments = ["--version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(output.hasPrefix("0."))
    }
}
