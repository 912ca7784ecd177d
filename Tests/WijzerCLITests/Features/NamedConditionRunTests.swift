import Foundation
import Testing
import WijzerStorage
import WijzerTestSupport

/// A named condition through the runner on a pipe: the questions it hides are not asked.
@Suite("named conditions: runner")
struct NamedConditionRunTests {
    @Test func theRunnerAsksWhatTheNamedConditionShows() throws {
        let no = try FeatureRun(namedConditionSet, theme: "stage", typed: "2\n1\n")
        defer { no.remove() }
        #expect(no.run.status == 0, "\(no.run.stderr)")
        #expect(!no.run.stdout.contains("Bespreek je vooraf") && !no.run.stdout.contains("Ben je al bij haar"))
        let yes = try FeatureRun(namedConditionSet, theme: "stage", typed: "1\n2\n2\n1\n")
        defer { yes.remove() }
        #expect(yes.run.status == 0, "\(yes.run.stderr)")
        #expect(yes.run.stdout.contains("Bespreek je vooraf") && yes.run.stdout.contains("Ben je al bij haar"))
        let document = try ResultFile.read(yes.folder.path + "/" + yes.result())
        #expect(document[theme: "stage"].answers.map(\.question) == ["rol.begeleider", "gesprek.vooraf", "bezoek.bezocht"])
    }
}
