import Testing
import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTestSupport
@testable import WijzerTerminal

/// The runner shows a questionnaire's Markdown rendered to the output's width and colour.
@Suite("Runner Markdown")
struct RunnerMarkdownTests {
    @Test func explanationShowsKnowledgeRendered() throws {
        let set = RunnerTests.set.replacingOccurrences(of: "  knowledge \"Studentes hoeven **niet** gespaard te worden.\"", with: """
              knowledge
                Studentes hoeven **niet** gespaard te worden, ook niet na een tegenvaller.

                - Zie [de gids](https://www.vhto.nl/).
            """)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let files = [SourceFile(path: "mini.wijzer", text: set)]
        let result = Checker.check(files)
        try #require(result.diagnostics.errorCount == 0)
        var screen = ""
        let output = RunnerOutput(color: true, width: { 40 }, screen: { screen += $0 }, notices: { _ in })
        let context = try RunnerContext(questionnaire: result.questionnaire, stamp: result.questionnaire.stamp(files: files),
                                    store: SessionStore(folder: folder.path + "/data"), planFolder: folder.path + "/plan",
                                    input: ScriptedSource([":uitleg"]), output: output, resumeCommand: "wijzer start les")
        _ = Runner(context: context).start(themes: ["les"])
        #expect(screen.contains("""
              Studentes hoeven \u{1B}[1mniet\u{1B}[0m gespaard te
              worden, ook niet na een tegenvaller.

              • Zie de gids
                https://www.vhto.nl/
            """))
        #expect(!screen.contains("**"))
    }
}
