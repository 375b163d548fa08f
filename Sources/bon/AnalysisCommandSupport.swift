import Analysis
import ArgumentParser
import Foundation

/// Shared plumbing of the analysis commands: reading files, JSON output, exit codes.
enum AnalysisCommandSupport {
    /// Reads result files, expanding patterns; prints each problem and exits 2 on bad input.
    static func readTables(_ patterns: [String], columns: [ResultColumn]) async throws -> [ResultTable] {
        let paths: [String]
        do {
            paths = try FileGlob.expand(patterns)
        } catch {
            throw fail(error)
        }
        var tables: [ResultTable] = []
        for path in paths {
            do {
                tables.append(try await ResultFile.read(path: path, columns: columns))
            } catch {
                throw fail(error)
            }
        }
        return tables
    }

    /// Reads and summarises result files, expanding patterns; prints each problem and exits 2 on bad input.
    static func readSummaries(_ patterns: [String]) async throws -> [ExperimentSummary] {
        let paths: [String]
        do {
            paths = try FileGlob.expand(patterns)
        } catch {
            throw fail(error)
        }
        var summaries: [ExperimentSummary] = []
        for path in paths {
            do {
                summaries.append(try await ResultFile.summary(path: path))
            } catch {
                throw fail(error)
            }
        }
        return summaries
    }

    /// Prints `error` to standard error and returns the exit code for bad input.
    static func fail(_ error: AnalysisError) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
        return ExitCode(2)
    }

    /// `value` as pretty, key-sorted JSON text.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf",
            negativeInfinity: "-inf",
            nan: "nan"
        )
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Writes `text` to `path`, or exits 2 naming the path.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw fail(AnalysisError(.unwritableFile, "\(path): cannot write: \(error.localizedDescription)"))
        }
    }
}
