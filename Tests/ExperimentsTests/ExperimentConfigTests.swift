import Experiments
import Testing

@Suite struct ExperimentConfigTests {
    @Test func generatorNames() {
        #expect(ExperimentConfig.Generator.allCases.map(\.rawValue) == ["claude", "openai", "replay"])
    }
}
