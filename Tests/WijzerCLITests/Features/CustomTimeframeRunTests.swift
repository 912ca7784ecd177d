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
        let four = try FeatureRun(Self.set, theme: "stage", typed: "nee\n1\n")
        defer { four.remove() }
        #expect(four.run.status == 0, "\(four.run.stderr)")
        #expect(try four.plan().contains("### Voor de volgende stageperiode\n\n- [ ] **Voer een voorgesprek**"))
        let alone = try FeatureRun(customTimeframeSet, theme: "stage", typed: "nee\n1\n")
        defer { alone.remove() }
        #expect(try alone.plan().contains("*Thema: Stagebegeleiding · wanneer: voor de volgende stageperiode*"))
    }
}
