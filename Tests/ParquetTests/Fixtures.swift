import Foundation
import Parquet

/// The Parquet fixtures copied from `../shared/fixtures/parquet` and their expected rows.
enum Fixtures {
    static let names = [
        "sample_default", "sample_zstd", "sample_none", "sample_v2_pages", "sample_no_arrow_schema",
        "sample_multi_rowgroup", "sample_delta", "sample_hf_datasets", "sample_min_writer",
    ]

    static func url(_ name: String, _ ext: String = "parquet") throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures") else {
            throw ParquetError(.invalidArgument, "fixture \(name).\(ext) missing")
        }
        return url
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    /// `expected_rows.json`: `{"metadata": {...}, "rows": [...]}` as Foundation objects.
    static func expected() throws -> (metadata: [String: String], rows: [NSDictionary]) {
        let data = try Data(contentsOf: url("expected_rows", "json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return (object["metadata"] as? [String: String] ?? [:], object["rows"] as? [NSDictionary] ?? [])
    }

    /// Reads every row group of a file into JSON objects (one per row, via `jsonText`).
    static func readRows(_ source: any ByteSource, columns: [String]? = nil) async throws -> [NSDictionary] {
        let file = try await ParquetFileReader.open(source)
        var result: [NSDictionary] = []
        for index in file.rowGroups.indices {
            let group = try await file.readRowGroup(index, columns: columns)
            for row in try group.rows() {
                let members = zip(group.columns, row).map { ParquetMember($0.name, $1) }
                result.append(try json(ParquetValue.object(members).jsonText))
            }
        }
        return result
    }

    static func json(_ text: String) throws -> NSDictionary {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return object as? NSDictionary ?? [:]
    }
}

/// Runs `python3` with a script and arguments; returns stdout, or nil when pyarrow is missing.
enum Python {
    static let hasPyarrow: Bool = (try? run("import pyarrow, pandas", []))?.status == 0
    static let hasEngines: Bool = (try? run("import polars, duckdb", []))?.status == 0

    @discardableResult
    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }
}
