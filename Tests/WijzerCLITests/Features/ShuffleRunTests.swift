import Foundation
import Testing
import WijzerLanguage
import WijzerStorage
import WijzerTestSupport

/// `shuffle` in the runner: the teacher's own order, the same when coming back; the stored
/// answer is the key of the option chosen, not its number.
@Suite("shuffled options: runner")
struct ShuffleRunTests {
    static let labels = ["Ik ga er in de les kort op in en zeg dat iedereen hier hoort.",
                         "Ik laat het gaan; het was maar een grapje.", "Ik spreek de student na de les aan."]

    /// `set` in a fresh folder: the theme started and stopped at once (the menu shown), then
    /// started again with `typed`. Remove the folder when done.
    func stopAndResume(_ set: String, typed: (_ firstMenu: String) throws -> String)
        throws -> (folder: TemporaryFolder, first: WijzerProcess.Outcome, second: WijzerProcess.Outcome) {
        let folder = try TemporaryFolder()
        _ = try folder.write("q/set.wijzer", set)
        let arguments = ["start", "lesgeven", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"]
        let first = try WijzerProcess.run(arguments, stdin: ":stop\n", directory: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try WijzerProcess.run(arguments, stdin: try typed(first.stdout), directory: folder.path)
        #expect(second.status == 0, "\(second.stderr)")
        return (folder, first, second)
    }

    @Test func theSameOrderAfterResumingAndTheKeyStored() throws {
        let (folder, first, second) = try stopAndResume(shuffleSet) { _ in "1\n1\n" }
        defer { folder.remove() }
        let results = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/data/results")
        let document = try ResultFile.read(folder.path + "/data/results/" + #require(results.first))
        let respondent = try #require(document.respondent)
        let order = OptionOrder.permutation(count: 3, respondent: respondent, question: "grap.reactie")
        let menu = order.enumerated().map { "    \($0.offset + 1)  \(Self.labels[$0.element])\n" }.joined()
        #expect(first.stdout.contains(menu), "\(first.stdout)")
        #expect(second.stdout.contains(menu), "\(second.stdout)")
        #expect(document[theme: "lesgeven"].answers.map(\.answer) == [.option(["a", "b", "c"][order[0]])])
    }

    /// The plan names the option the teacher chose by its own number on a shuffled menu: the
    /// key, not the place, decides the score and the tip.
    @Test func thePlanQuotesTheOptionChosenByItsShuffledNumber() throws {
        let set = shuffleSet.replacingOccurrences(of: "        score reageren -1\n", with: "        score reageren -1\n        tip grap-bespreken\n") + """


            tip grap-bespreken "Bespreek grappen in de les"
              theme lesgeven
              timeframe deze-week
              text "Wie zwijgt, lijkt in te stemmen."
              steps
                - Zeg kort dat iedereen hier hoort.
              source https://www.vhto.nl/
              resource "Beter Behouden" https://www.vhto.nl/
            """
        #expect(set.contains("tip grap-bespreken\n"))
        // Option b, "het was maar een grapje", by the number the menu shows, wherever the
        // shuffle put it, as the teacher reads it.
        let (folder, _, _) = try stopAndResume(set) { menu in
            let line = try #require(menu.split(separator: "\n").first { $0.hasSuffix(Self.labels[1]) }, "\(menu)")
            return "\(try #require(Int(line.split(separator: " ").first ?? "")))\n1\n"
        }
        defer { folder.remove() }
        let plans = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/plan")
        let plan = try String(contentsOfFile: folder.path + "/plan/" + #require(plans.first { $0.hasSuffix(".md") }), encoding: .utf8)
        #expect(plan.contains("Bespreek grappen in de les"), "\(plan)")
        #expect(plan.contains("antwoordde je: Ik laat het gaan; het was maar een grapje."), "\(plan)")
    }
}
