import Testing
import WijzerScoring

/// Commands typed at the runner's prompt instead of an answer.
@Suite("runner commands")
struct RunnerCommandTests {
    @Test func commandsWithAliasesAndPrefixes() throws {
        #expect(try RunnerCommand.parse(":terug")?.get() == .back)
        #expect(try RunnerCommand.parse(":BACK")?.get() == .back)
        #expect(try RunnerCommand.parse(":quit")?.get() == .stop)
        if case .failure? = RunnerCommand.parse(":over") {} else { Issue.record(":over is ambiguous") }
        #expect(try RunnerCommand.parse(":ui")?.get() == .explain)
        #expect(RunnerCommand.parse("terug") == nil)
        if case .failure(let e)? = RunnerCommand.parse(":xyz") {
            #expect(e.message.contains("Typ :help"))
        } else {
            Issue.record(":xyz accepted")
        }
    }
}
