import ArgumentParser
import Foundation
import Parquet

/// `bon parquet`: inspect any Parquet file.
struct ParquetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parquet",
        abstract: "Inspect any Parquet file: its schema and metadata, or its rows as JSON Lines.",
        discussion: """
            Examples:
              bon parquet schema results/marvin.parquet
              bon parquet cat results/marvin.parquet --columns query_id,verdict --limit 5
            """,
        subcommands: [ParquetSchemaCommand.self, ParquetCatCommand.self]
    )
}

/// `bon parquet schema FILE`.
struct ParquetSchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a Parquet file's schema, row groups, codecs and key/value metadata.",
        discussion: """
            Example:
              bon parquet schema results/marvin.parquet
            """
    )

    @Argument(help: "The Parquet file.")
    var file: String

    func run() async throws {
        let reader = try await ParquetCLI.open(file)
        print(reader.describe())
    }
}

/// `bon parquet cat FILE`.
struct ParquetCatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cat",
        abstract: "Print a Parquet file's rows as JSON Lines (nested values as JSON arrays and objects).",
        discussion: """
            Example:
              bon parquet cat results/marvin.parquet --columns query_id,messages --limit 3
            """
    )

    @Argument(help: "The Parquet file.")
    var file: String

    @Option(help: "Comma-separated top-level columns to print, in order (default: all).")
    var columns: String?

    @Option(help: "The most rows to print (default: all).")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more, got \(limit)") }
    }

    func run() async throws {
        let reader = try await ParquetCLI.open(file)
        let names = columns?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        do {
            var output = ""
            try await reader.jsonLines(columns: names, limit: limit) { line in
                output += line
                output += "\n"
                if output.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(output.utf8))
                    output = ""
                }
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        } catch {
            throw ParquetCLI.failure(error, flag: error.code == .invalidArgument ? "--columns" : nil)
        }
    }
}

/// Shared error handling: bad input exits 2 with one clear message.
enum ParquetCLI {
    static func open(_ file: String) async throws -> ParquetFileReader {
        guard FileManager.default.fileExists(atPath: file) else {
            throw failure(ParquetError(.io, "no such file", file: file), flag: nil)
        }
        do {
            return try await ParquetFileReader.open(path: file)
        } catch {
            throw failure(error, flag: nil)
        }
    }

    static func failure(_ error: ParquetError, flag: String?) -> any Error {
        let prefix = flag.map { "\($0): " } ?? ""
        FileHandle.standardError.write(Data("bon: \(prefix)\(error.description)\n".utf8))
        return ExitCode(2)
    }
}
