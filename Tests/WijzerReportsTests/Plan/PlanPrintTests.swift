import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
@testable import WijzerStorage

/// The HTML plan printed to A4 the way a teacher prints it: headless Chromium makes the PDF,
/// poppler's `pdfinfo` counts the pages and `pdftotext -bbox` says where the text ends on each
/// page and which URLs are on paper. `make test` installs both (`chromium`, `poppler-utils`);
/// without them these tests fail rather than skip, so CI cannot pass without printing.
@Suite("Action plan on paper")
struct PlanPrintTests {
    /// A starting teacher triggers the most tips: the longest plan per theme.
    static let persona = "startende-docent"
    static let themes = ["voorbereiding", "lesgeven", "studievoortgang", "keuzebegeleiding", "stagebegeleiding", "beroepsorientatie"]

    /// The persona's plan for one theme alone, as HTML.
    static func oneThemePlan(_ theme: String) throws -> String {
        var document = try ResultFile.read("\(ReportExamplesTests.folder)/\(persona).json")
        document.themes = document.themes.filter { $0.theme == theme }
        return HTMLPlanRenderer.render(ActionPlan(document: document, questionnaire: ReportExamplesTests.questionnaire, comparedIn: .terminal))
    }

    @Test(arguments: themes)
    func oneThemeFitsOnThreePagesWithoutHalfEmptyOnes(theme: String) throws {
        let html = try Self.oneThemePlan(theme)
        let pdf = try Printer.print(html, name: "plan-\(theme)")
        defer { Printer.discard(pdf) }
        let pages = try Printer.pageBottoms(pdf)
        #expect(try Printer.pageCount(pdf) == pages.count)
        #expect((1...3).contains(pages.count), "\(theme): \(pages.count) pages")
        for (i, bottom) in pages.dropLast().enumerated() {
            #expect(bottom > 0.5, "\(theme): page \(i + 1) of \(pages.count) ends at \(Int(bottom * 100))% of its height")
        }
    }

    @Test func everyLinkShowsItsURLOnPaper() throws {
        let html = try Self.oneThemePlan("voorbereiding")
        let urls = Set(html.components(separatedBy: "<a href=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first })
        #expect(urls.count >= 3, "the plan has links to check: \(urls)")
        let pdf = try Printer.print(html, name: "plan-links")
        defer { Printer.discard(pdf) }
        let text = try Printer.text(pdf)
        // A long URL may wrap on paper; compare without line breaks and spaces.
        let flat = text.filter { !$0.isWhitespace }
        for url in urls {
            let expected = url.replacingOccurrences(of: "&amp;", with: "&")
            #expect(flat.contains(expected), "\(expected) is not on paper")
        }
    }
}
