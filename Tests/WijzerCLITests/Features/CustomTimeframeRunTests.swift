import Foundation
import Testing
import WijzerTestSupport

/// A custom timeframe in the plan: shown with the tip, and grouped after the usual three.
@Suite("custom timeframes: plan")
struct CustomTimeframeRunTests {
    /// `customTimeframeSet` with three more tips on `nee`, each heavier, so `voorgesprek` is
    /// left out of the focus and listed under its own timeframe.
    static let set: String = {
        let tip = customTimeframeSet[customTimeframeSet.range(of: "\ntip voorgesprek")!.upperBound...]
        var text = customTimeframeSet.replacingOccurrences(of: "        tip voorgesprek\n", with: "        tip voorgesprek\n        tip t1 weight 4\n        tip t2 weight 3\n        tip t3 weight 2\n")
        for (id, frame) in [("t1", "deze-week"), ("t2", "deze-maand"), ("t3", "dit-schooljaar")] {
            text += "\n\n" + tip.replacingOccurrences(of: " \"Voer een voorgesprek\"", with: "tip \(id) \"Tip \(id)\"")
                .replacingOccurrences(of: "\"voor de volgende stageperiode\"", with: frame)
        }
        return text
    }()

    @Test func shownWithTheTipAndGroupedAfterTheUsualThree() throws {
        #expect(findings(Self.set) == [])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("q/set.wijzer", Self.set)
        let run = try WijzerProcess.run(["start", "stage", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"],
                                        stdin: "nee\n1\n", directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let plans = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/plan")
        let markdown = try String(contentsOfFile: folder.path + "/plan/" + #require(plans.first { $0.hasSuffix(".md") }), encoding: .utf8)
        #expect(markdown.contains("### Voor de volgende stageperiode\n\n- [ ] **Voer een voorgesprek**"), "\(markdown)")

        let alone = try TemporaryFolder()
        defer { alone.remove() }
        _ = try alone.write("q/set.wijzer", customTimeframeSet)
        _ = try WijzerProcess.run(["start", "stage", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"], stdin: "nee\n1\n", directory: alone.path)
        let single = try FileManager.default.contentsOfDirectory(atPath: alone.path + "/plan")
        let focus = try String(contentsOfFile: alone.path + "/plan/" + #require(single.first { $0.hasSuffix(".md") }), encoding: .utf8)
        #expect(focus.contains("*Thema: Stagebegeleiding · wanneer: voor de volgende stageperiode*"))
    }
}
