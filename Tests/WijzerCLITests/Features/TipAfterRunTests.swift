import Foundation
import Testing
import WijzerTestSupport

/// A plan lists a tip after the tips it names with `after`.
@Suite("tips after other tips: plan")
struct TipAfterRunTests {
    @Test func thePlanPutsTheNamedTipFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("q/set.wijzer", tipAfterSet)
        let run = try WijzerProcess.run(["start", "voorbereiding", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"],
                                        stdin: "1\n1\n", directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let plans = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/plan")
        let markdown = try String(contentsOfFile: folder.path + "/plan/" + #require(plans.first { $0.hasSuffix(".md") }), encoding: .utf8)
        // `samen` is declared first and weighs more, yet comes after the test it builds on.
        #expect(markdown.contains("### 1. Ontdek je blinde vlekken met een bias-test"))
        #expect(markdown.contains("### 2. Doe het samen: neem een collega mee"))
    }
}
