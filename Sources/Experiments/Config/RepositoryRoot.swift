import Foundation

/// Finds the folder that config paths are relative to.
enum RepositoryRoot {
    /// The nearest folder at or above the config file's folder that holds `experiments/`; when none
    /// does, the config file's own folder.
    static func find(forConfigAt path: String) -> String {
        let start = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        var folder = start
        while true {
            var isDirectory: ObjCBool = false
            let experiments = folder.appendingPathComponent("experiments").path
            if FileManager.default.fileExists(atPath: experiments, isDirectory: &isDirectory), isDirectory.boolValue {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return start.path }
            folder = parent
        }
    }

    /// `path` made absolute against `base` (no-op when already absolute), with `~` expanded.
    static func resolve(_ path: String, against base: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
        return URL(fileURLWithPath: base).appendingPathComponent(expanded).standardizedFileURL.path
    }
}
