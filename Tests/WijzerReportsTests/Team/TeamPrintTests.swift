import Testing
@testable import WijzerReports
import WijzerScoring
import WijzerTestSupport

/// The team report on paper, printed the way a team leader prints it for a meeting (headless
/// Chromium, counted with poppler; see `Printer` beside the plan's print tests).
@Suite("Team report on paper")
struct TeamPrintTests {
    /// One theme for a team of 12 fits on at most four A4 pages (issue 15, point 8).
    @Test(arguments: ["voorbereiding", "lesgeven", "studievoortgang", "keuzebegeleiding", "stagebegeleiding", "beroepsorientatie"])
    func oneThemeForTwelvePeopleFitsOnFourPages(theme: String) throws {
        let docs = TeamFixture.documents(12, seed: 1215, themes: [theme])
        let report = TeamFixture.report(docs)
        #expect(report.results == 12, "every result counts as one person")
        let pdf = try Printer.print(TeamHTMLRenderer.render(report), name: "team-\(theme)")
        defer { Printer.discard(pdf) }
        let pages = try Printer.pageCount(pdf)
        #expect((1...4).contains(pages), "\(theme): \(pages) pages")
    }
}

