import Foundation
import Parquet

// One phase of the Parquet benchmark per process (so that peak memory is the phase's own), printing one
// JSON line of figures. `parquet.sh` runs the phases interleaved with pyarrow's.
//
// Usage: ParquetBenchmark MODE ROWS CODEC PATH
//   write-columns  write ROWS rows to PATH with `append(columns:)` (the path `bon run` uses), in batches
//   write-rows     write ROWS rows to PATH with `append(_:)`, one `[ParquetValue]` per row
//   read           decode every column of every row group of PATH (as pyarrow's read_table)
//   typed          read 6 flat columns of PATH into typed Swift arrays (as `bon inspect`)
// The rows match `parquet_pyarrow.py` exactly, so both tools handle the same data.

let arguments = CommandLine.arguments
guard arguments.count == 5, let rowCount = Int(arguments[2]), let codec = ParquetCompression(name: arguments[3])
else {
    FileHandle.standardError.write(
        Data("usage: ParquetBenchmark write-columns|write-rows|read|typed ROWS CODEC PATH\n".utf8)
    )
    exit(2)
}
let mode = arguments[1]
let path = arguments[4]
let rowGroupRows = 100_000
let batchRows = 10_000

/// Peak resident memory of this process, in MiB (Linux `VmHWM`).
func peakMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kilobytes / 1024
    }
    return 0
}

/// Resets `VmHWM` to the current resident size.
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

func prompt(_ i: Int) -> String { "Question \(i / 8): what is \(i / 8) + \(i % 97)?" }
func response(_ i: Int) -> String { "r\(i): " + responses[i % 64] }

func row(_ i: Int) -> [ParquetValue] {
    let prompt = prompt(i)
    let response = response(i)
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

func columns(_ rows: Range<Int>) -> [ParquetColumnValues] {
    let prompts = rows.map(prompt)
    let texts = rows.map(response)
    var roles: [String] = []
    var contents: [String] = []
    roles.reserveCapacity(3 * rows.count)
    contents.reserveCapacity(3 * rows.count)
    for (prompt, text) in zip(prompts, texts) {
        roles += ["system", "user", "assistant"]
        contents += [system, prompt, text]
    }
    return [
        .strings(rows.map { "q\($0 / 8)" }),
        .strings(rows.map { splits[$0 % 3] }),
        .int32s(rows.map { Int32($0 % 8) }),
        .strings(prompts),
        .strings(texts),
        .bools(rows.map { $0 % 3 == 0 }),
        .strings(rows.map { verdicts[$0 % 4] }),
        .doubles(rows.map { Double($0 % 100) / 100 }),
        .optionalDoubles(rows.map { $0 % 10 == 0 ? nil : Double($0 % 7) / 7 }),
        .optionalStrings(rows.map { $0 % 5 == 0 ? nil : "\($0 / 8 + $0 % 97)" }),
        .int64s(rows.map { Int64(100 + $0 % 400) }),
        .int64s(rows.map { Int64(500 + $0 % 1500) }),
        .doubles(rows.map { Double($0 % 1000) * 1e-5 }),
        .doubles(rows.map { Double(200 + $0 % 3000) }),
        .lists(
            offsets: Array(stride(from: 0, through: 3 * rows.count, by: 3)),
            element: .structs([.strings(roles), .strings(contents)])
        ),
    ]
}

/// Writes every row with `append(columns:)` or `append(_:)`; batches are built outside the timed region
/// (pyarrow's table is built untimed too).
func write(columnar: Bool) async throws -> [String: Double] {
    var figures: [String: Double] = [:]
    var options = ParquetWriterOptions(compression: codec, rowGroupRowLimit: rowGroupRows)
    options.createdBy = "bon benchmark"
    var writer: ParquetWriter?
    var total = try await seconds { writer = try ParquetWriter(path: path, schema: schema, options: options) }
    for start in stride(from: 0, to: rowCount, by: batchRows) {
        let range = start..<min(start + batchRows, rowCount)
        if columnar {
            let batch = columns(range)
            total += try await seconds { try writer?.append(columns: batch) }
        } else {
            let slice = range.map(row)
            total += try await seconds { for values in slice { try writer?.append(values) } }
        }
    }
    let close = try await seconds { try writer?.close() }
    figures["seconds"] = total + close
    figures["close_seconds"] = close
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    figures["file_mib"] = ((attributes[.size] as? NSNumber)?.doubleValue ?? 0) / 1_048_576
    return figures
}

/// Decodes every column of every row group into typed buffers.
func readAll() async throws -> [String: Double] {
    var rows = 0
    let time = try await seconds {
        let reader = try await ParquetFileReader.open(FileByteSource(path: path))
        for index in reader.rowGroups.indices {
            let group = try await reader.readRowGroup(index)
            rows += group.rowCount
        }
    }
    guard rows == rowCount else { throw ParquetError(.corruptPage, "read \(rows) rows, expected \(rowCount)") }
    return ["seconds": time]
}

/// Typed access to six flat columns, as `bon inspect` does.
func readTyped() async throws -> [String: Double] {
    let time = try await seconds {
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
    return ["seconds": time]
}

do {
    resetPeak()
    var figures: [String: Double]
    switch mode {
    case "write-columns": figures = try await write(columnar: true)
    case "write-rows": figures = try await write(columnar: false)
    case "read": figures = try await readAll()
    case "typed": figures = try await readTyped()
    default:
        FileHandle.standardError.write(Data("unknown mode \(mode)\n".utf8))
        exit(2)
    }
    figures["peak_mib"] = peakMiB()
    let json = figures.keys.sorted().map { "\"\($0)\": \(String(format: "%.3f", figures[$0] ?? 0))" }
    print("{" + json.joined(separator: ", ") + "}")
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
