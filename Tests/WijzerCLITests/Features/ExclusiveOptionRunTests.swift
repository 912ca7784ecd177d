import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// A multiple-choice question with an exclusive "none of these" option and `max 2`, through
/// the runner on a pipe and the plan.
@Suite("exclusive options: runner and plan")
struct ExclusiveOptionRunTests {
    static let set = exclusiveOptionSet

    @Test func theRunnerSaysInDutchWhatGoesAlone() throws {
        let answered = try FeatureRun(Self.set, theme: "lesgeven", typed: "1,4\n1,2,3\n4\n1\n")
        defer { answered.remove() }
        let run = answered.run
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kies hoogstens 2 antwoorden: typ bijvoorbeeld 1,3. 4 (“Geen van deze”) kies je alleen."))
        #expect(run.stdout.contains("“Geen van deze” gaat niet samen met andere antwoorden: kies het alleen, of laat het weg."))
        #expect(run.stdout.contains("Kies hoogstens 2 antwoorden; je koos er 3."))
        let document = try ResultFile.read(answered.folder.path + "/" + answered.result())
        #expect(document[theme: "lesgeven"].answers.map(\.answer) == [.options(["d"])])
    }

    @Test func thePlanNamesTheAnswerAndScoresWithinTheLimits() throws {
        let none = try FeatureRun(Self.set, theme: "lesgeven", typed: "4\n1\n")
        defer { none.remove() }
        #expect(try none.plan().contains("### 1. Wissel werkvormen af"))
        #expect(try none.plan().contains("antwoordde je: Geen van deze"))
        // Two of three +1 options is the best a `max 2` answer can do: 100, not 67.
        let two = try FeatureRun(Self.set, theme: "lesgeven", typed: "1,3\n1\n")
        defer { two.remove() }
        #expect(try two.themeScore() == 100)
    }
}
