import Testing
import WijzerLanguage
import WijzerScoring
import WijzerTestSupport

/// The examples in docs/LANGUAGE.md's whole sets hold, as `wijzer test` runs them: what the
/// docs say a set's answers lead to is what the scorer gives (issue 13, point 4).
@Suite("LANGUAGE.md examples run")
struct LanguageDocExampleTests {
    static func setsWithExamples() throws -> [LanguageDocBlock] {
        try LanguageDoc.blocks().filter { !$0.fragment && $0.expected == nil && $0.text.contains("\nexample ") }
    }

    @Test func severalBlocksHaveExamples() throws {
        #expect(try Self.setsWithExamples().count >= 5)
    }

    @Test(arguments: try setsWithExamples())
    func examplesHold(_ block: LanguageDocBlock) throws {
        let result = Checker.check([SourceFile(path: "LANGUAGE.md", text: block.text)])
        try #require(result.diagnostics.errorCount == 0, "\(findings(result.diagnostics))")
        var engine = DiagnosticEngine(files: result.diagnostics.files)
        let outcomes = ExampleRunner.run(result.questionnaire, diagnostics: &engine)
        #expect(!outcomes.isEmpty)
        #expect(findings(engine) == [], "\(engine.diagnostics.map(\.message))")
    }
}
