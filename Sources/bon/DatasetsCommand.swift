import ArgumentParser
import Datasets
import Foundation

/// `bon datasets …`: look at datasets the way a run reads them.
struct DatasetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "Look at datasets the way a run reads them.",
        subcommands: [Preview.self]
    )

    /// `bon datasets preview REPO_OR_PATH --split S [--limit N]`.
    struct Preview: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "preview",
            abstract: "Print normalised queries of a dataset split and where each came from.",
            discussion: """
                REPO_OR_PATH is a Hugging Face dataset id (owner/name, optionally owner/name@revision) or a local \
                Parquet/JSON Lines file or folder. HF_ENDPOINT, HF_TOKEN, HF_HOME and HF_HUB_OFFLINE are read as \
                huggingface_hub reads them.

                Examples:
                  bon datasets preview data/nemotron-sample --split math --limit 3
                  bon datasets preview nvidia/Nemotron-Post-Training-Dataset-v1 --split tool_calling --limit 5
                """
        )

        @Argument(help: "A Hub dataset id (owner/name[@revision]) or a local file or folder.")
        var dataset: String

        @Option(name: .long, help: "The split to preview (e.g. math, code, tool_calling); repeat or comma-separate.")
        var split: [String]

        @Option(name: .long, help: "How many queries to print in total.")
        var limit: Int = 5

        @Option(name: .long, help: "0 keeps the dataset's order; other values shuffle files and row groups.")
        var seed: Int = 0

        @Flag(name: .long, help: "Download whole files into the Hugging Face cache instead of streaming ranges.")
        var download = false

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be at least 1 (got \(limit))") }
            guard !split.flatMap({ $0.split(separator: ",") }).isEmpty else {
                throw ValidationError("--split needs a split name, e.g. --split math")
            }
        }

        func run() async throws {
            let splits = split.flatMap { $0.split(separator: ",").map(String.init) }
            do {
                let selection = try await QueryLoader().load(
                    dataset: dataset,
                    splits: splits,
                    maxQueries: limit,
                    seed: seed,
                    streaming: !download
                )
                print(DatasetPreview.render(selection), terminator: "")
            } catch {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                let badInput: Set<DatasetError.Code> = [
                    .invalidArgument, .splitNotFound, .localFile, .repositoryNotFound, .revisionNotFound,
                    .entryNotFound, .gated, .unauthorized, .notCached,
                ]
                throw ExitCode(badInput.contains(error.code) ? 2 : 1)
            }
        }
    }
}
