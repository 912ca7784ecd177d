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

    @Test func theSameOrderAfterResumingAndTheKeyStored() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("q/set.wijzer", shuffleSet)
        let arguments = ["start", "lesgeven", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"]
        let first = try WijzerProcess.run(arguments, stdin: ":stop\n", directory: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try WijzerProcess.run(arguments, stdin: "1\n1\n", directory: folder.path)
        #expect(second.status == 0, "\(second.stderr)")
        let results = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/data/results")
        let document = try ResultFile.read(folder.path + "/data/results/" + #require(results.first))
        let respondent = try #require(document.respondent)
        let order = OptionOrder.permutation(count: 3, respondent: respondent, question: "grap.reactie")
        let menu = order.enumerated().map { "    \($0.offset + 1)  \(Self.labels[$0.element])\n" }.joined()
        #expect(first.stdout.contains(menu), "\(first.stdout)")
        #expect(second.stdout.contains(menu), "\(second.stdout)")
        #expect(document[theme: "lesgeven"].answers.map(\.answer) == [.option(["a", "b", "c"][order[0]])])
    }
}
