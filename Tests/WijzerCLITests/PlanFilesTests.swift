import Foundation
import Testing
import WijzerTestSupport

/// Plans and comparisons a teacher can find and keep: in the data folder by default, under an
/// absolute path, never overwritten, made from the latest results when no file is named.
@Suite("Plan files")
struct PlanFilesTests {
    let examples = WijzerProcess.repositoryRoot + "/Reports/examples"

    /// A data folder with three self-checks, named as the runner names its snapshots.
    func dataFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (file, stamp) in [("stagebegeleider", "115940"), ("startende-docent", "120440"), ("ervaren-docent", "121640")] {
            _ = try folder.write("data/results/beter-behouden-20261118-\(stamp).json",
                                 String(contentsOfFile: "\(examples)/\(file).json", encoding: .utf8))
        }
        return folder
    }

    @Test func planWithoutArgumentsUsesTheLatestResultAndWritesBesideIt() throws {
        let folder = try dataFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["plan", "--data-dir", folder.path + "/data"], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let md = folder.path + "/data/plannen/actieplan-2026-11-18.md"
        #expect(run.stderr.contains("Actieplan geschreven: \(md), \(folder.path)/data/plannen/actieplan-2026-11-18.html"), "\(run.stderr)")
        #expect(try String(contentsOfFile: md, encoding: .utf8) == String(contentsOfFile: "\(examples)/ervaren-docent.md", encoding: .utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/Reports"), "nothing in the folder the terminal is in")
    }

    @Test func aSecondPlanOfTheSameDayGetsACounter() throws {
        let folder = try dataFolder()
        defer { folder.remove() }
        let first = folder.path + "/data/plannen/actieplan-2026-11-18.md"
        _ = try WijzerProcess.run(["plan", "--data-dir", folder.path + "/data"])
        try "mijn aantekeningen".write(toFile: first, atomically: false, encoding: .utf8)
        let run = try WijzerProcess.run(["plan", "\(examples)/startende-docent.json", "--data-dir", folder.path + "/data"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains(folder.path + "/data/plannen/actieplan-2026-11-18-2.md"))
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "mijn aantekeningen", "the earlier plan is kept")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/data/plannen").sorted()
        #expect(names == ["actieplan-2026-11-18-2.html", "actieplan-2026-11-18-2.md", "actieplan-2026-11-18.html", "actieplan-2026-11-18.md"])
    }

    @Test func aRelativeOutFolderIsPrintedAbsolute() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["plan", "\(examples)/ervaren-docent.json", "--out", "eigen", "--format", "md"], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let real = (folder.path as NSString).resolvingSymlinksInPath
        #expect(run.stderr.contains("Actieplan geschreven: /"), "\(run.stderr)")
        #expect(run.stderr.contains("/eigen/actieplan-2026-11-18.md"))
        #expect(FileManager.default.fileExists(atPath: real + "/eigen/actieplan-2026-11-18.md"))
    }

    @Test func compareWithoutArgumentsComparesTheTwoLatest() throws {
        let folder = try dataFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["compare", "--data-dir", folder.path + "/data"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Oudere zelfcheck: \(folder.path)/data/results/beter-behouden-20261118-120440.json"))
        #expect(run.stderr.contains("Nieuwere zelfcheck: \(folder.path)/data/results/beter-behouden-20261118-121640.json"))
        #expect(run.stderr.contains("Vergelijking geschreven: \(folder.path)/data/plannen/vergelijking-2026-11-18-2026-11-18.md"))
        let again = try WijzerProcess.run(["compare", "--data-dir", folder.path + "/data"])
        #expect(again.stderr.contains("vergelijking-2026-11-18-2026-11-18-2.md"), "never overwritten")
    }

    @Test func compareOrdersByDate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let newer = "\(examples)/ervaren-docent.json", older = "\(examples)/startende-docent.json"
        let run = try WijzerProcess.run(["compare", newer, older, "--out", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Oudere zelfcheck: \(older)"))
        #expect(run.stderr.contains("Nieuwere zelfcheck: \(newer)"))
        let straight = try WijzerProcess.run(["compare", older, newer, "--out", folder.path])
        #expect(straight.stdout == run.stdout, "the same comparison whichever order they are named in")
    }

    @Test func withoutResultsTheTeacherIsToldWhatToDo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["compare", "--data-dir", folder.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("nodig is 2 zelfchecks, gevonden 0; geef de bestanden op."), "\(run.stderr)")
    }
}
