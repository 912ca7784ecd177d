import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// `wijzer test` and a real run agree: for every example in Questionnaires/, the real binary is
/// run on a pipe, theme by theme, with the example's answers typed at the questions it asks, and
/// the result it saves has the scores and tips `ExampleRunner` expects.
@Suite("wijzer test agrees with real runs")
struct ExamplesMatchRealRunsTests {
    static let questionnaire: Questionnaire = {
        let files = try! SourceLoader.load([WijzerProcess.repositoryRoot + "/Questionnaires"])
        return Checker.check(files).questionnaire
    }()

    static let examples = questionnaire.examples.map(\.id.name)

    @Test(arguments: examples)
    func exampleMatchesRealRun(_ name: String) throws {
        let q = Self.questionnaire
        let example = try #require(q.examples.first { $0.id.name == name })
        let expected = ExampleRunner.evaluation(of: example, in: q)
        let given = ExampleRunner.answers(of: example)
        let listed = Set(example.answers.map(\.question))
        let themes = q.themes.map(\.id.name).filter { theme in listed.contains { q.question($0)?.theme == theme } }
        #expect(!themes.isEmpty)

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        var seen: Answers = [:]
        for theme in themes {
            // Type what the example answers at each question the runner asks, in its order.
            var lines: [String] = []
            for question in q.questions(inTheme: theme) {
                if let showIf = question.showIf, !showIf.evaluate(seen) { continue }
                if let value = given[question.id] {
                    lines.append(AnswerMenu(question.decl).typed(value))
                    // A reflection is followed by the question whether a team report may quote it.
                    if case .text(let t) = value, !t.isEmpty { lines.append("nee") }
                    seen[question.id] = value
                } else {
                    lines.append(":overslaan")
                }
            }
            lines.append("1")  // "Afronden?": yes
            let run = try WijzerProcess.run(["start", theme, "--data-dir", data, "--out", folder.path + "/plan"],
                                            stdin: lines.joined(separator: "\n") + "\n", directory: folder.path)
            #expect(run.status == 0, "\(theme): \(run.stderr)")
        }

        let document = try ResultFile.read(data + "/session-\(q.id).json")
        for theme in themes {
            let record = document[theme: theme]
            #expect(record.completed != nil, "\(theme) not finished")
            #expect(record.score == expected.theme(theme)?.score, "\(name): score of \(theme)")
        }
        let saved = Set(document.themes.flatMap(\.tips).map(\.tip))
        #expect(saved == Set(expected.tips.map(\.tip)), "\(name): tips")
        // The plan evaluates the saved answers of the finished themes the same way.
        let plan = Scorer.evaluate(q, document.answers, themes: Set(themes))
        #expect(plan.tips.map(\.tip) == expected.tips.map(\.tip))
        #expect(plan.themes == expected.themes)
    }
}
