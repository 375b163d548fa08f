import Foundation
import TestSupport
import Testing

@testable import Datasets

@Suite struct HubConfigurationTests {
    @Test func defaultsFollowHuggingFaceHub() {
        let configuration = HubConfiguration(environment: ["HOME": "/home/u"])
        #expect(configuration.endpoint == "https://huggingface.co")
        #expect(configuration.cacheDirectory == "/home/u/.cache/huggingface/hub")
        #expect(configuration.offline == false)
    }

    @Test func environmentOverridesAndTheTokenFile() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        try home.write("hf/token", "hf_from_file\n")
        let fromFile = HubConfiguration(environment: [
            "HF_HOME": home.path("hf"), "HF_ENDPOINT": "https://hf-mirror.com//",
        ])
        #expect(fromFile.token == "hf_from_file")
        #expect(fromFile.endpoint == "https://hf-mirror.com")
        #expect(fromFile.cacheDirectory == home.path("hf") + "/hub")
        let fromEnvironment = HubConfiguration(
            environment: ["HF_HOME": home.path("hf"), "HUGGING_FACE_HUB_TOKEN": "hf_legacy", "HF_HUB_CACHE": "/c"]
        )
        #expect(fromEnvironment.token == "hf_legacy")
        #expect(fromEnvironment.cacheDirectory == "/c")
        #expect(HubConfiguration(environment: ["HF_TOKEN": "hf_a", "HUGGING_FACE_HUB_TOKEN": "hf_b"]).token == "hf_a")
        #expect(!HubConfiguration(environment: ["HF_TOKEN": "hf_secret"]).description.contains("hf_secret"))
    }

    @Test("HF_HUB_OFFLINE values", arguments: [("1", true), ("ON", true), ("true", true), ("0", false), ("", false)])
    func offline(value: String, expected: Bool) {
        #expect(HubConfiguration(environment: ["HF_HUB_OFFLINE": value]).offline == expected)
    }

    @Test(
        "repository references",
        arguments: [
            ("nvidia/Nemotron-Post-Training-Dataset-v1", "nvidia/Nemotron-Post-Training-Dataset-v1", "main"),
            ("org/name@refs/convert/parquet", "org/name", "refs/convert/parquet"),
        ]
    )
    func references(text: String, id: String, revision: String) throws {
        let reference = try HubRepositoryReference(parsing: text)
        #expect(reference.id == id)
        #expect(reference.revision == revision)
        #expect(
            HubHTTP.encodeRevision(reference.revision) == reference.revision.replacingOccurrences(of: "/", with: "%2F")
        )
    }

    @Test func siblingReleases() {
        #expect(
            HubDataset.siblingIDs(of: "nvidia/Nemotron-Post-Training-Dataset-v2") == [
                "nvidia/Nemotron-Post-Training-Dataset-v1", "nvidia/Nemotron-Post-Training-Dataset-v3",
            ]
        )
        #expect(HubDataset.siblingIDs(of: "org/plain").isEmpty)
    }
}
