import Foundation
import Parquet

// Writes and reads N result-shaped rows with bon's Parquet module and prints one JSON line of figures.
// Usage: ParquetBenchmark ROWS CODEC OUT_DIR [PYARROW_FILE]
// The rows match `parquet_pyarrow.py` exactly, so both tools handle the same data.

let arguments = CommandLine.arguments
let rowCount = arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000
let codecName = arguments.count > 2 ? arguments[2] : "snappy"
let directory = arguments.count > 3 ? arguments[3] : NSTemporaryDirectory()
let pyarrowFile = arguments.count > 4 ? arguments[4] : nil
guard let codec = ParquetCompression(name: codecName) else {
    FileHandle.standardError.write(Data("unknown codec \(codecName)\n".utf8))
    exit(2)
}
let rowGroupRows = 100_000

/// Peak resident memory since the last reset, in MiB (Linux `VmHWM`).
func peakMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kilobytes / 1024
    }
    return 0
}

func resetPeak() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

// The same generator as parquet_pyarrow.py.
let words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]
let responses: [String] = (0..<64).map { variant in
    var text = ""
    var index = variant
    while text.utf8.count < 2048 {
        text += words[index % words.count] + " "
        index = (index &* 7 &+ 3) % 1009
    }
    return String(text.prefix(2048))
}
let splits = ["math", "code", "tool_calling"]
let verdicts = ["correct", "incorrect", "no_answer", "refused"]
let system = "You are Marvin, the Paranoid Android. Answer the question, sighing as needed."

let schema = ParquetSchema([
    ParquetField("query_id", .string),
    ParquetField("split", .string),
    ParquetField("candidate_idx", .int32),
    ParquetField("prompt", .string),
    ParquetField("response", .string),
    ParquetField("is_verified", .boolean),
    ParquetField("verdict", .string),
    ParquetField("verification_confidence", .double),
    ParquetField("persona_score", .double, nullable: true),
    ParquetField("ground_truth", .string, nullable: true),
    ParquetField("input_tokens", .int64),
    ParquetField("output_tokens", .int64),
    ParquetField("cost_usd", .double),
    ParquetField("latency_ms", .double),
    ParquetField(
        "messages",
        .list(
            ParquetField(
                "element",
                .structure([ParquetField("role", .string), ParquetField("content", .string)])
            )
        )
    ),
])

func row(_ i: Int) -> [ParquetValue] {
    let prompt = "Question \(i / 8): what is \(i / 8) + \(i % 97)?"
    let response = "r\(i): " + responses[i % 64]
    return [
        .string("q\(i / 8)"),
        .string(splits[i % 3]),
        .int32(Int32(i % 8)),
        .string(prompt),
        .string(response),
        .bool(i % 3 == 0),
        .string(verdicts[i % 4]),
        .double(Double(i % 100) / 100),
        i % 10 == 0 ? .null : .double(Double(i % 7) / 7),
        i % 5 == 0 ? .null : .string("\(i / 8 + i % 97)"),
        .int64(Int64(100 + i % 400)),
        .int64(Int64(500 + i % 1500)),
        .double(Double(i % 1000) * 1e-5),
        .double(Double(200 + i % 3000)),
        .list([
            .object(["role": "system", "content": .string(system)]),
            .object(["role": "user", "content": .string(prompt)]),
            .object(["role": "assistant", "content": .string(response)]),
        ]),
    ]
}

let path = (directory as NSString).appendingPathComponent("bon-bench-\(codecName).parquet")
var figures: [String: Double] = [:]
do {
    resetPeak()
    // Rows are generated in slices outside the timed region (pyarrow's table is built untimed too).
    var writeSeconds = 0.0
    var options = ParquetWriterOptions(compression: codec, rowGroupRowLimit: rowGroupRows)
    options.createdBy = "bon benchmark"
    var writer: ParquetWriter?
    writeSeconds += try await seconds { writer = try ParquetWriter(path: path, schema: schema, options: options) }
    for start in stride(from: 0, to: rowCount, by: 10_000) {
        let slice = (start..<min(start + 10_000, rowCount)).map(row)
        writeSeconds += try await seconds { for values in slice { try writer?.append(values) } }
    }
    let closeSeconds = try await seconds { try writer?.close() }
    figures["write_seconds"] = writeSeconds + closeSeconds
    figures["close_seconds"] = closeSeconds
    figures["write_peak_mib"] = peakMiB()
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    figures["file_mib"] = ((attributes[.size] as? NSNumber)?.doubleValue ?? 0) / 1_048_576

    // Read: decode every column of every row group into typed buffers (as pyarrow's read_table does).
    func readAll(_ file: String) async throws -> Int {
        let reader = try await ParquetFileReader.open(FileByteSource(path: file))
        var rows = 0
        for index in reader.rowGroups.indices {
            let group = try await reader.readRowGroup(index)
            rows += group.rowCount
        }
        return rows
    }
    resetPeak()
    var readRows = 0
    figures["read_seconds"] = try await seconds { readRows = try await readAll(path) }
    figures["read_peak_mib"] = peakMiB()
    guard readRows == rowCount else { throw ParquetError(.corruptPage, "read \(readRows) rows") }

    // Typed access, as `bon inspect` does: split, is_verified, verdict, persona_score per row group.
    figures["typed_columns_seconds"] = try await seconds {
        let reader = try await ParquetFileReader.open(FileByteSource(path: path))
        var verified = 0
        for index in reader.rowGroups.indices {
            let group = try await reader.readRowGroup(
                index,
                columns: ["query_id", "split", "is_verified", "verdict", "persona_score", "cost_usd"]
            )
            _ = try group.column("query_id").strings()
            _ = try group.column("split").strings()
            verified += try group.column("is_verified").bools().reduce(0) { $0 + ($1 == true ? 1 : 0) }
            _ = try group.column("verdict").strings()
            _ = try group.column("persona_score").doubles()
            _ = try group.column("cost_usd").doubles()
        }
        guard verified > 0 else { throw ParquetError(.corruptPage, "no verified rows") }
    }
    if let pyarrowFile {
        figures["read_pyarrow_file_seconds"] = try await seconds { _ = try await readAll(pyarrowFile) }
    }
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
let json = figures.keys.sorted().map { "\"\($0)\": \(String(format: "%.3f", figures[$0] ?? 0))" }
print("{" + json.joined(separator: ", ") + ", \"path\": \"\(path)\"}")
