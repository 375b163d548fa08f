import Foundation
import TestSupport
import Testing

/// Renders `bon report` output in a real headless Chromium and checks the screenshot.
@Suite(.serialized) struct HTMLScreenshotTests {
    /// Where the screenshot is kept after the run, for people to look at.
    static let artifacts = RepositoryPaths.root.appendingPathComponent(".build/test-artifacts/analysis")

    static func chromium() -> String? {
        for name in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: name) {
            return name
        }
        return nil
    }

    @Test(.timeLimit(.minutes(5))) func reportRendersInChromium() throws {
        let browser = try #require(
            Self.chromium(),
            "Chromium is not installed; run BON_BOOTSTRAP_CHROMIUM=1 scripts/bootstrap"
        )
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let base = try Programs.makeResults(
            in: folder,
            name: "baseline.parquet",
            ["--queries", "200", "--accuracy", "0.6"]
        )
        let persona = try Programs.makeResults(
            in: folder,
            name: "marvin.parquet",
            ["--queries", "200", "--accuracy", "0.4"]
        )
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        let html = Self.artifacts.appendingPathComponent("report.html").path
        let png = Self.artifacts.appendingPathComponent("report.png").path
        try? FileManager.default.removeItem(atPath: png)

        let report = try Programs.bon(["report", base, persona, "-o", html])
        #expect(report.status == 0, "\(report.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(!page.lowercased().contains("<script"))

        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(folder.path("profile"))",
        ]
        let shot = try Programs.run(
            browser,
            common + ["--window-size=1000,2200", "--screenshot=\(png)", "file://\(html)"]
        )
        #expect(shot.status == 0, "\(shot.stderr)")
        #expect(FileManager.default.fileExists(atPath: png), "Chromium wrote no screenshot: \(shot.stderr)")

        let stats = try Programs.python("png_stats.py", [png])
        #expect(stats.status == 0, "\(stats.stderr)")
        let numbers = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(numbers["width"] as? Int == 1000)
        // A blank page is one colour; the report has text, bars and lines in several colours.
        #expect((numbers["non_white_fraction"] as? Double ?? 0) > 0.02)
        #expect((numbers["colours"] as? Int ?? 0) > 50)

        // The DOM as Chromium parsed it has every section heading.
        let dom = try Programs.run(browser, common + ["--dump-dom", "file://\(html)"])
        #expect(dom.status == 0, "\(dom.stderr)")
        for heading in [
            "BestOfN report", "Experiments", "Verification rates by split", "pass@k", "First verified candidate",
            "Persona score vs. correctness", "Cost", "Paired comparison",
        ] {
            #expect(dom.stdout.contains(">\(heading)</h"), "Chromium's DOM lacks the heading \(heading)")
        }
    }
}
