import Foundation
import Testing
import WijzerTestSupport

/// A scale labelled at its ends through the runner on a pipe and the plan.
@Suite("Likert labels at the ends: runner and plan")
struct EndLabelsRunTests {
    @Test func pointsBetweenTheEndsShowTheirNumber() throws {
        let answered = try FeatureRun(endsLabelledSet, theme: "lesgeven", typed: "7\n1\n")
        defer { answered.remove() }
        let run = answered.run
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("    1  helemaal niet zeker\n    2\n    3\n"))
        #expect(run.stdout.contains("    9\n   10  heel zeker\n"))
        #expect(run.stdout.contains("→ 7\n"))
        #expect(try answered.themeScore() == 67, "6 of 9 points")
    }

    /// The plan quotes an answer between the ends as its number, and an end with its label.
    @Test func thePlanQuotesAMiddlePointAsItsNumber() throws {
        let set = endsLabelledSet + """

                when answer <= 3
                  tip zeker-worden

            tip zeker-worden "Werk aan je zekerheid in dit vak"
              theme lesgeven
              timeframe deze-maand
              text "Wie zich zeker voelt, laat studentes zien dat het vak bij hen past."
              steps
                - Bereid de eerste les samen met een collega voor.
              source https://www.vhto.nl/
              resource "Beter Behouden" https://www.vhto.nl/
            """
        let middle = try FeatureRun(set, theme: "lesgeven", typed: "3\n1\n")
        defer { middle.remove() }
        #expect(middle.run.status == 0, "\(middle.run.stderr)")
        let plan = try middle.plan()
        #expect(plan.contains("Werk aan je zekerheid in dit vak"), "\(plan)")
        #expect(plan.contains("antwoordde je: 3") && !plan.contains("antwoordde je: 3 ("), "\(plan)")
        let end = try FeatureRun(set, theme: "lesgeven", typed: "1\n1\n")
        defer { end.remove() }
        #expect(try end.plan().contains("antwoordde je: 1 (helemaal niet zeker)"))
    }
}
