import Datasets
import Foundation

/// Times `QueryLoader` on a local Nemotron-format folder: every row of a split (Parquet read + normalisation),
/// then the first 100 queries (how many bytes are read of the files opened), then a seeded selection.
@main
struct DatasetsBenchmarks {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            print("usage: DatasetsBenchmarks DATASET_FOLDER [SPLIT]")
            return
        }
        let folder = arguments[1]
        let split = arguments.count > 2 ? arguments[2] : "math"
        let loader = QueryLoader(environment: [:])
        var best = Double.infinity
        var all: QuerySelection?
        for _ in 0..<3 {
            let start = ContinuousClock.now
            all = try await loader.load(dataset: folder, splits: [split], maxQueries: 0)
            best = min(best, seconds(ContinuousClock.now - start))
        }
        let count = all?.queries.count ?? 0
        print(String(format: "bon  all rows:   %6d queries in %.3f s (%.0f rows/s)", count, best, Double(count) / best))
        let start = ContinuousClock.now
        let first = try await loader.load(dataset: folder, splits: [split], maxQueries: 100)
        let firstTime = seconds(ContinuousClock.now - start)
        print(String(format: "bon  first 100:  %.3f s; ", firstTime) + first.summary)
        let seeded = try await loader.load(dataset: folder, splits: [split], maxQueries: 100, seed: 7)
        print("bon  seed 7:     " + seeded.summary)
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
