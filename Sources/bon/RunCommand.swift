import ArgumentParser
import Datasets
import Experiments
import Foundation
import Verification

/// `bon run`: loads an experiment config, resolves it with the flags, and runs it.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an experiment: N in-persona candidates per query, each verified and saved.",
        discussion: """
            Precedence: built-in defaults < the config file < flags. Paths inside the config are relative to the \
            repository root (the folder holding experiments/); paths given as flags, to the working directory.

            Batch mode (--batch or `batch: true`, generators claude and openai): every call goes through the \
            provider's batch API at half price. Generations go out as one batch; judge calls, tool-mock calls and \
            each tool-calling turn follow as further batch rounds. Batch ids are committed to the journal as soon \
            as the provider accepts them, so Ctrl-C (or a crash) loses nothing: the batches keep running at the \
            provider. Re-running with --batch waits for them; --collect checks them once: while any is still in \
            progress it prints their states and exits 3 without waiting (run --collect again later); once all \
            have ended it collects their results and finishes the run in batch mode (tool turns and retries of \
            failed items are new rounds, waited for).

            Examples:
              bon run experiments/quickstart.yaml
              bon run --config experiments/marvin/claude_100x8.yaml --max-queries 10 --dry-run
              bon run experiments/marvin/claude_100x8.yaml --batch     # submit and wait
              bon run experiments/marvin/claude_100x8.yaml --collect   # later: collect
            """
    )

    @Argument(help: "The experiment config (YAML).")
    var file: String?

    @Option(name: .long, help: "The experiment config (same as the positional FILE).")
    var config: String?

    @OptionGroup var options: RunOptions

    @Flag(help: "Print the resolved plan and a cost estimate, then exit without calling any model.")
    var dryRun = false

    @Flag(help: "Continue an existing journal (the default when one exists); fail when there is none.")
    var resume = false

    @Flag(help: "Delete an existing journal and result file and start over.")
    var overwrite = false

    @Flag(help: "Bypass the shared response cache.")
    var noCache = false

    @Flag(
        help: ArgumentHelp(
            "Make again the candidates saved as generation_error, verifier_error or timeout.",
            discussion: "Resumes the run (same config); answers already paid for come from the journal, so only "
                + "failed calls are made again."
        )
    )
    var retryErrors = false

    @Option(help: "Append every LLM answer to this cassette (for the replay generator).")
    var record: String?

    @Flag(help: "Print no progress.")
    var quiet = false

    @Flag(help: "Print progress as JSON lines on standard error.")
    var jsonProgress = false

    @Option(help: "Run shard K of N (1-based, e.g. 2/4) of the planned candidates.")
    var shard: String?

    @Flag(help: "Run candidate code without the bubblewrap sandbox (only on a machine you can lose).")
    var unsafeNoSandbox = false

    @Flag(
        help: ArgumentHelp(
            "Resume a batch run: collect its batches if they have ended, else show their states and exit 3.",
            discussion: "Implies --resume and --batch."
        )
    )
    var collect = false

    func validate() throws {
        if file == nil && config == nil { throw ValidationError("name a config: bon run FILE (or --config FILE)") }
        if file != nil && config != nil { throw ValidationError("give the config once: FILE or --config FILE") }
        if resume && overwrite { throw ValidationError("--resume and --overwrite exclude each other") }
        if collect && overwrite { throw ValidationError("--collect and --overwrite exclude each other") }
        if collect && options.batch == false { throw ValidationError("--collect and --no-batch exclude each other") }
        if collect && dryRun { throw ValidationError("--collect and --dry-run exclude each other") }
        if retryErrors && overwrite {
            throw ValidationError("--retry-errors resumes a run; with --overwrite everything is made again anyway")
        }
        if let shard, Self.parseShard(shard) == nil {
            throw ValidationError("--shard \(shard): expected K/N with 1 ≤ K ≤ N, e.g. 2/4")
        }
    }

    func run() async throws {
        let path = file ?? config ?? ""
        let resolved: ExperimentConfig
        do {
            var overrides = options.overrides
            if collect {
                overrides.batch = true
                overrides.batchFlag = "--collect"
            }
            resolved = try ConfigLoader().load(path: path, overrides: overrides)
        } catch {
            for problem in error.problems {
                Terminal.error("\(Terminal.style("error", "31", stderr: true)) \(problem)")
            }
            throw ExitCode(2)
        }
        var settings = RunSettings()
        settings.resume = resume || collect
        settings.overwrite = overwrite
        settings.noCache = noCache
        settings.retryErrors = retryErrors
        settings.recordPath = record.map { RepositoryPaths.absolute($0) }
        settings.toolVersion = BonVersion.current
        settings.unsafeNoSandbox = unsafeNoSandbox
        settings.shard = shard.flatMap(Self.parseShard)
        let run = ExperimentRun(config: resolved, settings: settings)
        if dryRun {
            // Reads what exists and writes, creates or deletes nothing (not even with --overwrite).
            do {
                printPlan(try await run.plan(), config: resolved)
            } catch {
                guard error.code == .dataset else {
                    Terminal.error("\(Terminal.style("error", "31", stderr: true)) \(error)")
                    throw ExitCode(1)
                }
                // A dry run still shows the plan when the dataset cannot be reached (offline, no cache).
                print(RunPlan(config: resolved).description)
                print("note      the dataset could not be read, so queries and cost are not counted: \(error)")
            }
            return
        }
        let prepared: ExperimentRun.Prepared
        do {
            prepared = try await run.prepare()
        } catch {
            Terminal.error("\(Terminal.style("error", "31", stderr: true)) \(error)")
            // Bad input (exit 2): the dataset, the persona or output path, a journal of another config or in
            // use, a missing key or a bad base URL.
            throw ExitCode([.dataset, .configChanged, .provider, .journalInUse, .output].contains(error.code) ? 2 : 1)
        }
        if !quiet { printPlan(prepared.estimate, config: resolved) }
        if collect { try await checkBatches(run, prepared) }
        InterruptMonitor.start()
        let display = ProgressDisplay(quiet: quiet, json: jsonProgress)
        let summary: RunSummary
        do {
            summary = try await run.execute(
                prepared,
                shouldStop: { InterruptMonitor.stopRequested },
                onProgress: { display.update($0) },
                onBatch: { display.batch($0) }
            )
        } catch {
            Terminal.error("\(Terminal.style("error", "31", stderr: true)) \(error)")
            throw ExitCode(error.code == .provider ? 1 : 1)
        }
        print(SummaryFormatter.text(summary))
        if summary.ending != "completed" {
            var again = resolved.batch ? "re-run with --collect (or --batch to wait) to collect the batches" : ""
            var ending = summary.ending.replacingOccurrences(of: "_", with: " ")
            if summary.ending == "budget_reached", let budget = resolved.budgetUSD {
                // The spend is the whole run's, earlier processes included, as the budget is.
                ending +=
                    " (\(Self.dollars(summary.costUSD)) of \(Self.dollars(budget)) spent; the next candidate "
                    + "would pass it)"
                again = "raise --budget (or budget_usd) and re-run the same command to continue"
            }
            Terminal.error(
                "bon: run \(ending); " + (again.isEmpty ? "re-run the same command to resume" : again)
            )
            throw ExitCode(3)
        }
        let errors = summary.verdicts.filter { Verdict(rawValue: $0.key)?.isError == true }.values.reduce(0, +)
        if errors > 0 {
            Terminal.error(
                "bon: \(errors) candidate\(errors == 1 ? "" : "s") ended in an error (see the `error` column); "
                    + "re-run with --retry-errors to make \(errors == 1 ? "it" : "them") again"
            )
            throw ExitCode(1)
        }
    }

    /// The plan, what is left of it and its estimated cost, with the rows the dataset could not give.
    private func printPlan(_ estimate: ExperimentRun.Estimate, config: ExperimentConfig) {
        print(RunPlan(config: config, queryCount: estimate.selection.queries.count).description)
        let done = estimate.planned - estimate.remaining
        let cost = estimate.costUSD.map { String(format: "$%.4f", $0) } ?? "unknown (no price for \(config.model))"
        print(
            "todo      \(estimate.remaining) of \(estimate.planned) candidates"
                + (done > 0 ? " (\(done) already in the journal)" : "") + "  estimated cost: \(cost)"
                + (estimate.basis.isEmpty ? "" : " (\(estimate.basis))")
        )
        for skipped in estimate.selection.skipped { print("skipped   \(skipped.line)") }
        for notice in estimate.selection.notices + estimate.notes { print("notice    \(notice)") }
    }

    /// `--collect`: shows the recorded batches still open; exits 3 when any has not ended yet.
    private func checkBatches(_ run: ExperimentRun, _ prepared: ExperimentRun.Prepared) async throws {
        let open: [BatchProgress]
        do {
            open = try await run.openBatches(prepared)
        } catch {
            Terminal.error("\(Terminal.style("error", "31", stderr: true)) \(error)")
            throw ExitCode(1)
        }
        for batch in open { print("batch     \(batch.line)") }
        let waiting = open.filter { !$0.isFinished }
        guard !waiting.isEmpty else { return }
        Terminal.error(
            "bon: \(waiting.count) of the run's batches \(waiting.count == 1 ? "is" : "are") still in progress; "
                + "nothing collected yet. Run the same command with --collect again later (the provider keeps "
                + "the batch up to 24 hours, its results for days)."
        )
        throw ExitCode(3)
    }

    /// `$12.3400`, or with six decimals below a cent, so that a tiny budget is not shown as `$0.0000`.
    static func dollars(_ value: Double) -> String {
        String(format: value > 0 && value < 0.01 ? "$%.6f" : "$%.4f", value)
    }

    static func parseShard(_ text: String) -> (index: Int, count: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else {
            return nil
        }
        return (k - 1, n)
    }
}
