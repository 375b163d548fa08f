import Experiments
import Foundation
import TestSupport
import Testing

/// Batch mode and `use_n` in the config: how they resolve and whether a journal resumes across them.
struct BatchConfigTests {
    @Test func batchModeMayChangeBetweenARunAndItsResume() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let live = try ConfigLoader().load(path: try repository.config(ScratchRepository.valid))
        let batch = try ConfigLoader().load(
            path: try repository.config(ScratchRepository.valid + "\nbatch: true\nbatch_poll_seconds: 5")
        )
        #expect(!live.batch && batch.batch)
        #expect(batch.batchPollSeconds == 5)
        #expect(batch.resolvedYAML.contains("batch: true"))
        #expect(live.identityHashInput == batch.identityHashInput)
    }

    @Test func flagsBeatTheFileAndCollectForcesBatch() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let path = try repository.config(ScratchRepository.valid + "\nbatch: true")
        var overrides = ConfigOverrides()
        overrides.batch = false
        overrides.batchPollSeconds = 0.5
        let config = try ConfigLoader().load(path: path, overrides: overrides)
        #expect(!config.batch)
        #expect(config.batchPollSeconds == 0.5)
    }

    @Test func useNChangesTheSamplingSoItIsPartOfTheIdentity() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let openai = ScratchRepository.valid
            .replacingOccurrences(of: "generator: claude", with: "generator: openai")
            .replacingOccurrences(of: "model: claude-sonnet-4-5-20250929", with: "model: gpt-4o-mini")
        let single = try ConfigLoader().load(path: try repository.config(openai))
        let grouped = try ConfigLoader().load(path: try repository.config(openai + "\nuse_n: true"))
        #expect(grouped.useN)
        #expect(single.identityHashInput != grouped.identityHashInput)
    }
}
