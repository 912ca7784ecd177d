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

    /// A tip's own `when` uses the named condition next to a score: in the plan only for a
    /// stagebegeleider whose preparation scores low.
    @Test func aTipsWhenUsesTheNamedConditionInThePlan() throws {
        let set = namedConditionSet + """


            tip stagebezoek "Ga op stagebezoek"
              theme stage
              timeframe deze-maand
              when stagebegeleider and score voorbereiding < 50
              text "Zien hoe het gaat, zegt vaak meer dan horen hoe het gaat."
              steps
                - Spreek een bezoek af in de eerste maand van de stage.
              source https://www.vhto.nl/
              resource "Beter Behouden" https://www.vhto.nl/
            """
        let low = try FeatureRun(set, theme: "stage", typed: "1\n2\n2\n1\n")
        defer { low.remove() }
        #expect(low.run.status == 0, "\(low.run.stderr)")
        let plan = try low.plan()
        #expect(plan.contains("Ga op stagebezoek"), "\(plan)")
        let high = try FeatureRun(set, theme: "stage", typed: "1\n1\n1\n")
        defer { high.remove() }
        #expect(high.run.status == 0, "\(high.run.stderr)")
        #expect(try !high.plan().contains("Ga op stagebezoek"))
        let none = try FeatureRun(set, theme: "stage", typed: "2\n1\n")
        defer { none.remove() }
        #expect(none.run.status == 0, "\(none.run.stderr)")
        #expect(try !none.plan().contains("Ga op stagebezoek"))
    }
}
