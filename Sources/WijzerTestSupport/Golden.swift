import Foundation

/// Compares text with a golden file; `WIJZER_RECORD=1 swift test` rewrites the golden files.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["WIJZER_RECORD"] == "1" }

    /// nil when `actual` matches the file at `path`, else a message saying how to re-record.
    public static func mismatch(_ actual: String, path: String) -> String? {
        if recording {
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return "golden file \(path) is missing; record it with WIJZER_RECORD=1 swift test"
        }
        if expected == actual { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(a, e)).firstIndex { $0 != $1 } ?? min(a.count, e.count)
        return """
            output differs from \(path) at line \(line + 1):
              expected: \(line < e.count ? String(e[line]) : "<end>")
              actual:   \(line < a.count ? String(a[line]) : "<end>")
            If the change is intended, re-record with WIJZER_RECORD=1 swift test
            """
    }
}
