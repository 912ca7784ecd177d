import Foundation
import Testing
import WijzerTestSupport

/// Issue 14, through the real binary: a theme starts with its opening question and knowledge,
/// paged at the window's real height (TIOCGWINSZ); `:uitleg` is paged too and ends with the
/// question; on a pipe nothing waits for Enter.
@Suite("paging on a terminal", .serialized)
struct TerminalPagingTests {
    /// Reads pages until `end` appears, pressing Enter at each "verder te lezen" prompt; every
    /// page fits the window (`rows`, the prompt's row included).
    /// `afterPrompt`: the first page follows a line typed at a prompt (not the start of output).
    static func readPages(_ term: PseudoTerminal, rows: Int, until end: String, afterPrompt: Bool) throws -> Int {
        var pages = 0
        while true {
            let (which, shown) = try term.waitForAny(["Enter om verder te lezen", end])
            // After a prompt, the first piece is the rest of the prompt's own row, already on screen.
            let pieces = shown.split(separator: "\n", omittingEmptySubsequences: false).count
            let height = pieces - (afterPrompt || pages > 0 ? 1 : 0)
            #expect(height <= rows, "page \(pages + 1) is \(height) rows:\n\(shown)")
            pages += 1
            if which == 1 { return pages }
            term.type("")
        }
    }

    @Test(arguments: [(60, 24), (160, 14)] as [(UInt16, UInt16)])
    func knowledgeAndExplanationArePagedAtTheWindowHeight(columns: UInt16, rows: UInt16) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let term = try PseudoTerminal(["start", "lesgeven", "--data-dir", folder.path + "/data"],
                                      directory: folder.path, columns: columns, rows: rows)
        let pages = try Self.readPages(term, rows: Int(rows), until: "Enter om naar de vragen te gaan", afterPrompt: false)
        #expect(term.screen.contains("Thema: Lesgeven"))
        #expect(pages >= 2, "the knowledge takes more than one screen at \(columns)×\(rows)")
        #expect(term.screen.contains(":verder"), "how to skip is said on screen")
        term.type("")
        // A situation and question taller than the window are paged as well.
        _ = try Self.readPages(term, rows: Int(rows), until: "Lesgeven · vraag 1 van", afterPrompt: true)
        try term.waitFor("Antwoord")
        term.type(":uitleg")
        let explained = try Self.readPages(term, rows: Int(rows), until: "Lesgeven · vraag 1 van", afterPrompt: true)
        #expect(term.screen.contains("Waarom deze vraag?"))
        #expect(explained >= 2)
        let after = try term.waitFor("Antwoord")
        #expect(!after.contains("Waarom deze vraag?"), "the question comes after the explanation")
        term.type(":stop")
        #expect(term.waitExit() == 0, "\(term.screen)")
    }

    @Test func aPipeIsNeverPaged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["start", "lesgeven", "--data-dir", folder.path + "/data"],
                                        stdin: ":uitleg\n:stop\n", directory: folder.path, environment: ["LINES": "10"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Thema: Lesgeven"))
        #expect(!run.stdout.contains("Enter om"))
        #expect(run.stdout.components(separatedBy: "Lesgeven · vraag 1 van").count == 3, "the question, and again after :uitleg")
    }
}
