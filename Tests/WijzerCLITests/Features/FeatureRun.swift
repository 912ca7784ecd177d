import Foundation
import Testing
import WijzerTestSupport

/// A questionnaire set in a fresh folder, one theme answered on a pipe with `--out plan`: the
/// run, and the result and plan files it wrote. Remove the folder when done.
struct FeatureRun {
    let folder: TemporaryFolder
    let run: WijzerProcess.Outcome

    init(_ set: String, theme: String, typed: String) throws {
        folder = try TemporaryFolder()
        _ = try folder.write("q/set.wijzer", set)
        run = try WijzerProcess.run(["start", theme, "--questionnaires", "q", "--data-dir", "data", "--out", "plan"],
                                    stdin: typed, directory: folder.path)
    }

    func remove() { folder.remove() }

    /// The result file, relative to the folder.
    func result() throws -> String {
        "data/results/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/data/results").first))
    }

    /// The plan written at the end of the theme, as Markdown (`md`) or HTML (`html`).
    func plan(_ ext: String = "md") throws -> String {
        let plans = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/plan")
        return try String(contentsOfFile: folder.path + "/plan/" + #require(plans.first { $0.hasSuffix("." + ext) }), encoding: .utf8)
    }

    /// `wijzer plan --format json` of the result.
    func planJSON() throws -> [String: Any] {
        let json = try WijzerProcess.run(["plan", try result(), "--questionnaires", "q", "--format", "json"], directory: folder.path)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    }

    /// The first theme's score in `planJSON`.
    func themeScore() throws -> Int? {
        try (planJSON()["themes"] as? [[String: Any]])?.first?["score"] as? Int
    }
}
